package promql

import "github.com/prometheus/prometheus/promql/parser"

// Constant evaluates a constant expression: a number, possibly negated or
// in parentheses, or arithmetic of such numbers, as burn-rate alerts write
// their thresholds: (14.4 * 0.001).
func Constant(n parser.Node) (float64, bool) {
	if v, ok := Number(n); ok {
		return v, true
	}
	b, ok := Unwrap(n).(*parser.BinaryExpr)
	if !ok {
		return 0, false
	}
	l, lok := Constant(b.LHS)
	r, rok := Constant(b.RHS)
	if !lok || !rok {
		return 0, false
	}
	switch b.Op {
	case parser.ADD:
		return l + r, true
	case parser.SUB:
		return l - r, true
	case parser.MUL:
		return l * r, true
	case parser.DIV:
		return l / r, true
	}
	return 0, false
}

// Comparisons returns every filtering comparison of an expression with a
// constant, outermost first and left to right: one for `x > 80`, four for a
// multi-window burn-rate alert that joins `ratio_rate5m > (14.4 * 0.001)`
// and the others with and and or. Pictures draw each compared expression
// against its constant.
func Comparisons(e parser.Expr) []Threshold {
	var out []Threshold
	visit(e, func(n parser.Node) {
		b, ok := n.(*parser.BinaryExpr)
		if !ok || b.ReturnBool {
			return
		}
		if _, ok := turned[b.Op]; !ok {
			return
		}
		l, lok := Constant(b.LHS)
		r, rok := Constant(b.RHS)
		switch {
		case rok && !lok:
			out = append(out, Threshold{Expr: b.LHS, Op: b.Op, Value: r})
		case lok && !rok:
			out = append(out, Threshold{Expr: b.RHS, Op: turned[b.Op], Value: l})
		}
	})
	return out
}
