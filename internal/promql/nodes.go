package promql

import (
	"math"
	"slices"
	"time"

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
// parentheses, or arithmetic of constants (24*60*60, as the node-mixin
// writes a day).
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
	case *parser.BinaryExpr:
		a, aok := Number(v.LHS)
		b, bok := Number(v.RHS)
		if !aok || !bok {
			return 0, false
		}
		return arithmetic(v.Op, a, b)
	}
	return 0, false
}

// arithmetic applies an arithmetic operator to two constants as PromQL
// does; a comparison or set operator is not a constant.
func arithmetic(op parser.ItemType, a, b float64) (float64, bool) {
	switch op {
	case parser.ADD:
		return a + b, true
	case parser.SUB:
		return a - b, true
	case parser.MUL:
		return a * b, true
	case parser.DIV:
		return a / b, true
	case parser.MOD:
		return math.Mod(a, b), true
	case parser.POW:
		return math.Pow(a, b), true
	case parser.ATAN2:
		return math.Atan2(a, b), true
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

// Windows returns the ranges n reads over, each once: its range
// selectors' ([5m]), then its subqueries' ([1h:5m]).
func Windows(n parser.Node) []time.Duration {
	var out []time.Duration
	add := func(d time.Duration) {
		if d > 0 && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	for _, m := range Nodes[*parser.MatrixSelector](n) {
		add(m.Range)
	}
	for _, s := range Nodes[*parser.SubqueryExpr](n) {
		add(s.Range)
	}
	return out
}
