package promql

import "github.com/prometheus/prometheus/promql/parser"

// fractionalFunctions are the functions whose result can be a fraction
// below one however whole their input: per-second rates, slopes, averages
// and quantiles. An increase is not: Prometheus extrapolates the whole
// difference it saw outwards, so a positive one is at least that.
var fractionalFunctions = map[string]bool{
	"rate": true, "irate": true, "deriv": true,
	"predict_linear": true, "avg_over_time": true, "quantile_over_time": true, "stddev_over_time": true,
	"stdvar_over_time": true, "histogram_quantile": true, "histogram_fraction": true, "histogram_avg": true,
	"sqrt": true, "exp": true, "ln": true, "log2": true, "log10": true,
}

// wholeFunctions are the functions whose result is whole whatever their
// input: counts, presence and rounding.
var wholeFunctions = map[string]bool{
	"absent": true, "absent_over_time": true, "present_over_time": true, "count_over_time": true,
	"changes": true, "resets": true, "ceil": true, "floor": true, "round": true, "sgn": true,
}

// Fractional reports whether the expression's values can lie between 0
// and 1 even when the series it reads count whole things: a rate, an
// average, a quotient, a quantile, through the functions and aggregations
// that keep that (sum, max, min, topk, clamp…). printf "%.0f" of such a
// value prints 0 for a rate below half an event a second.
func Fractional(n parser.Node) bool {
	switch e := n.(type) {
	case *parser.Call:
		if fractionalFunctions[e.Func.Name] {
			return true
		}
		if v := FirstVectorArg(e); v != nil && !wholeFunctions[e.Func.Name] {
			// Functions that keep their input's values (sort, clamp,
			// label_replace, abs, *_over_time of max or min).
			return Fractional(v)
		}
	case *parser.AggregateExpr:
		switch e.Op {
		case parser.AVG, parser.STDDEV, parser.STDVAR, parser.QUANTILE:
			return true
		case parser.COUNT, parser.COUNT_VALUES, parser.GROUP:
			return false
		}
		return Fractional(e.Expr)
	case *parser.BinaryExpr:
		if e.Op == parser.DIV || e.Op == parser.POW || e.Op == parser.ATAN2 {
			return true
		}
		if e.Op.IsComparisonOperator() && !e.ReturnBool {
			return Fractional(e.LHS)
		}
		return Fractional(e.LHS) || Fractional(e.RHS)
	case *parser.NumberLiteral:
		return e.Val != float64(int64(e.Val))
	}
	if inner, ok := Through(n); ok {
		return Fractional(inner)
	}
	return false
}
