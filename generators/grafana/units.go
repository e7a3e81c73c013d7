package grafana

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// quantity is what an expression measures, as far as the catalogue tells:
// a catalogue unit (seconds, bytes, percent, ratio, a plain noun such as
// requests, or "" for a dimensionless count) and whether it is per second.
type quantity struct {
	known     bool
	unit      string
	perSecond bool
	// scalar marks a number literal (a factor, not a measurement).
	scalar bool
	value  float64
	// bucketOf is the histogram whose _bucket series these are.
	bucketOf *catalogue.Metric
}

var unknown = quantity{}

// count is a dimensionless number of things.
var count = quantity{known: true}

// sameScaleFuncs return values in the unit of their (first vector) argument.
var sameScaleFuncs = map[string]int{
	"abs": 0, "ceil": 0, "floor": 0, "round": 0, "clamp": 0, "clamp_min": 0, "clamp_max": 0,
	"sort": 0, "sort_desc": 0, "sort_by_label": 0, "sort_by_label_desc": 0,
	"label_replace": 0, "label_join": 0, "increase": 0, "delta": 0, "idelta": 0,
	"avg_over_time": 0, "min_over_time": 0, "max_over_time": 0, "sum_over_time": 0,
	"last_over_time": 0, "first_over_time": 0, "mad_over_time": 0, "stddev_over_time": 0,
	"quantile_over_time": 1, "predict_linear": 0, "holt_winters": 0, "double_exponential_smoothing": 0,
}

// countFuncs return a number of samples or events.
var countFuncs = map[string]bool{
	"count_over_time": true, "changes": true, "resets": true, "absent": true,
	"absent_over_time": true, "present_over_time": true,
}

// measure works out what expr measures from the catalogue's metric units.
func measure(c *catalogue.Catalogue, expr parser.Node) quantity {
	switch e := expr.(type) {
	case *parser.NumberLiteral:
		return quantity{known: true, scalar: true, value: e.Val}
	case *parser.VectorSelector:
		return measureSeries(c, e)
	case *parser.MatrixSelector:
		return measure(c, e.VectorSelector)
	case *parser.SubqueryExpr:
		return measure(c, e.Expr)
	case *parser.ParenExpr:
		return measure(c, e.Expr)
	case *parser.StepInvariantExpr:
		return measure(c, e.Expr)
	case *parser.UnaryExpr:
		return measure(c, e.Expr)
	case *parser.Call:
		return measureCall(c, e)
	case *parser.AggregateExpr:
		switch e.Op {
		case parser.SUM, parser.MIN, parser.MAX, parser.AVG, parser.TOPK, parser.BOTTOMK, parser.QUANTILE, parser.LIMITK, parser.LIMIT_RATIO:
			return measure(c, e.Expr)
		case parser.COUNT, parser.COUNT_VALUES, parser.GROUP:
			return count
		}
		return unknown
	case *parser.BinaryExpr:
		return measureBinary(c, e)
	}
	return unknown
}

// measureSeries looks a selected series up in the catalogue: a metric
// family, a histogram's or summary's _bucket, _sum or _count, or a
// recorded series whose rule declares a unit.
func measureSeries(c *catalogue.Catalogue, vs *parser.VectorSelector) quantity {
	name := promql.SelectorName(vs)
	m, suffix := c.Series(name)
	if m == nil {
		if r := c.Record(name); r != nil && r.Unit != "" {
			return quantity{known: true, unit: r.Unit}
		}
		return unknown
	}
	switch suffix {
	case "_bucket":
		return quantity{known: true, bucketOf: m}
	case "_count":
		return count
	}
	return quantity{known: true, unit: m.Unit}
}

// measureCall measures a function call: rates are per second, quantiles
// of buckets have the histogram's unit, most others keep their argument's.
func measureCall(c *catalogue.Catalogue, call *parser.Call) quantity {
	name := call.Func.Name
	arg := func(i int) quantity {
		if i < len(call.Args) {
			return measure(c, call.Args[i])
		}
		return unknown
	}
	switch {
	case name == "rate" || name == "irate" || name == "deriv":
		q := arg(0)
		if !q.known || q.perSecond || q.scalar {
			return unknown
		}
		q.perSecond = true
		return q
	case name == "histogram_quantile":
		if q := arg(1); q.bucketOf != nil {
			return quantity{known: true, unit: q.bucketOf.Unit}
		}
		return unknown
	case countFuncs[name]:
		return count
	}
	if i, ok := sameScaleFuncs[name]; ok {
		q := arg(i)
		if q.scalar {
			return unknown
		}
		return q
	}
	return unknown
}

// measureBinary measures arithmetic: a sum of like quantities, a ratio of
// like quantities, an average (sum over count), a ratio times 100.
func measureBinary(c *catalogue.Catalogue, b *parser.BinaryExpr) quantity {
	lhs, rhs := measure(c, b.LHS), measure(c, b.RHS)
	switch {
	case b.Op.IsComparisonOperator():
		if b.ReturnBool {
			return count
		}
		if lhs.scalar {
			return rhs
		}
		return lhs
	case b.Op.IsSetOperator():
		return lhs
	}
	if !lhs.known || !rhs.known {
		return unknown
	}
	switch b.Op {
	case parser.ADD, parser.SUB:
		if lhs.scalar || rhs.scalar {
			return unknown
		}
		if lhs.unit == rhs.unit && lhs.perSecond == rhs.perSecond && lhs.bucketOf == nil && rhs.bucketOf == nil {
			return lhs
		}
	case parser.DIV:
		switch {
		case lhs.scalar || rhs.scalar:
			return unknown
		case lhs.bucketOf != nil || rhs.bucketOf != nil:
			return unknown
		case lhs.unit == rhs.unit && lhs.perSecond == rhs.perSecond:
			return quantity{known: true, unit: "ratio"}
		case rhs.unit == "" && lhs.perSecond == rhs.perSecond:
			// An average per event: rate(x_sum) / rate(x_count).
			return quantity{known: true, unit: lhs.unit}
		}
	case parser.MUL:
		ratio, factor := lhs, rhs
		if lhs.scalar {
			ratio, factor = rhs, lhs
		}
		if factor.scalar && factor.value == 100 && ratio.unit == "ratio" && !ratio.perSecond {
			return quantity{known: true, unit: "percent"}
		}
	}
	return unknown
}

// grafanaUnit is the Grafana unit id for a quantity, or "" when obsgen
// cannot tell (Grafana then shows plain numbers).
func grafanaUnit(q quantity) string {
	if !q.known || q.scalar || q.bucketOf != nil {
		return ""
	}
	if q.perSecond {
		switch q.unit {
		case "bytes":
			return "Bps"
		case "seconds":
			return "percentunit"
		case "requests":
			return "reqps"
		case "percent", "ratio":
			return ""
		}
		return "ops"
	}
	switch q.unit {
	case "seconds":
		return "s"
	case "bytes":
		return "bytes"
	case "percent":
		return "percent"
	case "ratio":
		return "percentunit"
	}
	return "short"
}
