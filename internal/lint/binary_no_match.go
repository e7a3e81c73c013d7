package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/promql/parser"
)

// binaryNoMatch finds one-to-one operations between vectors whose label
// sets differ, which match no pair of series.
var binaryNoMatch = &Check{
	Code:     "binary-no-match",
	Severity: diag.Error,
	Docs: "A one-to-one binary operation (arithmetic, comparison or and) between two vectors whose label sets differ, " +
		"without on() or ignoring() to match on the labels they share, pairs no series: the result is always empty.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			for _, b := range promql.Nodes[*parser.BinaryExpr](e.Root()) {
				if b.LHS == nil || b.RHS == nil || b.LHS.Type() != parser.ValueTypeVector || b.RHS.Type() != parser.ValueTypeVector {
					continue
				}
				if b.Op == parser.LOR || b.Op == parser.LUNLESS {
					continue
				}
				vm := b.VectorMatching
				// and is many-to-many, but pairs by all labels as well.
				oneToOne := vm == nil || vm.Card == parser.CardOneToOne || b.Op == parser.LAND
				if !oneToOne || vm != nil && (vm.On || len(vm.MatchingLabels) > 0) {
					continue
				}
				lhs, rhs := x.labelsOf(b.LHS), x.labelsOf(b.RHS)
				if lhs.Any || rhs.Any || x.readsUnknown(b.LHS) || x.readsUnknown(b.RHS) {
					// A side reading a series nobody declares has labels
					// no one knows (count by (namespace) of it may carry
					// none): unknown-metric reports the cause.
					continue
				}
				onlyL, onlyR := lhs.Without(rhs.List()...).Without(model.MetricNameLabel), rhs.Without(lhs.List()...).Without(model.MetricNameLabel)
				if onlyL.Len() == 0 && onlyR.Len() == 0 {
					continue
				}
				off := operatorOffset(e, b)
				// on() alone is one-to-one: a side with labels beyond the
				// shared ones may hold several series per match, which
				// Prometheus refuses ("many-to-one matching must be
				// explicit") unless group_left or group_right says so.
				var grouping string
				shared := lhs.Without(onlyL.List()...).List()
				if len(shared) > 0 && onlyL.Len() > 0 {
					grouping += ", adding group_left when several left series share them (they differ in " + joinLabels(onlyL.List()) + ")"
				}
				if len(shared) > 0 && onlyR.Len() > 0 {
					if grouping == "" {
						grouping += ", adding"
					} else {
						grouping += ", or"
					}
					grouping += " group_right when several right series do (they differ in " + joinLabels(onlyR.List()) + ")"
				}
				r.at(e.PosAt(off), len(b.Op.String()), "%s matches series by all their labels, but the left side carries %s and the right side %s, "+
					"so no pair matches and the result is always empty; match on the labels they share with on(%s) or ignoring(%s)%s",
					b.Op, lhs, rhs, joinLabels(shared), joinLabels(onlyL.With(onlyR.List()...).List()), grouping)
			}
		}
	},
}

// readsUnknown reports whether n selects a series that is neither a
// catalogue metric, a recorded series nor one Prometheus writes itself,
// other than under absent(), whose labels are its matchers' whether the
// series exists or not.
func (x *Context) readsUnknown(n parser.Node) bool {
	unknown := false
	parser.Inspect(n, func(node parser.Node, path []parser.Node) error {
		vs, ok := node.(*parser.VectorSelector)
		if !ok || unknown {
			return nil
		}
		for _, p := range path {
			if c, ok := p.(*parser.Call); ok && (c.Func.Name == "absent" || c.Func.Name == "absent_over_time") {
				return nil
			}
		}
		if s := x.resolve(promql.SelectorName(vs)); s.metric == nil && s.records == nil && s.builtin == nil {
			unknown = true
		}
		return nil
	})
	return unknown
}

// operatorOffset returns the offset of a binary operator in the parsed
// text: the first character after the left operand that is not a space or
// a closing parenthesis.
func operatorOffset(e *Expression, b *parser.BinaryExpr) int {
	t := e.Parsed.Text
	i := int(b.LHS.PositionRange().End)
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == ')') {
		i++
	}
	return min(i, len(t))
}
