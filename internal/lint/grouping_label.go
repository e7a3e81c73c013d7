package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/promql/parser"
)

// groupingLabel finds by, without, on, ignoring and group_left/right
// clauses naming labels their operands do not carry.
var groupingLabel = &Check{
	Code:     "grouping-label",
	Severity: diag.Warning,
	Docs: "by, without, ignoring or group_left/group_right names a label the operand's result does not carry (never had, " +
		"or lost to an inner aggregation), so the clause does not do what it says (warning); on() with a label only one side " +
		"carries matches nothing (error), with one neither side carries it has no effect (warning).",
	run: func(x *Context, r *reporter) {
		var rare undeclared
		for _, e := range x.Exprs {
			parser.Inspect(e.Root(), func(n parser.Node, _ []parser.Node) error {
				switch v := n.(type) {
				case *parser.AggregateExpr:
					checkGrouping(x, e, r, v, &rare)
				case *parser.BinaryExpr:
					checkMatching(x, e, r, v)
				}
				return nil
			})
		}
		rare.report(r, "aggregate by", func(*undeclaredUse) string { return "the results are not split by it" })
	},
}

// checkGrouping judges the by or without clause of one aggregation; a by
// label nothing declares is gathered in rare.
func checkGrouping(x *Context, e *Expression, r *reporter, a *parser.AggregateExpr, rare *undeclared) {
	inner, missing := groupingMissing(x, a)
	for _, l := range missing {
		pos := e.PosAt(e.groupingOffset(a, l))
		if a.Without {
			r.at(pos, len(l), "without (%s) has no effect: the aggregated expression carries no label %s (it carries %s)%s",
				l, l, inner, lostBelow(x, a.Expr, l))
			continue
		}
		report := func() {
			r.at(pos, len(l), "%s by (%s): the aggregated expression carries no label %s (it carries %s), so the result is not split by it%s",
				a.Op, l, l, inner, lostBelow(x, a.Expr, l))
		}
		if !x.knownLabel(l) {
			rare.add(l, e, pos, false, report)
			continue
		}
		report()
	}
}

// groupingMissing returns the labels aggregation a's by or without names
// that its operand does not carry, with the labels it does; none when the
// operand may carry any.
func groupingMissing(x *Context, a *parser.AggregateExpr) (promql.LabelSet, []string) {
	if len(a.Grouping) == 0 || a.Expr == nil {
		return promql.LabelSet{}, nil
	}
	inner := x.labelsOf(a.Expr)
	if inner.Any {
		return inner, nil
	}
	var missing []string
	for _, l := range a.Grouping {
		if l != model.MetricNameLabel && !inner.Has(l) {
			missing = append(missing, l)
		}
	}
	return inner, missing
}

// checkMatching judges the on, ignoring and group_x clauses of one binary operation.
func checkMatching(x *Context, e *Expression, r *reporter, b *parser.BinaryExpr) {
	vm := b.VectorMatching
	if vm == nil || b.LHS == nil || b.RHS == nil ||
		b.LHS.Type() != parser.ValueTypeVector || b.RHS.Type() != parser.ValueTypeVector {
		return
	}
	lhs, rhs := x.labelsOf(b.LHS), x.labelsOf(b.RHS)
	for _, l := range vm.MatchingLabels {
		if l == model.MetricNameLabel {
			continue
		}
		inL, inR := lhs.Has(l), rhs.Has(l)
		if vm.On {
			// A side whose labels are unknown (a series no catalogue
			// declares, reported as such) may carry it.
			if inL && inR || lhs.Any || rhs.Any {
				continue
			}
			if !inL && !inR {
				// Both sides match on the label's empty value: the clause
				// does nothing, and the operation still matches (the
				// postgres mixin's on (instance, namespace) outside
				// Kubernetes).
				r.at(e.PosAt(e.matchingOffset(b, []string{"on"}, l)), len(l),
					"on (%s) has no effect: neither side carries label %s (left %s, right %s), so both match on its empty value", l, l, lhs, rhs)
				continue
			}
			side, set, node := "left", lhs, b.LHS
			if inL {
				side, set, node = "right", rhs, b.RHS
			}
			r.sev(diag.Error, e.PosAt(e.matchingOffset(b, []string{"on"}, l)), len(l),
				"on (%s): the %s side carries no label %s (it carries %s), so no series match%s", l, side, l, set, lostBelow(x, node, l))
			continue
		}
		if !inL && !inR {
			r.at(e.PosAt(e.matchingOffset(b, []string{"ignoring"}, l)), len(l),
				"ignoring (%s) has no effect: neither side carries label %s (left %s, right %s)", l, l, lhs, rhs)
		}
	}
	one, side, kw := rhs, "right", "group_left"
	if vm.Card == parser.CardOneToMany {
		one, side, kw = lhs, "left", "group_right"
	}
	for _, l := range vm.Include {
		if !one.Has(l) {
			r.at(e.PosAt(e.matchingOffset(b, []string{kw}, l)), len(l),
				"%s (%s): the %s side carries no label %s to copy (it carries %s)", kw, l, side, l, one)
		}
	}
}

// lostBelow explains, when a series under n carries label l, that an inner
// aggregation or function drops it.
func lostBelow(x *Context, n parser.Node, l string) string {
	for _, vs := range promql.Selectors(n) {
		if s := x.labelsOf(vs); !s.Any && s.Has(l) {
			return "; " + promql.SelectorName(vs) + " has it, but an inner aggregation or function drops it"
		}
	}
	return ""
}
