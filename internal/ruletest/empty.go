package ruletest

import (
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// alwaysEmpty reports whether expr gives no series at any time, because
// the series it reads are not stored (holds): every series its result
// could carry comes from selectors that select nothing. A function or an
// operation that makes series of its own (vector, absent, scalar, time, a
// number, or with an empty side) is never empty. A replay by rule need not
// evaluate a rule whose expression is always empty: it records nothing,
// marks nothing stale and fails nowhere. Every SLO's rules are in every
// SLO's tests, and most read series only the SLO's own tests hold.
func alwaysEmpty(expr parser.Expr, holds func(name string, vs *parser.VectorSelector) bool) bool {
	switch n := expr.(type) {
	case *parser.VectorSelector:
		name := promql.SelectorName(n)
		return name != "" && !holds(name, n)
	case *parser.MatrixSelector:
		return alwaysEmpty(n.VectorSelector, holds)
	case *parser.SubqueryExpr:
		return alwaysEmpty(n.Expr, holds)
	case *parser.ParenExpr:
		return alwaysEmpty(n.Expr, holds)
	case *parser.StepInvariantExpr:
		return alwaysEmpty(n.Expr, holds)
	case *parser.UnaryExpr:
		return alwaysEmpty(n.Expr, holds)
	case *parser.AggregateExpr:
		return alwaysEmpty(n.Expr, holds)
	case *parser.Call:
		at, ok := emptyWithArg[n.Func.Name]
		return ok && at < len(n.Args) && alwaysEmpty(n.Args[at], holds)
	case *parser.BinaryExpr:
		lv, rv := isSeries(n.LHS), isSeries(n.RHS)
		switch {
		case lv && rv && n.Op == parser.LOR:
			return alwaysEmpty(n.LHS, holds) && alwaysEmpty(n.RHS, holds)
		case lv && rv && n.Op == parser.LUNLESS:
			return alwaysEmpty(n.LHS, holds)
		case lv && rv:
			return alwaysEmpty(n.LHS, holds) || alwaysEmpty(n.RHS, holds)
		case lv:
			return alwaysEmpty(n.LHS, holds)
		case rv:
			return alwaysEmpty(n.RHS, holds)
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
