package promql

import "github.com/prometheus/prometheus/promql/parser"

// RawRead is a selector whose sample values an expression uses as they
// are: shown, or compared when Compared is set.
type RawRead struct {
	Selector *parser.VectorSelector
	Compared bool
}

// RawReads returns the selectors of n whose values are used raw, in the
// order written: not below a call of a function through reports (rate(),
// increase(): functions that read the values over time), not counted
// (count, count_values, group), not on the right side of and or unless
// (which only filters).
func RawReads(n parser.Node, through func(fn string) bool) []RawRead {
	var out []RawRead
	var walk func(n parser.Node, consumed, compared bool)
	walk = func(n parser.Node, consumed, compared bool) {
		switch v := n.(type) {
		case *parser.VectorSelector:
			if !consumed {
				out = append(out, RawRead{Selector: v, Compared: compared})
			}
		case *parser.MatrixSelector:
			walk(v.VectorSelector, consumed, compared)
		case *parser.SubqueryExpr:
			walk(v.Expr, consumed, compared)
		case *parser.ParenExpr:
			walk(v.Expr, consumed, compared)
		case *parser.StepInvariantExpr:
			walk(v.Expr, consumed, compared)
		case *parser.UnaryExpr:
			walk(v.Expr, consumed, compared)
		case *parser.Call:
			c := consumed || v.Func != nil && through(v.Func.Name)
			for _, a := range v.Args {
				walk(a, c, compared)
			}
		case *parser.AggregateExpr:
			c := consumed
			switch v.Op {
			case parser.COUNT, parser.COUNT_VALUES, parser.GROUP:
				c = true
			}
			walk(v.Expr, c, compared)
			if v.Param != nil {
				walk(v.Param, consumed, compared)
			}
		case *parser.BinaryExpr:
			cmp := compared || v.Op.IsComparisonOperator()
			walk(v.LHS, consumed, cmp)
			walk(v.RHS, consumed || v.Op == parser.LAND || v.Op == parser.LUNLESS, cmp)
		}
	}
	walk(n, false, false)
	return out
}
