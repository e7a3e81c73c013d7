package slorules

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// SLO tests. Every SLO alert gets, per window pair, a test where the error
// ratio runs just above the pair's burn rate (5 % above) for its long
// window after healthy traffic, and one just below it (5 % below): the
// alert fires in the first and stays silent in the second. Input series
// are one sample a minute; the expected alerts are computed from a model
// of the rules (the error ratio over a window is the mean of the per-minute
// ratios it covers) under both range semantics Prometheus has had: left-
// closed windows (2.x, promtool 2.42) and left-open ones (3.x, obsgen
// test). A test whose outcome would differ between them is not written.

// TestInterval is how often the rules are evaluated in an SLO test.
// Every expectation falls on a whole hour, and a rule's value at a time
// does not depend on when it was evaluated before (no for:, the
// compliance window averages a constant): evaluating three days of rules
// every minute would only make the tests slow.
const TestInterval = catalogue.Duration(time.Hour)

const (
	// sloTestRate is the total events per minute of test series.
	sloTestRate = 1000
	// sloAbove and sloBelow are how far above and below a burn rate the
	// tests run.
	sloAbove, sloBelow = 1.05, 0.95
)

// sloModel is what a test needs to know of an SLO to write its series
// and compute its expectations.
type sloModel struct {
	c *catalogue.Catalogue
	s *catalogue.SLO
	// samples is set when windows average samples (availability) rather
	// than divide counter increases; discrete when each sample is good or
	// bad (a gauge against at_most).
	samples, discrete bool
	// series writes the input series for per-minute bad ratios bad[1..L].
	series func(bad []float64) []catalogue.TestSeries
	// budget is the SLO's error budget, computed once.
	budget float64
}

// addSLOTests attaches the SLO's tests to its alerts in g, taking their
// plans from plans, which alike SLOs share.
func addSLOTests(c *catalogue.Catalogue, s *catalogue.SLO, g *catalogue.RuleGroup, plans *testPlans) {
	m, ok := newSLOModel(c, s)
	if !ok {
		return
	}
	g.TestInterval = TestInterval
	var alerts []*catalogue.Rule
	var pols []catalogue.SLOAlertPolicy
	for i := range g.Rules {
		if g.Rules[i].Alert == "" {
			continue
		}
		alerts = append(alerts, &g.Rules[i])
		pols = append(pols, policyOf(g.Rules[i].Labels[catalogue.SLOSeverityLabel]))
	}
	for ai, r := range alerts {
		for _, bw := range pols[ai].Windows {
			for _, fire := range []bool{true, false} {
				if t, ok := m.test(plans, pols, ai, bw, fire, alerts); ok {
					r.Tests = append(r.Tests, t)
				}
			}
		}
	}
	if len(alerts) > 0 {
		alerts[0].Tests = append(alerts[0].Tests, m.recordsTest())
	}
}

// recordsTest runs a constant error ratio for a day (twice the budget; a
// gauge always above at_most) and expects every series the SLO records:
// each window's ratio, the compliance window's, the metadata, the burn
// rates and the budget left.
func (m *sloModel) recordsTest() catalogue.RuleTest {
	const l = 24 * 60
	rho := 2 * m.budget
	if m.discrete || rho >= 1 {
		rho = 1
	}
	bad := make([]float64, l+1)
	for t := range bad {
		bad[t] = rho // from the first sample: windows reach back to it
	}
	at := catalogue.Duration(time.Duration(l) * time.Minute)
	id := m.s.IDLabels(m.c)
	budget := m.budget
	objective, _ := strconv.ParseFloat(m.s.ObjectiveRatio(), 64)
	t := catalogue.RuleTest{
		Pos:      m.s.Pos,
		Name:     fmt.Sprintf("records an error ratio of %s in every window, the burn rates and the budget left", formatFloat(rho)),
		Interval: catalogue.Duration(time.Minute),
		Series:   m.series(bad),
	}
	for _, w := range append(catalogue.SLIWindows(), m.s.Period()) {
		t.Values = append(t.Values, m.valueCheck(at, catalogue.SLIErrorRecord(w), withWindow(id, w), rho))
	}
	t.Values = append(t.Values,
		m.valueCheck(at, catalogue.SLOObjectiveRecord, id, objective),
		m.valueCheck(at, catalogue.SLOErrorBudgetRecord, id, budget),
		m.valueCheck(at, catalogue.SLOPeriodDaysRecord, id, m.s.Period().Std().Hours()/24),
		m.valueCheck(at, catalogue.SLOCurrentBurnRateRecord, id, rho/budget),
		m.valueCheck(at, catalogue.SLOPeriodBurnRateRecord, id, rho/budget),
		m.valueCheck(at, catalogue.SLOBudgetRemainingRecord, id, 1-rho/budget),
	)
	return t
}

// policyOf returns the policy of a severity (page or ticket).
func policyOf(severity string) catalogue.SLOAlertPolicy {
	for _, p := range catalogue.SLOPolicies {
		if p.Severity == severity {
			return p
		}
	}
	return catalogue.SLOPolicies[0]
}

// test builds the test of alert ai's window pair bw, firing or not.
func (m *sloModel) test(plans *testPlans, pols []catalogue.SLOAlertPolicy, ai int, bw catalogue.BurnWindows, fire bool, alerts []*catalogue.Rule) (catalogue.RuleTest, bool) {
	pl := plans.get(m.planKey(pols, ai, bw, fire), func() testPlan { return m.plan(pols, ai, bw, fire) })
	if !pl.ok {
		return catalogue.RuleTest{}, false
	}
	verb, rel := "fires", "just above"
	if !fire {
		verb, rel = "stays silent", "just below"
	}
	t := catalogue.RuleTest{
		Pos:      m.s.Pos,
		Name:     fmt.Sprintf("%s with the error ratio %s %s× the budget over %s and %s", verb, rel, formatFloat(bw.Factor(m.s.Period())), bw.Long, bw.Short),
		Interval: catalogue.Duration(time.Minute),
		Series:   m.series(pl.bad),
	}
	l := len(pl.bad) - 1
	check := catalogue.AlertCheck{Pos: m.s.Pos, At: catalogue.Duration(time.Duration(l) * time.Minute), Firing: []catalogue.ExpectedAlert{}}
	for i, f := range pl.firing {
		if f {
			ls := m.s.IDLabels(m.c)
			for k, v := range alerts[i].Labels {
				ls[k] = v
			}
			check.Firing = append(check.Firing, catalogue.ExpectedAlert{Pos: m.s.Pos, Labels: ls})
		}
	}
	t.Alerts = []catalogue.AlertCheck{check}
	return t, true
}

// plan finds the per-minute bad ratios of the test of alert ai's window
// pair bw, firing or not: after healthy traffic, as long as the pair's
// long window (or one to three days, when that makes the other alerts
// agree under both range semantics and only alert ai fire, or not fire,
// as asked).
func (m *sloModel) plan(pols []catalogue.SLOAlertPolicy, ai int, bw catalogue.BurnWindows, fire bool) testPlan {
	target := bw.Factor(m.s.Period()) * m.budget
	e := int(bw.Long.Std() / time.Minute)
	for _, days := range []int{0, 1, 2, 3} {
		l := max(e, days*24*60)
		if days > 0 && l == e && days*24*60 != e {
			continue
		}
		bad, ok := m.profile(l, e, target, fire, bw)
		if !ok {
			return testPlan{}
		}
		firing, agree := m.firing(pols, bad)
		if !agree || firing[ai] != fire {
			continue
		}
		others := false
		for i, f := range firing {
			others = others || (f && i != ai)
		}
		if others && days < 3 {
			continue
		}
		return testPlan{bad: bad, firing: firing, ok: true}
	}
	return testPlan{}
}

// profile returns the per-minute bad ratio bad[0..l] (bad[0] unused, 0):
// healthy, then e minutes around target.
func (m *sloModel) profile(l, e int, target float64, fire bool, bw catalogue.BurnWindows) ([]float64, bool) {
	bad := make([]float64, l+1)
	if !m.discrete {
		rho := target * sloBelow
		if fire {
			rho = target * sloAbove
		}
		if rho >= 1 {
			return nil, false
		}
		for t := l - e + 1; t <= l; t++ {
			bad[t] = rho
		}
		return bad, true
	}
	// One sample a minute is good or bad, in blocks of three minutes on the
	// longest window's subquery grid (every 3m over 3d), so that every
	// window samples the blocks alike. Firing needs more than target of
	// both windows under either semantics (n or n+1 samples); silence
	// needs less than target of the long one.
	const block = 3
	short := int(bw.Short.Std() / time.Minute)
	var k int
	if fire {
		k = roundUp(int(math.Floor(target*float64(e+1)))+1, block)
		if k > e {
			return nil, false
		}
		tail := min(k, roundUp(short+1, block))
		for t := l - tail + 1; t <= l; t++ {
			bad[t] = 1
		}
		spread(bad, l-e+1, l-tail, (k-tail)/block, block)
		return bad, true
	}
	k = (int(math.Ceil(target*float64(e))) - 1) / block * block
	if k <= 0 {
		return nil, false
	}
	spread(bad, l-e+1, l, k/block, block)
	return bad, true
}

func roundUp(n, m int) int { return (n + m - 1) / m * m }

// spread marks n blocks of size minutes from..to bad, evenly, the last
// block ending at to; blocks start on the grid of size counted back from
// the profile's end.
func spread(bad []float64, from, to, n, size int) {
	slots := (to - from + 1) / size
	for i := 0; i < n && slots > 0; i++ {
		end := to - size*int(math.Floor(float64(i)*float64(slots)/float64(n)))
		for t := end - size + 1; t <= end; t++ {
			if t >= from {
				bad[t] = 1
			}
		}
	}
}

// window is the mean bad ratio over the last n minutes at l under one
// range semantics (old: 2.x's left-closed windows).
func (m *sloModel) window(bad []float64, n int, old bool) float64 {
	l := len(bad) - 1
	if m.discrete {
		// A subquery's steps, every step minutes back from l, in (l-n, l]
		// or [l-n, l].
		step := int(catalogue.SubqueryStep(catalogue.Duration(time.Duration(n)*time.Minute)).Std() / time.Minute)
		var sum, count float64
		for t := l; t > l-n || (old && t == l-n); t -= step {
			if t < 0 {
				break
			}
			sum += bad[t]
			count++
		}
		return sum / count
	}
	from := l - n + 2 // counter increases: n-1 intervals in (l-n, l]
	if m.samples {
		from = l - n + 1 // samples: n in (l-n, l]
	}
	if old {
		from-- // [l-n, l] has one sample more
	}
	lo := 1
	if m.samples {
		lo = 0
	}
	from = max(from, lo)
	var sum float64
	for t := from; t <= l; t++ {
		sum += bad[t]
	}
	return sum / float64(l-from+1)
}

// firing evaluates each alert's conditions at the end of the profile under
// both semantics; agree is false when they differ, or a ratio lies too
// close to a burn rate for the engines' rounding to be sure of it.
func (m *sloModel) firing(pols []catalogue.SLOAlertPolicy, bad []float64) ([]bool, bool) {
	period := m.s.Period()
	out := make([]bool, len(pols))
	for i, pol := range pols {
		for _, bw := range pol.Windows {
			target := bw.Factor(period) * m.budget
			var got [2]bool
			for j, old := range []bool{false, true} {
				long := m.window(bad, int(bw.Long.Std()/time.Minute), old)
				short := m.window(bad, int(bw.Short.Std()/time.Minute), old)
				if near(long, target) || near(short, target) {
					return nil, false
				}
				got[j] = long > target && short > target
			}
			if got[0] != got[1] {
				return nil, false
			}
			out[i] = out[i] || got[0]
		}
	}
	return out, true
}

// near reports whether a ratio is within rounding of a threshold.
func near(v, target float64) bool { return math.Abs(v-target) <= 1e-9*math.Max(target, 1e-12) }

// valueCheck expects one series of the SLO at a time to be v within a
// relative 1e-9: Prometheus's and promtool's engines round differently,
// and promtool 2.42 compares values exactly, so the check compares in
// PromQL and expects 1.
func (m *sloModel) valueCheck(at catalogue.Duration, record string, ls map[string]string, v float64) catalogue.ValueCheck {
	tol := math.Max(math.Abs(v)*1e-9, 1e-12)
	return catalogue.ValueCheck{
		Pos:     m.s.Pos,
		At:      at,
		Expr:    catalogue.NewExpr(fmt.Sprintf("abs(%s%s - %s) < bool %s", record, m.s.Filter(m.c), formatFloat(v), formatFloat(tol)), m.s.Pos),
		Samples: []catalogue.TestSample{{Pos: m.s.Pos, Labels: catalogue.LabelSelector(ls), Value: 1}},
	}
}

// newSLOModel says how to write the SLO's test series; false when obsgen
// cannot tell which series its SLI reads (an expression reading several).
func newSLOModel(c *catalogue.Catalogue, s *catalogue.SLO) (*sloModel, bool) {
	m := &sloModel{c: c, s: s, budget: s.Budget()}
	switch sli := s.SLI; {
	case sli.Ratio != nil:
		return m, m.ratioSeries(sli.Ratio)
	case sli.Latency != nil:
		l := sli.Latency
		h := c.FindMetric(l.Histogram)
		if h == nil || !h.HasClassicSeries() {
			return nil, false // native histograms: no text notation in promtool 2.42
		}
		ms := catalogue.Matchers(l.Matchers)
		count, ok1 := seriesFor(c, h.Name+"_count", ms)
		bucket, ok2 := seriesFor(c, h.Name+"_bucket", append(ms, labels.MustNewMatcher(labels.MatchEqual, "le", formatFloat(l.Threshold))))
		if !ok1 || !ok2 {
			return nil, false
		}
		m.series = func(bad []float64) []catalogue.TestSeries {
			return []catalogue.TestSeries{
				{Pos: s.Pos, Series: bucket, Values: counterValues(bad, func(b float64) float64 { return sloTestRate * (1 - b) })},
				{Pos: s.Pos, Series: count, Values: counterValues(bad, func(float64) float64 { return sloTestRate })},
			}
		}
		return m, true
	case sli.Availability != nil:
		a := sli.Availability
		sel, ok := seriesFor(c, a.Metric, catalogue.Matchers(a.Matchers))
		if !ok {
			return nil, false
		}
		m.samples = true
		// A 0/1 series averages to 1 - the bad ratio; a gauge is well
		// above or below at_most.
		value := func(b float64) float64 { return 1 - b }
		if x := a.AtMost; x != nil {
			m.discrete = true
			level := *x
			value = func(b float64) float64 {
				if b > 0 {
					return level + math.Max(1, math.Abs(level))
				}
				return level - math.Max(1, math.Abs(level))/2
			}
		}
		m.series = func(b []float64) []catalogue.TestSeries {
			return []catalogue.TestSeries{{Pos: s.Pos, Series: sel, Values: gaugeValues(b, value)}}
		}
		return m, true
	}
	return nil, false
}

// ratioSeries sets the series of a ratio SLI: the bad (or good) events'
// series and the total's. When the total's selector also selects the bad
// series, the total's own series carries only the rest of the traffic.
func (m *sloModel) ratioSeries(r *catalogue.RatioSLI) bool {
	part, isGood := r.Bad, false
	if strings.TrimSpace(part.Text) == "" {
		part, isGood = r.Good, true
	}
	pName, pMs, ok1 := partSelector(part.Text)
	tName, tMs, ok2 := partSelector(r.Total.Text)
	if !ok1 || !ok2 {
		return false
	}
	pSel, ok1 := seriesFor(m.c, pName, pMs)
	tSel, ok2 := seriesFor(m.c, tName, tMs)
	if !ok1 || !ok2 || pSel == tSel {
		return false
	}
	pLs, _ := promql.Parser.ParseMetric(pSel)
	tLs, _ := promql.Parser.ParseMetric(tSel)
	named := func(name string, ms []*labels.Matcher) []*labels.Matcher {
		return append([]*labels.Matcher{labels.MustNewMatcher(labels.MatchEqual, model.MetricNameLabel, name)}, ms...)
	}
	if promql.Selects(named(pName, pMs), tLs) {
		return false // the part's selector takes the total's series too
	}
	overlap := promql.Selects(named(tName, tMs), pLs)
	partRate := func(b float64) float64 { return sloTestRate * b }
	totalRate := func(float64) float64 { return sloTestRate }
	if isGood {
		partRate = func(b float64) float64 { return sloTestRate * (1 - b) }
	}
	if overlap {
		// The total adds the part's series: its own carries the rest.
		totalRate = func(b float64) float64 { return sloTestRate - partRate(b) }
	}
	m.series = func(bad []float64) []catalogue.TestSeries {
		return []catalogue.TestSeries{
			{Pos: m.s.Pos, Series: pSel, Values: counterValues(bad, partRate)},
			{Pos: m.s.Pos, Series: tSel, Values: counterValues(bad, totalRate)},
		}
	}
	return true
}

// partSelector returns the one series selector an SLI part reads: the part
// itself, or the only selector of an expression that takes its rate() or
// increase().
func partSelector(text string) (string, []*labels.Matcher, bool) {
	p, err := promql.Parse(strings.ReplaceAll(strings.TrimSpace(text), catalogue.WindowVariable, "5m"), false)
	if err != nil || p == nil {
		return "", nil, false
	}
	found := promql.Selectors(p.Expr)
	if len(found) != 1 {
		return "", nil, false
	}
	if _, top := p.Expr.(*parser.VectorSelector); !top {
		rated := false
		for _, call := range promql.Calls(p.Expr) {
			if name := call.Func.Name; (name == "rate" || name == "increase") && len(promql.Selectors(call)) == 1 {
				rated = true
			}
		}
		if !rated {
			return "", nil, false
		}
	}
	vs := found[0]
	name := vs.Name
	var ms []*labels.Matcher
	for _, mt := range vs.LabelMatchers {
		if mt.Name == model.MetricNameLabel {
			if mt.Type != labels.MatchEqual {
				return "", nil, false
			}
			name = mt.Value
			continue
		}
		ms = append(ms, mt)
	}
	return name, ms, name != ""
}

// seriesFor writes a test series named name that the matchers select:
// equality matchers give their value, a regular expression the first of
// the values the label takes on the metric (or an example, or its own text) it
// accepts; a negative matcher is met by leaving the label out when it can
// be.
func seriesFor(c *catalogue.Catalogue, name string, ms []*labels.Matcher) (string, bool) {
	b := labels.NewBuilder(labels.FromStrings(model.MetricNameLabel, name))
	for _, m := range ms {
		if m.Name == model.MetricNameLabel {
			continue
		}
		if m.Matches("") && m.Type != labels.MatchEqual {
			continue
		}
		if m.Type == labels.MatchEqual {
			b.Set(m.Name, m.Value)
			continue
		}
		var candidates []string
		if l := c.Label(m.Name); l != nil {
			if met, _ := c.Series(name); met != nil {
				candidates = append(candidates, met.ValuesOf(l)...)
			} else {
				candidates = append(candidates, l.ValueNames()...)
			}
			if l.Example != "" {
				candidates = append(candidates, l.Example)
			}
		}
		candidates = append(candidates, m.Value, strings.Trim(regexp.QuoteMeta(m.Value), `\`), "x", "1")
		found := false
		for _, v := range candidates {
			if v != "" && m.Matches(v) {
				b.Set(m.Name, v)
				found = true
				break
			}
		}
		if !found {
			return "", false
		}
	}
	ls := b.Labels()
	for _, m := range ms {
		if !m.Matches(ls.Get(m.Name)) {
			return "", false
		}
	}
	vs := &parser.VectorSelector{Name: name}
	ls.Range(func(l labels.Label) {
		if l.Name != model.MetricNameLabel {
			vs.LabelMatchers = append(vs.LabelMatchers, labels.MustNewMatcher(labels.MatchEqual, l.Name, l.Value))
		}
	})
	return vs.String(), true
}

// counterValues writes a counter growing by rate(bad[t]) in minute t, in
// promtool's expanding notation, one run per constant increase.
func counterValues(bad []float64, rate func(float64) float64) string {
	var parts []string
	v := 0.0
	for t := 1; t < len(bad); {
		d := rate(bad[t])
		n := 1
		for t+n < len(bad) && rate(bad[t+n]) == d {
			n++
		}
		switch {
		case t == 1:
			parts = append(parts, fmt.Sprintf("%s+%sx%d", formatFloat(v), formatFloat(d), n))
		case n == 1:
			parts = append(parts, formatFloat(v+d))
		default:
			parts = append(parts, fmt.Sprintf("%s+%sx%d", formatFloat(v+d), formatFloat(d), n-1))
		}
		v += d * float64(n)
		t += n
	}
	return strings.Join(parts, " ")
}

// gaugeValues writes a gauge whose sample at minute t is value(bad[t]),
// one run per constant value.
func gaugeValues(bad []float64, value func(float64) float64) string {
	var parts []string
	for t := 0; t < len(bad); {
		v := value(bad[t])
		n := 1
		for t+n < len(bad) && value(bad[t+n]) == v {
			n++
		}
		if n == 1 {
			parts = append(parts, formatFloat(v))
		} else {
			parts = append(parts, fmt.Sprintf("%sx%d", formatFloat(v), n-1))
		}
		t += n
	}
	return strings.Join(parts, " ")
}
