package promql

import (
	"github.com/prometheus/prometheus/promql/parser"
)

// unreleased finds the first construct of expr that not every Prometheus
// server obsgen's rules are written for evaluates: the parser (prometheus
// v0.316.0, Prometheus 3.16) accepts duration expressions ([5m+1m],
// [step()], offset 1h*2; default since 3.14) and the anchored and smoothed
// range modifiers (default since 3.16), but Prometheus 2.x has none of
// them and earlier 3.x only behind a feature flag, so a rule using one
// fails to load there. It returns the node and what to say, or nil.
func unreleased(expr parser.Expr) (parser.Node, string) {
	var node parser.Node
	var msg string
	found := func(n parser.Node, m string) {
		if node == nil {
			node, msg = n, m
		}
	}
	durations := func(ds ...*parser.DurationExpr) {
		for _, d := range ds {
			if d != nil {
				found(d, "duration expression: only Prometheus 3.14 and later evaluate it (earlier 3.x with --enable-feature=promql-duration-expr, 2.x not at all); write the duration as a literal (5m, 1h30m)")
			}
		}
	}
	visit(expr, func(n parser.Node) {
		switch n := n.(type) {
		case *parser.MatrixSelector:
			durations(n.RangeExpr)
		case *parser.SubqueryExpr:
			durations(n.RangeExpr, n.StepExpr, n.OriginalOffsetExpr)
		case *parser.VectorSelector:
			durations(n.OriginalOffsetExpr)
			switch {
			case n.Anchored:
				found(n, "anchored modifier: only Prometheus 3.16 and later evaluate it (earlier 3.x with --enable-feature=promql-extended-range-selectors, 2.x not at all)")
			case n.Smoothed:
				found(n, "smoothed modifier: only Prometheus 3.16 and later evaluate it (earlier 3.x with --enable-feature=promql-extended-range-selectors, 2.x not at all)")
			}
		}
	})
	return node, msg
}
