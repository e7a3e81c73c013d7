package ruletest

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/rules"
)

// traceShape is a trace's replay with its names taken out: every metric
// name and label value of its input series, rules and expressions
// replaced by its rank among the values of its label there
// (promql.Ranking). Two replays of one key differ only by a renaming that
// keeps the order of each label's values, so the PromQL engine and the
// rules manager do the same with both, series for series in the same
// order and float for float: one trace serves both, renamed
// (Tracer.Trace). A thousand SLOs
// of a few kinds and objectives replay a few shapes; stepping each
// through its days-long test was most of the docs' cost.
type traceShape struct {
	key  string
	rank *promql.Ranking
}

// shapeOf is the shape of replay rp of test tg with mayByRule, tracing
// alerting rule rule (in rp.groups) with the extra expressions; false
// when the replay reads the text of a name or a value (promql.Renamed),
// expands a template in a label, or has input series that do not parse or
// share their labels (inputLabels).
func shapeOf(rp *replay, tg prometheus.UnitTestGroup, rule *rules.AlertingRule, extra []string, mayByRule bool) (*traceShape, bool) {
	if _, ok := rp.b.(*memBackend); !ok {
		return nil, false
	}
	inputs, ok := inputLabels(tg)
	if !ok {
		return nil, false
	}
	var exprs []parser.Expr
	for _, e := range extra {
		expr, err := parseExtra(e)
		if err != nil {
			return nil, false
		}
		exprs = append(exprs, expr)
	}
	rank := promql.NewRanking()
	seen := rank.See
	for _, ls := range inputs {
		ls.Range(func(l labels.Label) { seen(l.Name, l.Value) })
	}
	for _, g := range rp.groups {
		for _, r := range g.Rules() {
			if !seenRule(r, seen) {
				return nil, false
			}
		}
	}
	for _, e := range exprs {
		if _, ok := promql.Renamed(e, seen); !ok {
			return nil, false
		}
	}
	rank.Rank()
	s := &traceShape{rank: rank}
	s.key = s.write(rp, tg, inputs, rule, exprs, mayByRule)
	return s, true
}

// inputLabels are the labels of tg's input series, in order; false when
// one does not parse or two have the same labels (the last replaces the
// others, and the trace shows the series as written: inputs.lines).
func inputLabels(tg prometheus.UnitTestGroup) ([]labels.Labels, bool) {
	out := make([]labels.Labels, len(tg.InputSeries))
	seen := map[uint64]bool{}
	for i, s := range tg.InputSeries {
		ls, err := promql.Parser.ParseMetric(oneLine(s.Series))
		if err != nil || seen[ls.Hash()] {
			return nil, false
		}
		seen[ls.Hash()] = true
		out[i] = ls
	}
	return out, true
}

// seenRule passes every name and label value of rule r to seen; false
// when r's expression reads the text of one (promql.Renamed) or a label
// of it expands a template.
func seenRule(r rules.Rule, seen func(label, value string) string) bool {
	if _, ok := promql.Renamed(r.Query(), seen); !ok {
		return false
	}
	switch r := r.(type) {
	case *rules.RecordingRule:
		seen(model.MetricNameLabel, r.Name())
	case *rules.AlertingRule:
		seen(model.AlertNameLabel, r.Name())
	default:
		return false
	}
	templated := false
	r.Labels().Range(func(l labels.Label) {
		templated = templated || strings.Contains(l.Value, "{{")
		seen(l.Name, l.Value)
	})
	return !templated
}

// rename is the name of value of label in the shape.
func (s *traceShape) rename(label, value string) string { return s.rank.Rename(label, value) }

// write writes the key: everything of the replay the trace depends on,
// renamed.
func (s *traceShape) write(rp *replay, tg prometheus.UnitTestGroup, inputs []labels.Labels, rule *rules.AlertingRule, exprs []parser.Expr, mayByRule bool) string {
	var b strings.Builder
	expr := func(e parser.Expr) {
		c, _ := promql.Renamed(e, s.rename)
		b.WriteString(c.String())
		b.WriteByte('\n')
	}
	b.WriteString(strconv.FormatBool(mayByRule) + " " + rp.interval.String() + " " + tg.Interval.String() + " " + lastExpectation(tg).String() + "\n")
	for i, ls := range inputs {
		b.WriteString("input " + promql.RenamedLabels(ls, s.rename).String() + " " + oneLine(tg.InputSeries[i].Values) + "\n")
	}
	for _, g := range rp.groups {
		b.WriteString("group " + g.Interval().String() + " " + strconv.Itoa(g.Limit()) + " " + g.QueryOffset().String() + "\n")
		for _, r := range g.Rules() {
			switch r := r.(type) {
			case *rules.RecordingRule:
				b.WriteString("record " + s.rename(model.MetricNameLabel, r.Name()))
			case *rules.AlertingRule:
				b.WriteString("alert " + s.rename(model.AlertNameLabel, r.Name()) + " " + r.HoldDuration().String() + " " + r.KeepFiringFor().String())
				if r == rule {
					b.WriteString(" traced")
				}
			}
			b.WriteString(" " + promql.RenamedLabels(r.Labels(), s.rename).String() + "\n")
			expr(r.Query())
		}
	}
	for _, e := range exprs {
		b.WriteString("extra ")
		expr(e)
	}
	return b.String()
}

// named is canonical, a trace of this shape with its names taken out,
// with this shape's names put back: its input series and every line of
// its signals, which are sigs and extra (the same expressions as the
// canonical trace's, written with this shape's names).
func (s *traceShape) named(canonical *Trace, test string, sigs, extra []Signal) *Trace {
	back := s.rank.Back
	tr := *canonical
	tr.Test = test
	tr.Inputs = relabelled(canonical.Inputs, back)
	tr.Signals = resignalled(canonical.Signals, sigs, back)
	tr.Extra = resignalled(canonical.Extra, extra, back)
	return &tr
}

// canonical is tr with this shape's names taken out, which named puts
// back.
func (s *traceShape) canonical(tr *Trace) *Trace {
	c := *tr
	c.Inputs = relabelled(tr.Inputs, s.rename)
	c.Signals = resignalled(tr.Signals, tr.Signals, s.rename)
	c.Extra = resignalled(tr.Extra, tr.Extra, s.rename)
	return &c
}

// relabelled is lines with their labels renamed by to, in the same order
// (a renaming of a shape keeps the order of label sets); the points are
// shared.
func relabelled(lines []Line, to func(label, value string) string) []Line {
	out := make([]Line, len(lines))
	for i, l := range lines {
		out[i] = Line{Labels: promql.RenamedLabels(l.Labels, to), Points: l.Points}
	}
	return out
}

// resignalled is sigs (the signals of a trace) with the expressions of
// exprs (the same signals, named as wanted) and their lines renamed by to.
func resignalled(sigs, exprs []Signal, to func(label, value string) string) []Signal {
	out := make([]Signal, len(sigs))
	for i, sig := range sigs {
		out[i] = sig
		out[i].Expr = exprs[i].Expr
		out[i].Lines = relabelled(sig.Lines, to)
	}
	return out
}

// shapes holds the canonical trace of each shape traced: its first
// replay records it, the others of its shape wait for it.
type shapes struct{ m sync.Map }

// shapeResult is one shape's canonical trace, or why it failed.
type shapeResult struct {
	once sync.Once
	tr   *Trace
	err  error
}

// trace returns the trace of shape s, recording it with rec the first
// time, then naming the canonical trace with the caller's names.
func (sh *shapes) trace(s *traceShape, rec func() (*Trace, error), test string, sigs, extra []Signal) (*Trace, error) {
	v, _ := sh.m.LoadOrStore(s.key, &shapeResult{})
	res := v.(*shapeResult)
	var mine *Trace
	ran := false
	res.once.Do(func() {
		ran = true
		mine, res.err = rec()
		if res.err == nil {
			res.tr = s.canonical(mine)
		}
	})
	switch {
	case ran:
		return mine, res.err
	case errors.Is(res.err, errSpoiled):
		return nil, res.err
	case res.err != nil:
		return rec() // its own error, in its own names
	}
	return s.named(res.tr, test, sigs, extra), nil
}
