package promql

import "github.com/prometheus/prometheus/promql/parser"

// Quantity is what an expression measures, as far as the catalogue tells:
// a catalogue unit (seconds, bytes, percent, ratio, a plain noun such as
// requests, or "" for a dimensionless count) and whether it is per second.
// Dashboards pick a panel's unit from it; lint tells a percentage from it.
type Quantity struct {
	// Known is false when the catalogue does not tell.
	Known bool
	Unit  string
	// PerSecond marks a rate.
	PerSecond bool
	// Constant marks a number literal, of value Value: a factor, not a
	// measurement.
	Constant bool
	Value    float64
	// Buckets marks a histogram's _bucket series; Unit is then the
	// histogram's, the unit of its bucket bounds.
	Buckets bool
	// UnixTime marks a point in time (a Unix time in Unit), not a
	// duration: time() or a timestamp gauge. One less another is a
	// duration.
	UnixTime bool
}

// unknownQuantity is what the catalogue does not tell.
var unknownQuantity = Quantity{}

// countQuantity is a dimensionless number of things.
var countQuantity = Quantity{Known: true}

// sameScaleFuncs return values in the unit of their argument, given by
// its index.
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

// Measure works out what n measures from the units resolve gives its
// series: rates are per second, a quantile of buckets has the histogram's
// unit, like quantities divided are a ratio, a ratio times 100 a percent.
func Measure(n parser.Node, resolve Resolver) Quantity {
	if inner, ok := Through(n); ok {
		return Measure(inner, resolve)
	}
	switch e := n.(type) {
	case *parser.NumberLiteral:
		return Quantity{Known: true, Constant: true, Value: e.Val}
	case *parser.VectorSelector:
		return measureSeries(resolve(SelectorName(e)))
	case *parser.Call:
		return measureCall(e, resolve)
	case *parser.AggregateExpr:
		switch e.Op {
		case parser.SUM, parser.MIN, parser.MAX, parser.AVG, parser.TOPK, parser.BOTTOMK, parser.QUANTILE, parser.LIMITK, parser.LIMIT_RATIO:
			return Measure(e.Expr, resolve)
		case parser.COUNT, parser.COUNT_VALUES, parser.GROUP:
			return countQuantity
		}
		return unknownQuantity
	case *parser.BinaryExpr:
		return measureBinary(e, resolve)
	}
	return unknownQuantity
}

// measureSeries measures one series: a metric family's, a histogram's or
// summary's _bucket, _sum or _count, or a recorded series whose rule
// declares a unit.
func measureSeries(s Series) Quantity {
	switch {
	case !s.Metric():
		if s.Recorded && s.Unit != "" {
			return Quantity{Known: true, Unit: s.Unit}
		}
		return unknownQuantity
	case s.UnixTime:
		return Quantity{Known: true, Unit: s.Unit, UnixTime: true}
	case s.Suffix == "_bucket":
		return Quantity{Known: true, Unit: s.Unit, Buckets: true}
	case s.Suffix == "_count":
		return countQuantity
	}
	return Quantity{Known: true, Unit: s.Unit}
}

// measureCall measures a function call: rates are per second, quantiles
// of buckets have the histogram's unit, most others keep their argument's.
func measureCall(call *parser.Call, resolve Resolver) Quantity {
	if call.Func == nil {
		return unknownQuantity
	}
	name := call.Func.Name
	if name == "time" {
		return Quantity{Known: true, Unit: "seconds", UnixTime: true}
	}
	arg := func(i int) Quantity {
		if i < len(call.Args) {
			return Measure(call.Args[i], resolve)
		}
		return unknownQuantity
	}
	switch {
	case name == "rate" || name == "irate" || name == "deriv":
		q := arg(0)
		if !q.Known || q.PerSecond || q.Constant {
			return unknownQuantity
		}
		q.PerSecond, q.UnixTime = true, false // a Unix time advancing: seconds per second
		return q
	case name == "histogram_quantile":
		if q := arg(1); q.Buckets {
			return Quantity{Known: true, Unit: q.Unit}
		}
		return unknownQuantity
	case countFuncs[name]:
		return countQuantity
	}
	if i, ok := sameScaleFuncs[name]; ok {
		q := arg(i)
		if q.Constant {
			return unknownQuantity
		}
		return q
	}
	return unknownQuantity
}

// measureBinary measures arithmetic: a sum of like quantities, a ratio of
// like quantities, an average (sum over count), a ratio times 100.
func measureBinary(b *parser.BinaryExpr, resolve Resolver) Quantity {
	lhs, rhs := Measure(b.LHS, resolve), Measure(b.RHS, resolve)
	switch {
	case b.Op.IsComparisonOperator():
		if b.ReturnBool {
			return countQuantity
		}
		if lhs.Constant {
			return rhs
		}
		return lhs
	case b.Op.IsSetOperator():
		return lhs
	}
	if !lhs.Known || !rhs.Known {
		return unknownQuantity
	}
	switch b.Op {
	case parser.ADD, parser.SUB:
		if lhs.Constant || rhs.Constant {
			return unknownQuantity
		}
		if lhs.UnixTime || rhs.UnixTime {
			// time() - last_backup: an age; expiry - time(): the time
			// left. Two points in time added mean nothing.
			if b.Op == parser.SUB && lhs.UnixTime && rhs.UnixTime && lhs.Unit == rhs.Unit {
				return Quantity{Known: true, Unit: lhs.Unit}
			}
			return unknownQuantity
		}
		if lhs.Unit == rhs.Unit && lhs.PerSecond == rhs.PerSecond && !lhs.Buckets && !rhs.Buckets {
			return lhs
		}
	case parser.DIV:
		switch {
		case lhs.UnixTime || rhs.UnixTime:
			return unknownQuantity
		case rhs.Constant && !lhs.Constant && !lhs.Buckets:
			// apache_uptime_seconds_total / 60: minutes.
			if to, ok := scaledDown[scaling{lhs.Unit, rhs.Value}]; ok {
				return Quantity{Known: true, Unit: to, PerSecond: lhs.PerSecond}
			}
			return unknownQuantity
		case lhs.Constant || rhs.Constant:
			return unknownQuantity
		case lhs.Buckets || rhs.Buckets:
			return unknownQuantity
		case lhs.Unit == rhs.Unit && lhs.PerSecond == rhs.PerSecond:
			return Quantity{Known: true, Unit: "ratio"}
		case rhs.Unit == "" && lhs.PerSecond == rhs.PerSecond:
			// An average per event: rate(x_sum) / rate(x_count).
			return Quantity{Known: true, Unit: lhs.Unit}
		}
	case parser.MUL:
		ratio, factor := lhs, rhs
		if lhs.Constant {
			ratio, factor = rhs, lhs
		}
		if factor.Constant && factor.Value == 1000 && ratio.Unit == "seconds" && !ratio.PerSecond && !ratio.Buckets && !ratio.Constant {
			// A Unix time in milliseconds, as Grafana's date units take
			// it, or a duration in milliseconds.
			return Quantity{Known: true, Unit: "milliseconds", UnixTime: ratio.UnixTime}
		}
		if factor.Constant && factor.Value == 100 && ratio.Unit == "ratio" && !ratio.PerSecond && !ratio.Buckets {
			return Quantity{Known: true, Unit: "percent"}
		}
	}
	return unknownQuantity
}

// scaling is a unit divided by a constant.
type scaling struct {
	unit    string
	divisor float64
}

// scaledDown holds the larger units a quantity divided by a constant is
// in: seconds by 60 are minutes, bytes by 1024 KiB (kibibytes). Any other
// division by a constant leaves what it measures unknown.
var scaledDown = map[scaling]string{
	{"seconds", 60}:        "minutes",
	{"seconds", 3600}:      "hours",
	{"seconds", 86400}:     "days",
	{"minutes", 60}:        "hours",
	{"hours", 24}:          "days",
	{"milliseconds", 1000}: "seconds",
	{"bytes", 1024}:        "kibibytes",
	{"bytes", 1 << 20}:     "mebibytes",
	{"bytes", 1 << 30}:     "gibibytes",
	{"kibibytes", 1024}:    "mebibytes",
	{"mebibytes", 1024}:    "gibibytes",
	{"bytes", 1e3}:         "kilobytes",
	{"bytes", 1e6}:         "megabytes",
	{"bytes", 1e9}:         "gigabytes",
	{"kilobytes", 1e3}:     "megabytes",
	{"megabytes", 1e3}:     "gigabytes",
}

// scaleKeeping are the aggregations whose result is one of the values
// aggregated, or their mean: a percentage stays one.
var scaleKeeping = map[parser.ItemType]bool{
	parser.MIN: true, parser.MAX: true, parser.AVG: true, parser.TOPK: true, parser.BOTTOMK: true,
	parser.QUANTILE: true, parser.LIMITK: true, parser.LIMIT_RATIO: true,
}

// Percentage reports whether n's value is already a percentage: its unit
// is percent, or it is multiplied by 100 (a share written as a percentage,
// whatever the catalogue says of its parts), possibly under an aggregation
// that keeps the scale.
func Percentage(n parser.Node, resolve Resolver) bool {
	if q := Measure(n, resolve); q.Known && q.Unit == "percent" && !q.PerSecond {
		return true
	}
	switch v := Unwrap(n).(type) {
	case *parser.BinaryExpr:
		switch v.Op {
		case parser.MUL:
			for _, side := range []parser.Expr{v.LHS, v.RHS} {
				if f, ok := Number(side); ok && f == 100 {
					return true
				}
			}
		case parser.DIV:
			// 100 * a / b and (a * 100) / b: the percentage is made
			// before the division.
			return Percentage(v.LHS, resolve) && !Percentage(v.RHS, resolve)
		case parser.ADD, parser.SUB:
			// 100 - free * 100 / size: a percentage and a number, or two.
			l, r := Percentage(v.LHS, resolve), Percentage(v.RHS, resolve)
			_, lNum := Number(v.LHS)
			_, rNum := Number(v.RHS)
			return l && (r || rNum) || r && lNum
		}
	case *parser.AggregateExpr:
		return scaleKeeping[v.Op] && Percentage(v.Expr, resolve)
	}
	return false
}
