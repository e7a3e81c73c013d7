package lint

import (
	"slices"
	"strconv"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// clampedDenominator finds ratios whose denominator is clamped from
// below where that misleads: an alert firing on a low ratio (with less
// traffic than the clamp, the ratio is divided by the clamp and an idle
// service reads 0), and a panel of a ratio over a clamped rate (under the
// clamp's events a second, it shows the ratio too low).
var clampedDenominator = &Check{
	Code:     "clamped-denominator",
	Severity: diag.Warning,
	Docs: "A ratio's denominator is clamped from below where that misleads: an alert that fires when the ratio falls below a bound " +
		"(x / clamp_min(rate(requests[5m]), 1) * 100 < 85) divides by the clamp, not by the traffic, when there is less traffic than the clamp, " +
		"so a quiet service reads near 0 and fires (the squid-mixin's SquidLowCacheHitRatio on an idle proxy; require traffic instead, " +
		"and rate(requests[5m]) > 1; silent where the alert already requires the denominator to reach the clamp, as the varnish-mixin's " +
		"and increase(hit[10m]) + increase(miss[10m]) > 0 does, a count of events above 0 being at least 1), and a panel of a ratio over a " +
		"rate clamped from below shows it too low under that many events a second (the varnish-mixin's cache hit rate read 24 % of a " +
		"100 % hit rate at 0.24 lookups a second).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			switch e.Kind {
			case KindAlert:
				clampedAlert(x, e, r)
			case KindPanel:
				clampedPanel(e, r)
			}
		}
	},
}

// clampedAlert reports an alert on a low ratio over a clamped denominator
// that no guard beside it keeps at or above the clamp.
func clampedAlert(x *Context, e *Expression, r *reporter) {
	t, ok := promql.AlertThreshold(e.Root())
	if !ok || t.Op != parser.LSS && t.Op != parser.LTE {
		return
	}
	for _, div := range promql.Nodes[*parser.BinaryExpr](t.Expr) {
		if div.Op != parser.DIV {
			continue
		}
		clamp, floor, ok := clampedFromBelow(div.RHS)
		if !ok || guarded(x, e.Root(), clamp) {
			continue
		}
		r.at(e.Pos(clamp), len(clamp.Func.Name), "%s fires on a ratio below %s whose denominator is %s(…, %s): with less traffic than %s the ratio is divided by %s, so a quiet service reads near 0 and fires; require traffic instead (and the denominator > %s)",
			e.Rule.Alert, strconv.FormatFloat(t.Value, 'g', -1, 64), clamp.Func.Name, floor, floor, floor, floor)
	}
}

// clampedPanel reports a panel's ratio over a rate clamped from below.
func clampedPanel(e *Expression, r *reporter) {
	for _, div := range promql.Nodes[*parser.BinaryExpr](e.Root()) {
		if div.Op != parser.DIV {
			continue
		}
		clamp, floor, ok := clampedFromBelow(div.RHS)
		if !ok || !perSecond(clamp.Args[0]) {
			continue
		}
		r.at(e.Pos(clamp), len(clamp.Func.Name), "the ratio's denominator is %s(…, %s) of a rate: with fewer events a second than %s it is divided by %s, not by the traffic, so the panel shows it too low "+
			"(at a tenth of that, a tenth of the true ratio); divide by the rate itself (no traffic then shows no value) or clamp at a bound far below the traffic",
			clamp.Func.Name, floor, floor, floor)
	}
}

// perSecond reports whether n is made of rates: a rate() or irate() of
// counters, or their sums and aggregations.
func perSecond(n parser.Node) bool { return onlyCalls(n, "rate", "irate") }

// onlyCalls reports whether n calls functions, each one of names.
func onlyCalls(n parser.Node, names ...string) bool {
	calls := promql.Calls(n)
	return len(calls) > 0 && !slices.ContainsFunc(calls, func(c *parser.Call) bool { return !slices.Contains(names, c.Func.Name) })
}

// guarded reports whether an alert's expression root requires, beside its
// ratio (and ...), the clamp's argument to reach the clamp: the same
// expression compared > or >= with the clamp's bound or more, or, for a
// bound of at most 1, > 0 where the argument counts whole events
// (increases of counters that count things, not seconds): a count above 0
// is at least 1.
func guarded(x *Context, root parser.Expr, clamp *parser.Call) bool {
	floor, _ := promql.Number(clamp.Args[1])
	arg := promql.Unwrap(clamp.Args[0]).String()
	for _, cond := range andConditions(root) {
		t, ok := promql.ThresholdOf(cond)
		if !ok || promql.Unwrap(t.Expr).String() != arg {
			continue
		}
		switch {
		case (t.Op == parser.GTR || t.Op == parser.GTE) && t.Value >= floor:
			return true
		case t.Op == parser.GTR && t.Value >= 0 && floor <= 1 && wholeEvents(x, clamp.Args[0]):
			return true
		}
	}
	return false
}

// andConditions returns the expressions joined by and at the top of root.
func andConditions(root parser.Expr) []parser.Expr {
	b, ok := promql.Unwrap(root).(*parser.BinaryExpr)
	if !ok || b.Op != parser.LAND {
		return []parser.Expr{root}
	}
	return append(andConditions(b.LHS), andConditions(b.RHS)...)
}

// wholeEvents reports whether n sums increase() of counters that count
// things (no unit, or a plain noun): its value, when above 0, is at least
// 1, since increase() extrapolates a whole number's rise outwards only.
func wholeEvents(x *Context, n parser.Node) bool {
	if !onlyCalls(n, "increase") {
		return false
	}
	for _, vs := range promql.Selectors(n) {
		s := x.resolve(promql.SelectorName(vs))
		if s.metric == nil || s.metric.Type != catalogue.Counter {
			return false
		}
		switch s.metric.Unit {
		case "seconds", "ratio", "percent", "milliseconds":
			return false
		}
	}
	return true
}

// clampedFromBelow returns the clamp_min (or clamp) a denominator is,
// through parentheses, and its positive lower bound as written.
func clampedFromBelow(n parser.Node) (*parser.Call, string, bool) {
	call, ok := promql.Unwrap(n).(*parser.Call)
	if !ok || call.Func.Name != "clamp_min" && call.Func.Name != "clamp" || len(call.Args) < 2 {
		return nil, "", false
	}
	if v, ok := promql.Number(call.Args[1]); ok && v > 0 {
		return call, strconv.FormatFloat(v, 'g', -1, 64), true
	}
	return nil, "", false
}
