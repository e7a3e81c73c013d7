package ruletest

import (
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
// each trace has its own storage and rules manager.
type Tracer struct {
	c         *catalogue.Catalogue
	files     []prometheus.UnitTestFile
	ruleFiles map[string][]byte
}

// NewTracer prepares the catalogue's tests and rule files once.
func NewTracer(c *catalogue.Catalogue) (*Tracer, error) {
	files, err := prometheus.UnitTests(c)
	if err != nil {
		return nil, err
	}
	t := &Tracer{c: c, files: files}
	if len(files) > 0 {
		if t.ruleFiles, err = ruleFiles(c); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// Has reports whether alerting rule r has a test to trace.
func (t *Tracer) Has(r *catalogue.Rule) bool {
	_, _, ok := pickTest(t.c, r, t.files)
	return ok
}

// TestName names the test Trace replays for r; "" when r has none.
func (t *Tracer) TestName(r *catalogue.Rule) string {
	_, tg, _ := pickTest(t.c, r, t.files)
	return tg.Test
}

// Trace replays the test that best shows alerting rule r (the first that
// expects it firing, or else its first test) and records it, with the
// extra expressions evaluated at each step too (an SLO's burn rate in
// every window); nil when r has no test.
func (t *Tracer) Trace(r *catalogue.Rule, extra ...string) (*Trace, error) {
	f, tg, ok := pickTest(t.c, r, t.files)
	if !ok {
		return nil, nil
	}
	group, index, ok := ruleAt(t.c, r)
	if !ok {
		return nil, fmt.Errorf("rule %s is in no rule group", t.c.VariantName(r))
	}
	rp, errs := newReplay(t.ruleFiles, f, tg)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s: %s", tg.Name, strings.Join(errs, "; "))
	}
	rp.groups = t.needed(rp.groups, group)
	tr, err := record(rp, tg, r, group, index, extra)
	if cerr := rp.close(); err == nil {
		err = cerr
	}
	return tr, err
}

// needed keeps, in order, the groups a trace of a rule in group must
// evaluate: its own and the recording groups, whose series it may read.
// Other alerting groups and the other SLOs' groups (each SLO's group
// records what its alerts read) change nothing it shows, and evaluating
// them at every step of a days-long SLO test is most of a trace's cost.
func (t *Tracer) needed(groups []*rules.Group, group string) []*rules.Group {
	keep := map[string]bool{group: true}
	for _, g := range t.c.RecordGroups {
		keep[g.Name] = true
	}
	var out []*rules.Group
	for _, g := range groups {
		if keep[g.Name()] {
			out = append(out, g)
		}
	}
	return out
}

// TraceRule traces one rule of c: NewTracer then Trace.
func TraceRule(c *catalogue.Catalogue, r *catalogue.Rule) (*Trace, error) {
	t, err := NewTracer(c)
	if err != nil {
		return nil, err
	}
	return t.Trace(r)
}

// record steps through the test as runGroup does and records the trace.
func record(rp *replay, tg prometheus.UnitTestGroup, r *catalogue.Rule, group string, index int, extra []string) (*Trace, error) {
	tr := &Trace{Test: tg.Test, Interval: rp.interval}
	var end time.Duration
	for _, s := range tg.InputSeries {
		line, err := inputLine(s, time.Duration(tg.Interval))
		if err != nil {
			return nil, err
		}
		tr.Inputs = append(tr.Inputs, line)
		if n := len(line.Points); n > 0 {
			end = max(end, line.Points[n-1].T)
		}
	}
	end = max(end, lastExpectation(tg))
	var rule *rules.AlertingRule
	for _, g := range rp.groups {
		if g.Name() == group && index < len(g.Rules()) {
			rule, _ = g.Rules()[index].(*rules.AlertingRule)
		}
	}
	if rule == nil {
		return nil, fmt.Errorf("alert %s is not rule %d of group %s", r.Alert, index, group)
	}
	parsed, perr := promql.Parse(r.Expr.Text, false)
	if perr != nil {
		return nil, perr
	}
	for _, th := range promql.Comparisons(parsed.Expr) {
		tr.Signals = append(tr.Signals, Signal{Expr: th.Expr.String(), Op: th.Op.String(), Threshold: th.Value})
	}
	for _, e := range extra {
		tr.Extra = append(tr.Extra, Signal{Expr: e, Threshold: math.NaN()})
	}
	if len(tr.Signals) == 0 {
		tr.Signals = []Signal{{Expr: parsed.Expr.String(), Threshold: math.NaN()}}
	}
	for ts := rp.mint; ts.Sub(rp.mint) <= end; ts = ts.Add(rp.interval) {
		if errs := rp.step(ts); len(errs) > 0 {
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
		for _, sigs := range [][]Signal{tr.Signals, tr.Extra} {
			for i := range sigs {
				got, err := instant(rp.ll, sigs[i].Expr, ts)
				if err != nil {
					return nil, fmt.Errorf("%s at %s: %w", sigs[i].Expr, model.Duration(at), err)
				}
				sigs[i].Lines = addSamples(sigs[i].Lines, got, at)
			}
		}
	}
	return tr, nil
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

// pickTest finds the first test of r that expects it firing, or else its
// first test.
func pickTest(c *catalogue.Catalogue, r *catalogue.Rule, files []prometheus.UnitTestFile) (prometheus.UnitTestFile, prometheus.UnitTestGroup, bool) {
	name := c.VariantName(r)
	var first, firing *prometheus.UnitTestGroup
	var firstFile, firingFile prometheus.UnitTestFile
	for _, f := range files {
		for i := range f.Tests {
			tg := &f.Tests[i]
			if tg.Rule != name {
				continue
			}
			if first == nil {
				first, firstFile = tg, f
			}
			if firing != nil {
				continue
			}
			for _, a := range tg.AlertRuleTests {
				if len(a.ExpAlerts) > 0 {
					firing, firingFile = tg, f
					break
				}
			}
		}
	}
	if firing != nil {
		return firingFile, *firing, true
	}
	if first == nil {
		return prometheus.UnitTestFile{}, prometheus.UnitTestGroup{}, false
	}
	return firstFile, *first, true
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
