package simulate

import (
	"fmt"
	"math"
	"slices"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// kind is what a signal controls.
type kind int

const (
	// rateKind is a counter's increase per second, or a histogram's or
	// summary's observations per second.
	rateKind kind = iota
	// levelKind is a gauge's value at Start.
	levelKind
	// slopeKind is a gauge's change per second.
	slopeKind
	// observeKind is the typical observed value of a histogram or summary.
	observeKind
	// offsetKind is how far a Unix timestamp gauge lies from the time of
	// the exposition, in seconds: negative for a time past (a last
	// backup), positive for one to come (a certificate's expiry).
	offsetKind
	// bucketRateKind and sumRateKind are intermediate readings: the rate of
	// a histogram's buckets (read by histogram_quantile) and of its _sum
	// (read by a division by the rate of _count).
	bucketRateKind
	sumRateKind
)

// signal is one quantity the simulator sets: a kind of value of a metric,
// for its ordinary or its troubled series.
type signal struct {
	metric string
	kind   kind
	part   part
}

// condition is an alert's expression reduced to "reading op threshold", to
// "the target is down" for alerts on up, or to "the series is absent" for
// absent(x). name is the rule's variant name, and mine says whether the
// scenario drives it.
type condition struct {
	name string
	mine bool
	// kin is set for the conditions of every variant of an alert the
	// scenario drives, its own and its siblings'.
	kin    bool
	needed bool
	// guard is set for every needed condition of an alert but the one a
	// healthy service keeps false (markGuards): "and
	// increase(requests[5m]) > 0", "and sum(workers) > 0". That one false
	// keeps the alert silent, so a guard may hold: the service has the
	// traffic and the workers it asks for.
	guard  bool
	down   bool
	absent string
	read   reading
	// at is the comparison, with the read expression on the left.
	at promql.Threshold
}

// signal is the signal the condition drives.
func (cd condition) signal() signal { return cd.read.free }

// holds reports whether the condition is true when its signal is v and
// every other signal has the plan's value: when any series the expression
// keeps passes the comparison.
func (cd condition) holds(p *plan, v float64) bool {
	return cd.holdsWith(p, cd.read.free, v)
}

// holdsWith reports whether the condition is true when signal s is v and
// every other signal has the plan's value.
func (cd condition) holdsWith(p *plan, s signal, v float64) bool {
	for _, x := range cd.read.eval(p.with(s, v)) {
		if cd.at.Holds(x.v) {
			return true
		}
	}
	return false
}

// analyse reduces an alert's expression to a condition. It understands a
// comparison of one side with a number, where the other side is a gauge (or
// an untyped family), a rate, increase, irate, delta or deriv,
// histogram_quantile over bucket rates (or over the rate of a native
// histogram), histogram_count, histogram_sum or histogram_avg of a native
// histogram's rate, a mean (rate of _sum / rate of _count), a summary
// quantile, a recorded series, any of these under sum, avg, max, min or
// count, a ratio, difference or product of two of them (an error share:
// rate of the failed requests over the rate of all), arithmetic with
// numbers, up (the target is down) and absent(x) (the family is not
// served). It says why for anything else: and, or and unless join
// conditions it does not solve together, predict_linear reads a level and a
// slope at once.
func (p *plan) analyse(r *catalogue.Rule) (condition, error) {
	cds, err := p.conditions(r)
	if err != nil {
		return condition{}, err
	}
	if len(cds) == 0 {
		return condition{}, fmt.Errorf("the expression has no condition the simulator reads")
	}
	return cds[0], nil
}

// conditions reduces an alert's expression to its conditions: one, or
// one per comparison that and, or and unless join. The alert fires when
// every needed one holds: those of and, the first branch of or, the left
// side of unless (its right side must not hold: not needed, so a scenario
// keeps it false, as it keeps every other alert's conditions false). The
// error is that of a needed condition the simulator cannot drive; the
// conditions it could read come back with it, so a healthy service still
// keeps them false.
func (p *plan) conditions(r *catalogue.Rule) ([]condition, error) {
	parsed, serr := promql.Parse(r.Expr.Text, false)
	if serr != nil {
		return nil, serr
	}
	name := p.c.VariantName(r)
	var out []condition
	var firstErr error
	// firstRead is whether the alert's first needed condition was read,
	// seen whether there was one: only then are guards told apart.
	var firstRead, seen bool
	var walk func(e parser.Expr, needed bool)
	walk = func(e parser.Expr, needed bool) {
		if b, ok := promql.Unwrap(e).(*parser.BinaryExpr); ok {
			switch b.Op {
			case parser.LAND:
				walk(b.LHS, needed)
				walk(b.RHS, needed)
				return
			case parser.LOR, parser.LUNLESS:
				walk(b.LHS, needed)
				walk(b.RHS, false)
				return
			}
		}
		cd, err := p.atom(name, e)
		if needed && !seen {
			firstRead, seen = err == nil, true
		}
		if err != nil {
			if needed && firstErr == nil {
				firstErr = err
			}
			return
		}
		cd.needed = needed
		out = append(out, cd)
	}
	walk(parsed.Expr, true)
	if firstRead {
		markGuards(out)
	}
	return out, firstErr
}

// markGuards marks the needed conditions but one as guards: the one kept
// false is the first that is not a presence check (rate > 0, count >= 1),
// or else the first, so that "increase(requests[5m]) > 0 and ratio > 5"
// keeps the ratio low and the traffic flowing, whichever comes first.
func markGuards(cds []condition) {
	primary := -1
	for i, cd := range cds {
		if !cd.needed {
			continue
		}
		if primary < 0 || presence(cds[primary]) && !presence(cd) {
			primary = i
		}
	}
	for i := range cds {
		cds[i].guard = cds[i].needed && i != primary
	}
}

// presence reports whether a condition only asks that something be there:
// > 0, >= 1 or != 0.
func presence(cd condition) bool {
	if cd.down || cd.absent != "" {
		return false
	}
	switch cd.at.Op {
	case parser.GTR, parser.NEQ:
		return cd.at.Value == 0
	case parser.GTE:
		return cd.at.Value == 1
	}
	return false
}

// atom reduces one comparison (or absent()) to a condition.
func (p *plan) atom(name string, e parser.Expr) (condition, error) {
	cd := condition{name: name}
	if call, ok := promql.Unwrap(e).(*parser.Call); ok && (call.Func.Name == "absent" || call.Func.Name == "absent_over_time") {
		return p.absentCondition(cd, call)
	}
	at, ok := promql.ThresholdOf(e)
	if !ok {
		at, ok = difference(e)
	}
	if !ok {
		return condition{}, fmt.Errorf("%s is not a comparison", e)
	}
	cd.at = at
	if vs, ok := promql.Unwrap(at.Expr).(*parser.VectorSelector); ok && promql.SelectorName(vs) == "up" && p.c.Metric("up") == nil {
		if at.Holds(0) && !at.Holds(1) {
			cd.down = true
			return cd, nil
		}
		return condition{}, fmt.Errorf("up %s does not mean the target is down", at)
	}
	read, err := p.term(at.Expr, 0)
	if err != nil {
		return condition{}, err
	}
	if read.clock {
		return condition{}, fmt.Errorf("%s is a Unix time compared with a number, not through time()", read.metric.Name)
	}
	switch read.kind {
	case bucketRateKind:
		return condition{}, fmt.Errorf("bucket rates of %s are compared without histogram_quantile", read.metric.Name)
	case sumRateKind:
		return condition{}, fmt.Errorf("the rate of %s_sum is compared without dividing by the rate of _count", read.metric.Name)
	}
	cd.read = read
	return cd, nil
}

// difference reads a comparison of two expressions, a op b, as a - b op 0
// (connections > 0.8 * max_connections): the same series pass it, and the
// left side's signal is driven against the right side's value. The
// difference keeps the comparison's vector matching (on, group_left).
func difference(e parser.Expr) (promql.Threshold, bool) {
	b, ok := promql.Unwrap(e).(*parser.BinaryExpr)
	if !ok || b.ReturnBool || !b.Op.IsComparisonOperator() || promql.IsNumber(b.LHS) || promql.IsNumber(b.RHS) {
		return promql.Threshold{}, false
	}
	diff := &parser.BinaryExpr{Op: parser.SUB, LHS: b.LHS, RHS: b.RHS, VectorMatching: b.VectorMatching}
	return promql.Threshold{Expr: diff, Op: b.Op, Value: 0}, true
}

// absentCondition reads absent(x) or absent_over_time(x[w]): the alert
// fires while the simulator does not serve x.
func (p *plan) absentCondition(cd condition, call *parser.Call) (condition, error) {
	if len(call.Args) != 1 {
		return condition{}, fmt.Errorf("cannot drive %s()", call.Func.Name)
	}
	arg := promql.Unwrap(call.Args[0])
	if ms, ok := arg.(*parser.MatrixSelector); ok {
		arg = ms.VectorSelector
	}
	vs, ok := arg.(*parser.VectorSelector)
	if !ok {
		return condition{}, fmt.Errorf("%s() of %s: the simulator drives absent() of a selector only", call.Func.Name, call.Args[0])
	}
	if promql.SelectorName(vs) == "up" && p.c.Metric("up") == nil {
		return condition{}, fmt.Errorf("%s(up) fires when Prometheus has no such target at all, which a simulated target cannot show (a failed scrape still records up 0)", call.Func.Name)
	}
	m, _ := p.c.Series(promql.SelectorName(vs))
	if m == nil {
		return condition{}, fmt.Errorf("%s is not a catalogue metric", promql.SelectorName(vs))
	}
	if !p.selects(m, vs.LabelMatchers) {
		return condition{}, fmt.Errorf("no simulated series of %s matches %s, so the alert always fires", m.Name, vs)
	}
	cd.absent = m.Name
	return cd, nil
}

// term reads one side of a comparison; depth bounds recursion through
// recording rules.
func (p *plan) term(e parser.Expr, depth int) (reading, error) {
	switch x := promql.Unwrap(e).(type) {
	case *parser.AggregateExpr:
		return p.aggregate(x, depth)
	case *parser.Call:
		return p.call(x, depth)
	case *parser.BinaryExpr:
		return p.binary(x, depth)
	case *parser.VectorSelector:
		return p.selector(x, depth)
	}
	return reading{}, fmt.Errorf("cannot drive %s", e)
}

func (p *plan) aggregate(x *parser.AggregateExpr, depth int) (reading, error) {
	if vs, ok := promql.Unwrap(x.Expr).(*parser.VectorSelector); ok && x.Op == parser.COUNT {
		// count() reads how many series there are, not their values.
		if m, _ := p.c.Series(promql.SelectorName(vs)); m != nil && p.selects(m, vs.LabelMatchers) {
			groups := p.groups(m, vs.LabelMatchers, x.Grouping, x.Without)
			n := float64(len(p.selected(m, vs.LabelMatchers))) / groups
			return reading{metric: m, kind: levelKind, matchers: vs.LabelMatchers, eval: func(getter) []pv { return []pv{{groups, n}} }}, nil
		}
	}
	r, err := p.term(x.Expr, depth)
	if err != nil {
		return r, err
	}
	switch x.Op {
	case parser.MAX, parser.MIN, parser.AVG, parser.SUM, parser.COUNT:
	default:
		return r, fmt.Errorf("cannot drive the aggregation %s", x.Op)
	}
	if r.kind == bucketRateKind || r.kind == sumRateKind {
		// histogram_quantile or a mean reads these: a sum by (le) keeps
		// the distribution as it is.
		if x.Op != parser.SUM {
			return r, fmt.Errorf("cannot drive %s of the bucket rates of %s", x.Op, r.metric.Name)
		}
		return r, nil
	}
	groups := p.groups(r.metric, r.matchers, x.Grouping, x.Without)
	inner := r.eval
	r.eval = func(get getter) []pv { return reduce(x.Op, inner(get), groups) }
	return r, nil
}

// binary reads arithmetic: with a number on either side, or between two
// readings (a ratio, a difference), the left one's signal driven. Two Unix
// times' difference is a duration, not a Unix time; a Unix time moved by
// anything else stays one, its signal driven, for time() to compare.
func (p *plan) binary(x *parser.BinaryExpr, depth int) (reading, error) {
	if x.Op == parser.LOR {
		// rate(old_name[5m]) or rate(new_name[5m]): where the simulator
		// serves one of the names, the or gives what it reads; where it
		// serves both, the left side's series, which the or keeps where
		// both sides' labels agree, as a renamed metric's do.
		switch {
		case promql.AlwaysEmpty(x.LHS, p.serves):
			return p.term(x.RHS, depth)
		case promql.AlwaysEmpty(x.RHS, p.serves) || promql.ReadsStored(x.RHS, p.serves):
			return p.term(x.LHS, depth)
		}
	}
	if at, ok := promql.ThresholdOf(x); ok {
		// A comparison inside another (3 <= days_left < 20, a range)
		// keeps the series that pass it.
		r, err := p.term(at.Expr, depth)
		return r.filter(at.Holds), err
	}
	if x.Op.IsComparisonOperator() || x.Op.IsSetOperator() {
		return reading{}, fmt.Errorf("cannot drive `%s` nested in a comparison", x.Op)
	}
	if isTime(x.LHS) || isTime(x.RHS) {
		return p.sinceNow(x, depth)
	}
	if n, ok := promql.Number(x.RHS); ok {
		r, err := p.term(x.LHS, depth)
		return r.mapValues(func(v float64) float64 { return promql.Arithmetic(x.Op, v, n) }), err
	}
	if n, ok := promql.Number(x.LHS); ok {
		r, err := p.term(x.RHS, depth)
		return r.mapValues(func(v float64) float64 { return promql.Arithmetic(x.Op, n, v) }), err
	}
	num, err := p.term(x.LHS, depth)
	if err != nil {
		return num, err
	}
	den, err := p.term(x.RHS, depth)
	if err != nil {
		return den, err
	}
	if x.Op == parser.DIV && num.kind == sumRateKind && den.kind == rateKind && num.metric == den.metric {
		// rate(x_sum) / rate(x_count): the mean observation.
		m := num.metric
		return reading{metric: m, kind: observeKind, free: signal{m.Name, observeKind, normalPart}, quantile: math.NaN(), matchers: num.matchers,
			eval: func(get getter) []pv { return []pv{{1, mean(get(signal{m.Name, observeKind, normalPart}))}} }}, nil
	}
	for _, r := range []reading{num, den} {
		if r.kind == bucketRateKind || r.kind == sumRateKind {
			return reading{}, fmt.Errorf("cannot drive %s", x)
		}
	}
	lhs, rhs := num.eval, den.eval
	out := num
	switch {
	case num.clock && den.clock && x.Op == parser.SUB:
		// The difference of two Unix times is a duration, that of their
		// offsets (a heartbeat's lag: the server's time less the time it
		// last stored): the earlier one is driven, further into the past,
		// unless the later one never came (a last failure, after the last
		// success), which only setting it moves.
		if defaultOffset(num.metric.Clock()) != never {
			out = den
		}
		out.clock = false
	case den.clock:
		// A duration plus a Unix time (a backup's start) is a Unix
		// time (its end): the time is driven, and time() compares it.
		out = den
	}
	out.eval = func(get getter) []pv { return combine(x.Op, lhs(get), rhs(get)) }
	return out, nil
}

// isTime reports whether e is time().
func isTime(e parser.Expr) bool {
	call, ok := promql.Unwrap(e).(*parser.Call)
	return ok && call.Func.Name == "time"
}

// sinceNow reads time() - ts, the age of a Unix timestamp gauge (a last
// backup's), or ts - time(), the time left until it (a certificate's
// expiry): both follow the gauge's offset from the time of the
// exposition.
func (p *plan) sinceNow(x *parser.BinaryExpr, depth int) (reading, error) {
	other, past := x.RHS, true
	if isTime(x.RHS) {
		other, past = x.LHS, false
	}
	if x.Op != parser.SUB || isTime(other) {
		return reading{}, fmt.Errorf("cannot drive time() but in time() - x or x - time()")
	}
	r, err := p.term(other, depth)
	if err != nil {
		return r, err
	}
	if !r.clock {
		return reading{}, fmt.Errorf("cannot drive time() beside %s, which is not a Unix time", other)
	}
	r.clock = false
	if past {
		return r.mapValues(func(v float64) float64 { return -v }), nil
	}
	return r, nil
}

func (p *plan) call(x *parser.Call, depth int) (reading, error) {
	name := x.Func.Name
	switch name {
	case "round", "ceil", "floor":
		// Rounding keeps order: the condition turns where the value it
		// rounds does, give or take the rounding.
		to := 1.0
		if name == "round" && len(x.Args) == 2 {
			n, ok := promql.Number(x.Args[1])
			if !ok || n <= 0 {
				return reading{}, fmt.Errorf("cannot drive round() to %s", x.Args[1])
			}
			to = n
		}
		if len(x.Args) == 0 {
			return reading{}, fmt.Errorf("cannot drive %s()", name)
		}
		r, err := p.term(x.Args[0], depth)
		f := map[string]func(float64) float64{"round": func(v float64) float64 { return math.Floor(v/to+0.5) * to }, "ceil": math.Ceil, "floor": math.Floor}[name]
		return r.mapValues(f), err
	case "clamp_min", "clamp_max", "clamp":
		// Clamping keeps order: clamp_min(rate(requests[5m]), 1), a
		// mixin's guard against dividing by nothing, is the rate where it
		// is above 1.
		bounds := x.Args[1:]
		if len(x.Args) == 0 || len(bounds) != map[string]int{"clamp_min": 1, "clamp_max": 1, "clamp": 2}[name] {
			return reading{}, fmt.Errorf("cannot drive %s()", name)
		}
		lo, hi := math.Inf(-1), math.Inf(1)
		for i, b := range bounds {
			n, ok := promql.Number(b)
			if !ok {
				return reading{}, fmt.Errorf("cannot drive %s() to %s", name, b)
			}
			switch {
			case name == "clamp_min" || name == "clamp" && i == 0:
				lo = n
			default:
				hi = n
			}
		}
		r, err := p.term(x.Args[0], depth)
		return r.mapValues(func(v float64) float64 { return math.Min(math.Max(v, lo), hi) }), err
	case "histogram_count", "histogram_sum", "histogram_avg":
		// Native histogram functions over rate(x[w]) of a native histogram.
		if len(x.Args) != 1 {
			return reading{}, fmt.Errorf("cannot drive %s()", name)
		}
		r, err := p.term(x.Args[0], depth)
		if err != nil {
			return r, err
		}
		if r.kind != bucketRateKind || !r.metric.Native {
			return r, fmt.Errorf("%s reads the rate of a native histogram, not %s", name, x.Args[0])
		}
		switch name {
		case "histogram_count":
			return p.series(r.metric, r.matchers, rateKind, 1)
		case "histogram_sum":
			r.kind = sumRateKind
			return r, nil
		}
		return p.observation(r.metric, r.matchers, math.NaN()), nil
	case "histogram_quantile":
		if len(x.Args) != 2 {
			return reading{}, fmt.Errorf("cannot drive %s()", name)
		}
		q, ok := promql.Number(x.Args[0])
		if !ok {
			return reading{}, fmt.Errorf("histogram_quantile needs a literal quantile")
		}
		r, err := p.term(x.Args[1], depth)
		if err != nil {
			return r, err
		}
		if r.kind != bucketRateKind {
			return r, fmt.Errorf("histogram_quantile reads bucket rates, not %s", x.Args[1])
		}
		return p.observation(r.metric, r.matchers, q), nil
	case "predict_linear":
		return p.predictLinear(x, depth)
	}
	if len(x.Args) != 1 {
		return reading{}, fmt.Errorf("cannot drive %s()", name)
	}
	ms, ok := x.Args[0].(*parser.MatrixSelector)
	if !ok {
		return reading{}, fmt.Errorf("cannot drive %s() of %s", name, x.Args[0])
	}
	vs, ok := ms.VectorSelector.(*parser.VectorSelector)
	if !ok {
		return reading{}, fmt.Errorf("cannot drive %s()", name)
	}
	m, suffix := p.c.Series(promql.SelectorName(vs))
	if m == nil {
		return reading{}, fmt.Errorf("%s is not a catalogue metric", promql.SelectorName(vs))
	}
	if !p.selects(m, vs.LabelMatchers) {
		return reading{}, fmt.Errorf("no simulated series of %s matches %s", m.Name, vs)
	}
	window := ms.Range.Seconds()
	if m.Snapshot && name != "min_over_time" && name != "max_over_time" && name != "avg_over_time" && name != "last_over_time" {
		return reading{}, fmt.Errorf("cannot drive %s() of the snapshot %s %s: its series are levels, rebuilt at every scrape", name, m.Type, promql.SelectorName(vs))
	}
	switch name {
	case "rate", "irate", "increase":
		scale := 1.0
		if name == "increase" {
			scale = window
		}
		switch {
		case (m.Type == catalogue.Counter || m.Type == catalogue.Untyped) && suffix == "", suffix == "_count":
			// An untyped family that a rule rates counts: its rate signal.
			return p.series(m, vs.LabelMatchers, rateKind, scale)
		case m.Type == catalogue.Histogram && m.Native && suffix == "", suffix == "_bucket":
			// rate() of a native histogram is the rate of all its buckets,
			// read by histogram_quantile or histogram_count.
			return reading{metric: m, kind: bucketRateKind, matchers: vs.LabelMatchers}, nil
		case suffix == "_sum":
			return reading{metric: m, kind: sumRateKind, matchers: vs.LabelMatchers}, nil
		}
		return reading{}, fmt.Errorf("cannot drive %s() of the %s %s", name, m.Type, promql.SelectorName(vs))
	case "min_over_time", "max_over_time", "avg_over_time", "last_over_time":
		if name == "last_over_time" && movable(m) {
			return p.clockSeries(m, vs.LabelMatchers)
		}
		// The simulator holds a gauge's level steady unless a rule reads its
		// slope, so over a window these read the level.
		if m.Snapshot && suffix == "_count" {
			return p.series(m, vs.LabelMatchers, levelKind, 1)
		}
		if m.Type != catalogue.Gauge && m.Type != catalogue.Untyped || followsClock(m) || suffix != "" {
			return reading{}, fmt.Errorf("cannot drive %s() of the %s %s", name, m.Type, promql.SelectorName(vs))
		}
		return p.series(m, vs.LabelMatchers, levelKind, 1)
	case "delta", "deriv":
		if m.Type != catalogue.Gauge && m.Type != catalogue.Untyped || followsClock(m) {
			return reading{}, fmt.Errorf("cannot drive %s() of the %s %s", name, m.Type, promql.SelectorName(vs))
		}
		scale := 1.0
		if name == "delta" {
			scale = window
		}
		return p.series(m, vs.LabelMatchers, slopeKind, scale)
	}
	return reading{}, fmt.Errorf("cannot drive %s()", name)
}

// series reads a signal of every simulated series of m the matchers
// select, scaled: one value per part (ordinary, troubled, client errors),
// each with how many series there are.
func (p *plan) series(m *catalogue.Metric, matchers []*labels.Matcher, k kind, scale float64) (reading, error) {
	count := make([]float64, len(parts))
	for _, ls := range p.selected(m, matchers) {
		count[p.partOf(m, ls)]++
	}
	// The driven part is the ordinary series' when the selector picks
	// some, else the troubled ones' (code=~"5.."), else the client's.
	free := signal{m.Name, k, normalPart}
	for _, pt := range parts {
		if count[pt] > 0 {
			free.part = pt
			break
		}
		if pt == clientPart {
			return reading{}, fmt.Errorf("no simulated series of %s matches the selector", m.Name)
		}
	}
	return reading{metric: m, kind: k, free: free, matchers: matchers, eval: func(get getter) []pv {
		var out []pv
		for _, pt := range parts {
			if count[pt] > 0 {
				v := get(signal{m.Name, k, pt})
				if k == levelKind {
					// A gauge with a slope has moved on since Start.
					v += p.at * get(signal{m.Name, slopeKind, pt})
				}
				out = append(out, pv{count[pt], scale * v})
			}
		}
		return out
	}}, nil
}

// clockSeries reads a Unix timestamp gauge by its offset from the time of
// the exposition; only time() - it, or it - time(), compares it (clock).
// An uptime reads as the age of the start it counts from.
func (p *plan) clockSeries(m *catalogue.Metric, matchers []*labels.Matcher) (reading, error) {
	r, err := p.series(m, matchers, offsetKind, 1)
	if m.Clock() == catalogue.Uptime {
		// An uptime is the age of its start: minus the offset, endless
		// for a process started at Start.
		return r.mapValues(func(v float64) float64 { return -v }), err
	}
	r.clock = true
	return r, err
}

// observation reads a quantile (NaN: the mean) of m's observations.
func (p *plan) observation(m *catalogue.Metric, matchers []*labels.Matcher, q float64) reading {
	s := signal{m.Name, observeKind, normalPart}
	return reading{metric: m, kind: observeKind, free: s, quantile: q, matchers: matchers, eval: func(get getter) []pv {
		return []pv{{1, observed(m, get(s), q)}}
	}}
}

// observed is the q-quantile (NaN: the mean) of m's observations when their
// typical value is v, as PromQL computes it from what the simulator serves.
func observed(m *catalogue.Metric, v, q float64) float64 {
	if (m.Type == catalogue.Summary || nativeOnly(m)) && !math.IsNaN(q) {
		// A summary reports the distribution's own quantiles; a native
		// histogram's buckets are fine enough (schema 3: 9 % wide) for
		// histogram_quantile to land next to them.
		return exactQuantile(v, q)
	}
	return bucketQuantile(buckets(m), v, q)
}

// serves reports whether the simulated service has series a selector of
// name selects: a catalogue metric's that match its matchers, or a
// recording rule's output.
func (p *plan) serves(name string, vs *parser.VectorSelector) bool {
	if m, _ := p.c.Series(name); m != nil {
		return p.selects(m, vs.LabelMatchers)
	}
	return p.c.Record(name) != nil || name == "up"
}

func (p *plan) selector(vs *parser.VectorSelector, depth int) (reading, error) {
	if rec := p.c.Record(promql.SelectorName(vs)); rec != nil && p.c.Metric(promql.SelectorName(vs)) == nil {
		if depth > 8 {
			return reading{}, fmt.Errorf("recording rules nest too deeply at %s", promql.SelectorName(vs))
		}
		parsed, err := promql.Parse(rec.Expr.Text, false)
		if err != nil {
			return reading{}, err
		}
		return p.term(parsed.Expr, depth+1)
	}
	m, suffix := p.c.Series(promql.SelectorName(vs))
	if m == nil {
		return reading{}, fmt.Errorf("%s is not a catalogue metric", promql.SelectorName(vs))
	}
	if !p.selects(m, vs.LabelMatchers) {
		return reading{}, fmt.Errorf("no simulated series of %s matches %s", m.Name, vs)
	}
	switch {
	case movable(m) && suffix == "":
		return p.clockSeries(m, vs.LabelMatchers)
	case (m.Type == catalogue.Gauge || m.Type == catalogue.Untyped) && !followsClock(m):
		return p.series(m, vs.LabelMatchers, levelKind, 1)
	case m.Snapshot && suffix == "_count":
		// The observations that exist now (the messages in a queue).
		return p.series(m, vs.LabelMatchers, levelKind, 1)
	case m.Snapshot && suffix == "_bucket", m.Snapshot && m.Native && suffix == "":
		// Buckets of what exists now, read by histogram_quantile as
		// they are: as bucket rates are of an ordinary histogram.
		return reading{metric: m, kind: bucketRateKind, matchers: vs.LabelMatchers}, nil
	case m.Type == catalogue.Summary && suffix == "":
		for _, lm := range vs.LabelMatchers {
			if lm.Name == "quantile" && lm.Type == labels.MatchEqual {
				var q float64
				if _, err := fmt.Sscan(lm.Value, &q); err == nil && slices.Contains(quantiles(m), q) {
					return p.observation(m, vs.LabelMatchers, promql.Phi(q)), nil
				}
			}
		}
	}
	return reading{}, fmt.Errorf("cannot drive the value of the %s %s", m.Type, promql.SelectorName(vs))
}
