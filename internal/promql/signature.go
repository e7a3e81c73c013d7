package promql

import (
	"strconv"
	"strings"

	"github.com/prometheus/prometheus/promql/parser"
)

// transparentAggregations combine series without changing their unit or
// scale much, so a panel that shows max(x) watches what an alert on x does.
var transparentAggregations = map[parser.ItemType]bool{
	parser.SUM: true, parser.MAX: true, parser.MIN: true, parser.AVG: true,
}

// Signature is the shape of an expression with what a dashboard changes
// about it removed: label matchers, range windows ($__rate_interval or 5m),
// grouping, and the sum, max, min or avg that a panel wraps around the
// series an alert watches one by one. Two expressions with the same
// signature show the same quantity.
func Signature(n parser.Node) string {
	var b strings.Builder
	writeSignature(&b, n)
	return b.String()
}

// writeSignature writes the signature of n to b.
func writeSignature(b *strings.Builder, n parser.Node) {
	switch n := n.(type) {
	case *parser.ParenExpr:
		writeSignature(b, n.Expr)
	case *parser.StepInvariantExpr:
		writeSignature(b, n.Expr)
	case *parser.NumberLiteral:
		b.WriteString(strconv.FormatFloat(n.Val, 'g', -1, 64))
	case *parser.StringLiteral:
		b.WriteString(strconv.Quote(n.Val))
	case *parser.VectorSelector:
		b.WriteString(SelectorName(n))
	case *parser.MatrixSelector:
		writeSignature(b, n.VectorSelector)
		b.WriteString("[]")
	case *parser.SubqueryExpr:
		writeSignature(b, n.Expr)
		b.WriteString("[:]")
	case *parser.UnaryExpr:
		b.WriteString(n.Op.String())
		writeSignature(b, n.Expr)
	case *parser.Call:
		b.WriteString(n.Func.Name + "(")
		for i, a := range n.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			writeSignature(b, a)
		}
		b.WriteString(")")
	case *parser.AggregateExpr:
		if transparentAggregations[n.Op] {
			writeSignature(b, n.Expr)
			return
		}
		b.WriteString(n.Op.String() + "(")
		if n.Param != nil {
			writeSignature(b, n.Param)
			b.WriteString(", ")
		}
		writeSignature(b, n.Expr)
		b.WriteString(")")
	case *parser.BinaryExpr:
		b.WriteString("(")
		writeSignature(b, n.LHS)
		b.WriteString(" " + n.Op.String() + " ")
		if n.ReturnBool {
			b.WriteString("bool ")
		}
		writeSignature(b, n.RHS)
		b.WriteString(")")
	default:
		b.WriteString("?")
	}
}
