package promql

import (
	"slices"
	"strconv"
	"strings"

	"github.com/prometheus/prometheus/promql/parser"
)

// transparentAggregations combine series into a value among theirs, so a
// panel that shows max(x) watches what an alert on x does: where max(x) is
// above a bound, some series of x is, and the alert fires for it (min and
// avg likewise). A sum is not among its series' values (a panel of the
// queries of every database summed is above a per-database bound when no
// database is), except the sum of a histogram's buckets that
// histogram_quantile reads, whose quantile lies among theirs.
var transparentAggregations = map[parser.ItemType]bool{
	parser.MAX: true, parser.MIN: true, parser.AVG: true,
}

// Signature is the shape of an expression with what a dashboard changes
// about it removed: label matchers, range windows ($__rate_interval or 5m),
// grouping, and the max, min or avg that a panel wraps around the series
// an alert watches one by one (or the sum of buckets inside a quantile).
// Two expressions with the same signature show the same quantity, of the
// series their matchers select (SelectorLabels).
func Signature(n parser.Node) string {
	var b strings.Builder
	writeSignature(&b, n)
	return b.String()
}

// SelectorLabels returns, by series name, the labels n's selectors match
// on: a panel shows what an alert watches only where it selects on every
// label the alert does (grpc_type="unary" alike, or a variable).
func SelectorLabels(n parser.Node) map[string][]string {
	out := map[string][]string{}
	for _, vs := range Nodes[*parser.VectorSelector](n) {
		name := SelectorName(vs)
		for _, m := range vs.LabelMatchers {
			if m.Name != "__name__" && !slices.Contains(out[name], m.Name) {
				out[name] = append(out[name], m.Name)
			}
		}
	}
	return out
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
			if agg, ok := Unwrap(a).(*parser.AggregateExpr); ok && n.Func.Name == "histogram_quantile" && i == 1 && agg.Op == parser.SUM {
				a = agg.Expr
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
