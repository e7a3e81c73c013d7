package promql

import (
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// Unwrap strips parentheses and step-invariant wrappers.
func Unwrap[N parser.Node](n N) parser.Node {
	var out parser.Node = n
	for {
		switch p := out.(type) {
		case *parser.ParenExpr:
			out = p.Expr
		case *parser.StepInvariantExpr:
			out = p.Expr
		default:
			return out
		}
	}
}

// IsNumber reports whether n is a constant.
func IsNumber(n parser.Node) bool {
	_, ok := Number(n)
	return ok
}

// Number evaluates a constant: a number literal, possibly negated or in
// parentheses.
func Number(n parser.Node) (float64, bool) {
	switch v := Unwrap(n).(type) {
	case *parser.NumberLiteral:
		return v.Val, true
	case *parser.UnaryExpr:
		f, ok := Number(v.Expr)
		if v.Op == parser.SUB {
			f = -f
		}
		return f, ok
	}
	return 0, false
}

// SelectorName returns the metric name a selector selects: its name, or
// an equality matcher on __name__; "" when it selects by labels only.
func SelectorName(vs *parser.VectorSelector) string {
	if vs.Name != "" {
		return vs.Name
	}
	for _, m := range vs.LabelMatchers {
		if m != nil && m.Name == model.MetricNameLabel && m.Type == labels.MatchEqual {
			return m.Value
		}
	}
	return ""
}
