package promql

import (
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// AlwaysEmpty reports whether expr gives no series at any time, because
// the series it reads are not stored (holds): every series its result
// could carry comes from selectors that select nothing. A function or an
// operation that makes series of its own (vector, absent, scalar, time, a
// number, or one whose other side is not empty) is never empty.
func AlwaysEmpty(expr parser.Expr, holds func(name string, vs *parser.VectorSelector) bool) bool {
	if inner, ok := Through(expr); ok {
		return AlwaysEmpty(inner, holds)
	}
	switch n := expr.(type) {
	case *parser.VectorSelector:
		name := SelectorName(n)
		return name != "" && !holds(name, n)
	case *parser.AggregateExpr:
		return AlwaysEmpty(n.Expr, holds)
	case *parser.Call:
		at, ok := emptyWithArg[n.Func.Name]
		return ok && at < len(n.Args) && AlwaysEmpty(n.Args[at], holds)
	case *parser.BinaryExpr:
		lv, rv := isSeries(n.LHS), isSeries(n.RHS)
		switch {
		case lv && rv && n.Op == parser.LOR:
			return AlwaysEmpty(n.LHS, holds) && AlwaysEmpty(n.RHS, holds)
		case lv && rv && n.Op == parser.LUNLESS:
			return AlwaysEmpty(n.LHS, holds)
		case lv && rv:
			return AlwaysEmpty(n.LHS, holds) || AlwaysEmpty(n.RHS, holds)
		case lv:
			return AlwaysEmpty(n.LHS, holds)
		case rv:
			return AlwaysEmpty(n.RHS, holds)
		}
	}
	return false
}

// isSeries reports whether expr gives series (an instant vector), not a
// number or a string.
func isSeries(expr parser.Expr) bool {
	return expr.Type() == parser.ValueTypeVector || expr.Type() == parser.ValueTypeMatrix
}

// emptyWithArg are functions whose result is empty when the argument at
// the index given is, by the argument's index: each keeps or drops the
// series it is given and makes none.
var emptyWithArg = map[string]int{
	"abs": 0, "ceil": 0, "floor": 0, "round": 0, "exp": 0, "ln": 0, "log2": 0, "log10": 0, "sqrt": 0, "sgn": 0,
	"clamp": 0, "clamp_min": 0, "clamp_max": 0, "label_replace": 0, "label_join": 0, "sort": 0, "sort_desc": 0, "timestamp": 0,
	"rate": 0, "irate": 0, "increase": 0, "delta": 0, "idelta": 0, "deriv": 0, "predict_linear": 0, "changes": 0, "resets": 0,
	"sum_over_time": 0, "avg_over_time": 0, "min_over_time": 0, "max_over_time": 0, "count_over_time": 0, "last_over_time": 0,
	"stddev_over_time": 0, "stdvar_over_time": 0, "present_over_time": 0, "quantile_over_time": 1,
	"histogram_quantile": 1, "histogram_count": 0, "histogram_sum": 0, "histogram_avg": 0, "histogram_fraction": 2,
}

// ReadsOnlyThePast reports whether expr reads no sample after the time it
// is evaluated at, and means the same at each step of a range query as in
// an instant query there: no negative offset and no @ modifier.
func ReadsOnlyThePast(expr parser.Expr) bool {
	ok := true
	visit(expr, func(n parser.Node) {
		switch n := n.(type) {
		case *parser.VectorSelector:
			ok = ok && n.OriginalOffset >= 0 && n.Timestamp == nil && n.StartOrEnd == 0
		case *parser.SubqueryExpr:
			ok = ok && n.OriginalOffset >= 0 && n.Timestamp == nil && n.StartOrEnd == 0
		}
	})
	return ok
}

// Selects reports whether a selector of the matchers ms selects the
// series whose labels are ls: every matcher accepts its label's value.
func Selects(ms []*labels.Matcher, ls labels.Labels) bool {
	for _, m := range ms {
		if !m.Matches(ls.Get(m.Name)) {
			return false
		}
	}
	return true
}

// MayMatch reports whether a series that carries the labels ls (and any
// others) may be one the matchers select: none of ls contradicts them.
// The metric name is not compared.
func MayMatch(ls labels.Labels, ms []*labels.Matcher) bool {
	for _, m := range ms {
		if m.Name != model.MetricNameLabel && ls.Has(m.Name) && !m.Matches(ls.Get(m.Name)) {
			return false
		}
	}
	return true
}
