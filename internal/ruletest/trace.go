package ruletest

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/rules"
)

// Trace is one test of an alert replayed the way Run runs it, recording
// what a picture of it shows: the input series, each expression the alert
// compares with a constant (or the whole expression when it compares
// none), and the rule's state at every evaluation.
type Trace struct {
	// Test names the test replayed; Interval is between evaluations.
	Test     string
	Interval time.Duration
	// Times are the evaluations, from the test's start.
	Times []time.Duration
	// Inputs are the test's input series, as written.
	Inputs []Line
	// Signals are what the alert compares, each with its constant;
	// Extra are further expressions the caller asked for, in its order.
	Signals, Extra []Signal
	// States is the rule's state at each evaluation: the most advanced of
	// its instances (firing over pending over inactive).
	States []rules.AlertState
	// byRule says the replay evaluated the recording rules by rule
	// (replay.byRule); its tests compare such traces with stepping's.
	byRule bool
}

// Line is one series: its labels and its points.
type Line struct {
	Labels labels.Labels
	Points []Point
}

// Point is one sample, at a time from the test's start.
type Point struct {
	T time.Duration
	V float64
}

// Signal is one compared expression: its series at each evaluation, and
// the comparison (Op is "" for an alert that compares no constant).
type Signal struct {
	Expr      string
	Op        string
	Threshold float64
	Lines     []Line
}

// Tracer replays alert tests for pictures. It is safe for concurrent use:
// each trace has its own storage and rules manager, and replays of one
// shape (traceShape) share the trace the first of them records.
type Tracer struct {
	c      *catalogue.Catalogue
	picked map[string]pickedTest
	loader *modelLoader
	open   openBackend
	// shapes are the traces recorded, by shape, for the replays of the
	// same shape to share (traceShape).
	shapes shapes
}

// NewTracer prepares the catalogue's tests and rule files once.
func NewTracer(c *catalogue.Catalogue) (*Tracer, error) {
	files, err := prometheus.UnitTests(c)
	if err != nil {
		return nil, err
	}
	t := &Tracer{c: c, picked: pickTests(files), open: func(tg prometheus.UnitTestGroup, interval time.Duration) (backend, error) {
		return openLazyMemory(tg, interval), nil
	}}
	if len(files) > 0 {
		t.loader = newModelLoader(c)
	}
	return t, nil
}

// Has reports whether alerting rule r has a test to trace.
func (t *Tracer) Has(r *catalogue.Rule) bool {
	_, _, ok := t.pickTest(r)
	return ok
}

// TestName names the test Trace replays for r; "" when r has none.
func (t *Tracer) TestName(r *catalogue.Rule) string {
	_, tg, _ := t.pickTest(r)
	return tg.Test
}

// Trace replays the test that best shows alerting rule r (the first that
// expects it firing, or else its first test) and records it, with the
// extra expressions evaluated at each step too (an SLO's burn rate in
// every window); nil when r has no test.
func (t *Tracer) Trace(r *catalogue.Rule, extra ...string) (*Trace, error) {
	f, tg, ok := t.pickTest(r)
	if !ok {
		return nil, nil
	}
	group, index, ok := ruleAt(t.c, r)
	if !ok {
		return nil, fmt.Errorf("rule %s is in no rule group", t.c.VariantName(r))
	}
	tr, err := t.trace(r, f, tg, group, index, extra, true)
	if errors.Is(err, errSpoiled) {
		tr, err = t.trace(r, f, tg, group, index, extra, false)
	}
	return tr, err
}

// errSpoiled says a replay by rule failed part way: the trace replays the
// test again by stepping, which fails where promtool would, with its words.
var errSpoiled = errors.New("the replay by rule failed")

// trace replays test tg of rule r, the rule at index of group, and records
// it: by rule when it may (replay.byRule), else stepping as promtool does.
func (t *Tracer) trace(r *catalogue.Rule, f prometheus.UnitTestFile, tg prometheus.UnitTestGroup, group string, index int, extra []string, mayByRule bool) (*Trace, error) {
	rp, errs := newReplay(t.open, someGroups{t.loader, t.needed(group)}, f, tg)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s: %s", tg.Name, strings.Join(errs, "; "))
	}
	var rule *rules.AlertingRule
	for _, g := range rp.groups {
		if g.Name() == group && index < len(g.Rules()) {
			rule, _ = g.Rules()[index].(*rules.AlertingRule)
		}
	}
	if rule == nil {
		err := fmt.Errorf("alert %s is not rule %d of group %s", r.Alert, index, group)
		if cerr := rp.close(); cerr != nil {
			err = cerr
		}
		return nil, err
	}
	rp.groups = pruned(rp.groups, rule, extra, rp.opts)
	rule, rp.groups = unannotated(rule, rp.groups, rp.opts)
	sigs, extras, err := signals(r, extra)
	rec := func() (*Trace, error) { return record(rp, tg, rule, sigs, extras, mayByRule) }
	var tr *Trace
	switch s, ok := shapeOf(rp, tg, rule, extra, mayByRule); {
	case err != nil:
	case ok:
		tr, err = t.shapes.trace(s, rec, tg.Test, sigs, extras)
	default:
		tr, err = rec()
	}
	if cerr := rp.close(); err == nil {
		err = cerr
	}
	return tr, err
}

// needed names the groups a trace of a rule in group must evaluate: its
// own and the recording groups, whose series it may read. Other alerting
// groups and the other SLOs' groups (each SLO's group records what its
// alerts read) change nothing it shows; the rules manager is not even
// handed them, for parsing and evaluating every SLO's rules in every SLO's
// trace made the traces of a catalogue cost the square of its SLOs.
func (t *Tracer) needed(group string) map[string]bool {
	keep := map[string]bool{group: true}
	for _, g := range t.c.RecordGroups {
		keep[g.Name] = true
	}
	return keep
}

// pruned keeps, in order, only the rules of groups whose results the
// trace of rule can read: rule itself and the recording rules its
// expression and the extra expressions read, directly or through other
// recording rules. Unread recording rules (the SLO's other windows) and
// the other alerts of its group change nothing the trace records, and
// evaluating them at every step of a days-long test is much of its cost.
// When an expression selects series by anything but their name, or reads
// the ALERTS series, it keeps every group as it is.
func pruned(groups []*rules.Group, rule *rules.AlertingRule, extra []string, opts *rules.ManagerOptions) []*rules.Group {
	want := map[string]bool{}
	if !readNames(rule.Query(), want) {
		return groups
	}
	for _, e := range extra {
		expr, err := parseExtra(e)
		if err != nil || !readNames(expr, want) {
			return groups
		}
	}
	for changed := true; changed; {
		changed = false
		for _, g := range groups {
			for _, r := range g.Rules() {
				rr, ok := r.(*rules.RecordingRule)
				if !ok || !want[rr.Name()] {
					continue
				}
				before := len(want)
				if !readNames(rr.Query(), want) {
					return groups
				}
				changed = changed || len(want) != before
			}
		}
	}
	for name := range want {
		if isAlertsName(name) {
			return groups
		}
	}
	var out []*rules.Group
	for _, g := range groups {
		var keep []rules.Rule
		for _, r := range g.Rules() {
			switch r := r.(type) {
			case *rules.RecordingRule:
				if want[r.Name()] {
					keep = append(keep, r)
				}
			case *rules.AlertingRule:
				if r == rule {
					keep = append(keep, r)
				}
			}
		}
		switch {
		case len(keep) == 0:
		case len(keep) == len(g.Rules()):
			out = append(out, g)
		default:
			out = append(out, regroup(g, keep, opts))
		}
	}
	return out
}

// unannotated replaces alerting rule rule in groups by the same rule
// without annotations. A trace records the rule's state, which its
// annotations do not change, and the rule expands each of them with
// Prometheus's template engine for every instance at every evaluation
// the rule holds at.
func unannotated(rule *rules.AlertingRule, groups []*rules.Group, opts *rules.ManagerOptions) (*rules.AlertingRule, []*rules.Group) {
	if rule.Annotations().IsEmpty() {
		return rule, groups
	}
	bare := rules.NewAlertingRule(rule.Name(), rule.Query(), rule.HoldDuration(), rule.KeepFiringFor(),
		rule.Labels(), labels.EmptyLabels(), labels.EmptyLabels(), "", true, opts.Logger)
	out := make([]*rules.Group, len(groups))
	for i, g := range groups {
		out[i] = g
		rs := slices.Clone(g.Rules())
		at := slices.Index(rs, rules.Rule(rule))
		if at < 0 {
			continue
		}
		rs[at] = bare
		out[i] = regroup(g, rs, opts)
	}
	return bare, out
}

// regroup is a group like g (name, file, interval, limit, query offset)
// holding rs, evaluated with opts.
func regroup(g *rules.Group, rs []rules.Rule, opts *rules.ManagerOptions) *rules.Group {
	offset := g.QueryOffset()
	return rules.NewGroup(rules.GroupOptions{
		Name: g.Name(), File: g.File(), Interval: g.Interval(), Limit: g.Limit(),
		Rules: rs, QueryOffset: &offset, Opts: opts,
	})
}

// parseExtra parses an extra expression of a trace, which pruned and
// shapeOf both read, once: its tree is shared, and only read.
func parseExtra(e string) (parser.Expr, error) {
	p, err := promql.Parse(e, false)
	if err != nil {
		return nil, err
	}
	return p.Expr, nil
}

// readNames adds the metric names expr selects to names; false when a
// selector selects by labels only.
func readNames(expr parser.Expr, names map[string]bool) bool {
	ok := true
	for _, name := range promql.SelectorNames(expr) {
		ok = ok && name != ""
		names[name] = true
	}
	return ok
}

// TraceRule traces one rule of c: NewTracer then Trace.
func TraceRule(c *catalogue.Catalogue, r *catalogue.Rule) (*Trace, error) {
	t, err := NewTracer(c)
	if err != nil {
		return nil, err
	}
	return t.Trace(r)
}

// record steps through the test as runGroup does and records the trace,
// filling in the lines of sigs and extras (signals); with mayByRule, it evaluates the recording rules by rule first
// (replay.byRule) and the compared expressions by range queries, and
// returns errSpoiled for anything that fails.
func record(rp *replay, tg prometheus.UnitTestGroup, rule *rules.AlertingRule, sigs, extras []Signal, mayByRule bool) (*Trace, error) {
	tr := &Trace{Test: tg.Test, Interval: rp.interval, Signals: sigs, Extra: extras}
	if in := parsedInputs(rp.b); in != nil && in.lines != nil {
		tr.Inputs = in.lines // parsed once, for the storage and for this
	} else {
		for _, s := range tg.InputSeries {
			line, err := inputLine(s, time.Duration(tg.Interval))
			if err != nil {
				return nil, err
			}
			tr.Inputs = append(tr.Inputs, line)
		}
	}
	var end time.Duration
	for _, line := range tr.Inputs {
		if n := len(line.Points); n > 0 {
			end = max(end, line.Points[n-1].T)
		}
	}
	end = max(end, lastExpectation(tg))
	last := rp.mint.Add(end / rp.interval * rp.interval)
	byRule := false
	if mayByRule {
		switch rp.byRule(last) {
		case byRuleSpoiled:
			return nil, errSpoiled
		case byRuleDone:
			byRule = true
		}
		tr.byRule = byRule
	}
	stepped := true
	if byRule {
		var reads []string
		for _, sig := range append(slices.Clone(tr.Signals), tr.Extra...) {
			reads = append(reads, sig.Expr)
		}
		if states, ok := rp.statesByRange(rule, last, reads); ok {
			for i := range states {
				tr.Times = append(tr.Times, time.Duration(i)*rp.interval)
			}
			tr.States, stepped = states, false
		}
	}
	for ts := rp.mint; stepped && !ts.After(last); ts = ts.Add(rp.interval) {
		if errs := rp.step(ts); len(errs) > 0 {
			if byRule {
				return nil, errSpoiled
			}
			return nil, fmt.Errorf("%s: %s", tg.Name, strings.Join(errs, "; "))
		}
		at := ts.Sub(rp.mint)
		tr.Times = append(tr.Times, at)
		state := rules.StateInactive
		for _, a := range rule.ActiveAlerts() {
			if a.State > state {
				state = a.State
			}
		}
		tr.States = append(tr.States, state)
		if byRule {
			continue
		}
		for _, sigs := range [][]Signal{tr.Signals, tr.Extra} {
			for i := range sigs {
				got, err := instant(rp.b, sigs[i].Expr, ts)
				if err != nil {
					return nil, fmt.Errorf("%s at %s: %w", sigs[i].Expr, model.Duration(at), err)
				}
				sigs[i].Lines = addSamples(sigs[i].Lines, got, at)
			}
		}
	}
	if byRule {
		for _, sigs := range [][]Signal{tr.Signals, tr.Extra} {
			for i := range sigs {
				lines, err := rangeLines(rp, sigs[i].Expr, last)
				if err != nil {
					return nil, errSpoiled
				}
				sigs[i].Lines = lines
			}
		}
	}
	return tr, nil
}

// parsedInputs are the input series of b, a memBackend; nil for another
// backend, or when they do not parse (the first step says why).
func parsedInputs(b backend) *inputs {
	mb, ok := b.(*memBackend)
	if !ok {
		return nil
	}
	in, _ := mb.inputs()
	return in
}

// signals are what a trace of alerting rule r records besides its state:
// each expression r compares with a constant (or r's whole expression when
// it compares none), then the extra expressions; their lines still empty.
func signals(r *catalogue.Rule, extra []string) (sigs, extras []Signal, err error) {
	parsed, perr := promql.Parse(r.Expr.Text, false)
	if perr != nil {
		return nil, nil, perr
	}
	for _, th := range promql.Comparisons(parsed.Expr) {
		sigs = append(sigs, Signal{Expr: th.Expr.String(), Op: th.Op.String(), Threshold: th.Value})
	}
	for _, e := range extra {
		extras = append(extras, Signal{Expr: e, Threshold: math.NaN()})
	}
	if len(sigs) == 0 {
		sigs = []Signal{{Expr: parsed.Expr.String(), Threshold: math.NaN()}}
	}
	return sigs, extras, nil
}

// rangeLines evaluates expr at every step up to last after the replay,
// as one range query, or an instant query per step when a range query
// cannot answer it: the lines record adds step by step, for an expression
// that reads no sample after its evaluation time sees at each step what
// it saw then.
func rangeLines(rp *replay, expr string, last time.Time) ([]Line, error) {
	m, err := rangeMatrix(rp.b, rp.b.context(), expr, rp.mint, last, rp.interval)
	switch {
	case err == nil:
		var lines []Line // nil when the expression has no result, as stepping leaves it
		for _, s := range m {
			l := Line{Labels: s.Metric, Points: make([]Point, len(s.Floats))}
			for i, p := range s.Floats {
				l.Points[i] = Point{T: time.UnixMilli(p.T).Sub(rp.mint), V: p.F}
			}
			lines = append(lines, l)
		}
		slices.SortFunc(lines, func(a, b Line) int { return labels.Compare(a.Labels, b.Labels) })
		return lines, nil
	case errors.Is(err, errReadsFuture):
		return nil, err
	}
	var lines []Line
	for ts := rp.mint; !ts.After(last); ts = ts.Add(rp.interval) {
		got, err := instant(rp.b, expr, ts)
		if err != nil {
			return nil, err
		}
		lines = addSamples(lines, got, ts.Sub(rp.mint))
	}
	return lines, nil
}

// addSamples adds one evaluation's samples to the lines, a new line per
// new label set, lines kept in order of labels.
func addSamples(lines []Line, got []sample, at time.Duration) []Line {
	for _, s := range got {
		i, found := slices.BinarySearchFunc(lines, s.Labels, func(l Line, ls labels.Labels) int { return labels.Compare(l.Labels, ls) })
		if !found {
			lines = slices.Insert(lines, i, Line{Labels: s.Labels})
		}
		lines[i].Points = append(lines[i].Points, Point{T: at, V: s.Value})
	}
	return lines
}

// inputLine expands one input series in promtool's notation.
func inputLine(s prometheus.InputSeries, interval time.Duration) (Line, error) {
	ls, vals, err := promql.Parser.ParseSeriesDesc(oneLine(s.Series) + " " + oneLine(s.Values))
	if err != nil {
		return Line{}, fmt.Errorf("input series %s: %w", s.Series, err)
	}
	line := Line{Labels: ls}
	for i, v := range vals {
		if !v.Omitted {
			line.Points = append(line.Points, Point{T: time.Duration(i) * interval, V: v.Value})
		}
	}
	return line, nil
}

// pickedTest is the test a trace of a rule replays, and its file.
type pickedTest struct {
	file prometheus.UnitTestFile
	test *prometheus.UnitTestGroup
}

// pickTests chooses, for every rule (variant) name the tests name, its
// first test that expects it firing, or else its first test: one pass
// over the tests, however many rules ask.
func pickTests(files []prometheus.UnitTestFile) map[string]pickedTest {
	first := map[string]pickedTest{}
	firing := map[string]pickedTest{}
	for _, f := range files {
		for i := range f.Tests {
			tg := &f.Tests[i]
			if _, ok := first[tg.Rule]; !ok {
				first[tg.Rule] = pickedTest{f, tg}
			}
			if _, ok := firing[tg.Rule]; ok {
				continue
			}
			for _, a := range tg.AlertRuleTests {
				if len(a.ExpAlerts) > 0 {
					firing[tg.Rule] = pickedTest{f, tg}
					break
				}
			}
		}
	}
	for name, p := range firing {
		first[name] = p
	}
	return first
}

// pickTest is the test a trace of r replays.
func (t *Tracer) pickTest(r *catalogue.Rule) (prometheus.UnitTestFile, prometheus.UnitTestGroup, bool) {
	p, ok := t.picked[t.c.VariantName(r)]
	if !ok {
		return prometheus.UnitTestFile{}, prometheus.UnitTestGroup{}, false
	}
	return p.file, *p.test, true
}

// ruleAt finds the group and the index of r among the alerting and SLO
// groups, as the rule files write them.
func ruleAt(c *catalogue.Catalogue, r *catalogue.Rule) (string, int, bool) {
	for _, groups := range [][]catalogue.RuleGroup{c.AlertGroups, c.SLOGroups} {
		for gi := range groups {
			for ri := range groups[gi].Rules {
				if &groups[gi].Rules[ri] == r {
					return groups[gi].Name, ri, true
				}
			}
		}
	}
	return "", 0, false
}
