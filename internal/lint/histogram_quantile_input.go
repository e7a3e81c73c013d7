package lint

import (
	"fmt"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
	"slices"
	"strconv"
	"strings"
)

// histogramQuantileInput finds histogram_quantile() calls whose input is
// not the rate of a histogram's buckets with le kept.
var histogramQuantileInput = &Check{
	Code:     "histogram-quantile-input",
	Severity: diag.Error,
	Docs: "histogram_quantile() is given something other than the rate() or increase() of a histogram's _bucket series " +
		"with its le label kept (a gauge, a summary, raw buckets but a snapshot histogram's, or an aggregation that drops le), or a quantile outside 0..1; " +
		"the result is empty or meaningless.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			for _, c := range promql.Calls(e.Root()) {
				if c.Func.Name != "histogram_quantile" || len(c.Args) != 2 {
					continue
				}
				checkQuantile(x, e, r, c)
			}
		}
	},
}

// checkQuantile reports at most one problem with one histogram_quantile call.
func checkQuantile(x *Context, e *Expression, r *reporter, c *parser.Call) {
	if phi, ok := promql.Number(c.Args[0]); ok && (phi < 0 || phi > 1) {
		r.at(e.Pos(c.Args[0]), e.Len(c.Args[0]), "histogram_quantile() takes a quantile between 0 and 1, not %g (0.99 is the 99th percentile)", phi)
		return
	}
	n := parser.Node(c.Args[1])
	for {
		switch v := promql.Unwrap(n).(type) {
		case *parser.AggregateExpr:
			switch v.Op {
			case parser.TOPK, parser.BOTTOMK, parser.LIMITK, parser.LIMIT_RATIO:
			default:
				keeps := v.Without != contains(v.Grouping, "le")
				if !keeps && !x.readsNative(v.Expr) {
					r.at(e.Pos(v), len(v.Op.String()), "%s drops the le label that histogram_quantile() needs; %s",
						aggregationText(v), keepLe(v))
					return
				}
			}
			n = v.Expr
		case *parser.Call:
			switch v.Func.Name {
			case "rate", "irate", "increase":
				if len(v.Args) == 0 {
					return
				}
				vs := promql.RangeSelector(v.Args[0])
				if vs == nil {
					return
				}
				quantileInput(x, e, r, vs, true)
				return
			case "label_replace", "label_join", "sort", "sort_desc", "sort_by_label", "sort_by_label_desc":
				if len(v.Args) == 0 {
					return
				}
				n = v.Args[0]
			default:
				return
			}
		case *parser.BinaryExpr:
			// x * 60 and the like: follow the vector side.
			switch {
			case v.LHS != nil && v.LHS.Type() == parser.ValueTypeVector && v.RHS != nil && v.RHS.Type() == parser.ValueTypeScalar:
				n = v.LHS
			case v.RHS != nil && v.RHS.Type() == parser.ValueTypeVector && v.LHS != nil && v.LHS.Type() == parser.ValueTypeScalar:
				n = v.RHS
			default:
				return
			}
		case *parser.VectorSelector:
			quantileInput(x, e, r, v, false)
			return
		default:
			return
		}
	}
}

// quantileInput judges the series histogram_quantile() reads, inside a
// rate() (rated) or directly.
func quantileInput(x *Context, e *Expression, r *reporter, vs *parser.VectorSelector, rated bool) {
	name := promql.SelectorName(vs)
	s := x.resolve(name)
	pos, n := e.Pos(vs), len(name)
	switch {
	case s.records != nil:
		if l := x.recordLabels(name); !l.Has("le") {
			r.at(pos, n, "recorded series %s has no le label (it carries %s), so histogram_quantile() returns nothing", name, l)
		}
	case s.metric == nil:
		// Unknown series are unknown-metric's; Prometheus's own are gauges.
		if s.builtin != nil {
			r.at(pos, n, "%s is a gauge, not a histogram's _bucket series", name)
		}
	case s.native():
		if !rated {
			r.at(pos, n, "%s counts observations since the process started; give histogram_quantile() rate(%s[5m]) (or a sum of it)", name, name)
		}
	case s.metric.Type == catalogue.Histogram && s.suffix == "_bucket":
		// A snapshot's buckets are read as they are; rate() of them is
		// rate-on-gauge's.
		if !rated && !s.metric.Snapshot {
			r.at(pos, n, "%s holds cumulative counts since the process started; give histogram_quantile() rate(%s[5m]) (or a sum by (le) of it); "+
				"if the exporter builds the histogram anew at every scrape from what exists then (the ages of the messages in a queue), declare %s snapshot: true%s",
				name, name, s.metric.Name, s.origin())
		}
	case s.metric.Type == catalogue.Histogram:
		r.at(pos, n, "%s is not a histogram's _bucket series; histogram_quantile() reads %s_bucket", s.describe(), s.metric.Name)
	case s.metric.Type == catalogue.Summary:
		r.at(pos, n, "%s is a summary, which has no buckets; select its precomputed quantiles with %s", s.describe(), summaryExample(s.metric))
	default:
		r.at(pos, n, "%s is not a histogram's _bucket series, so histogram_quantile() has no buckets to read", s.describe())
	}
}

// summaryExample writes a selector of one of a summary's quantiles: the
// highest it declares below the maximum (0.75 of 0, 0.25, 0.5, 0.75, 1;
// 99.9 of redis_exporter's 50, 99, 99.9), with the others it serves; 0.99
// when it declares none.
func summaryExample(m *catalogue.Metric) string {
	if len(m.Quantiles) == 0 {
		return m.Name + `{quantile="0.99"}`
	}
	qs := slices.Sorted(slices.Values(m.Quantiles))
	pick := qs[len(qs)-1]
	for i := len(qs) - 1; i >= 0; i-- {
		if qs[i] != 1 && qs[i] != 100 {
			pick = qs[i]
			break
		}
	}
	var all []string
	for _, q := range qs {
		all = append(all, strconv.FormatFloat(q, 'g', -1, 64))
	}
	return fmt.Sprintf("%s{quantile=%q} (it serves %s)", m.Name, strconv.FormatFloat(pick, 'g', -1, 64), strings.Join(all, ", "))
}

// keepLe suggests the aggregation that keeps le.
func keepLe(a *parser.AggregateExpr) string {
	if a.Without {
		return "remove le from without (...)"
	}
	return "add it: " + a.Op.String() + " by (" + joinLabels(append([]string{"le"}, a.Grouping...)) + ")"
}

// aggregationText prints an aggregation's operator and grouping: "sum by (op)".
func aggregationText(a *parser.AggregateExpr) string {
	switch {
	case a.Without:
		return a.Op.String() + " without (" + joinLabels(a.Grouping) + ")"
	case len(a.Grouping) > 0:
		return a.Op.String() + " by (" + joinLabels(a.Grouping) + ")"
	}
	return a.Op.String() + "()"
}

// joinLabels prints label names separated by commas.
func joinLabels(ls []string) string {
	out := ""
	for i, l := range ls {
		if i > 0 {
			out += ", "
		}
		out += l
	}
	return out
}

// contains reports whether ls holds l.
func contains(ls []string, l string) bool {
	for _, s := range ls {
		if s == l {
			return true
		}
	}
	return false
}

// readsNative reports whether an expression reads a native histogram,
// whose buckets travel inside each sample: no le to keep.
func (x *Context) readsNative(n parser.Node) bool {
	for _, vs := range promql.Selectors(n) {
		if x.resolve(promql.SelectorName(vs)).native() {
			return true
		}
	}
	return false
}
