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

// Fallback returns, for a selector vs of expr, the other side of the
// nearest `or` above it whose other side reads stored series (holds as
// for AlwaysEmpty) and is not always empty: where vs selects nothing, the
// query still gives what that side reads. Mixins write
// `rate(old_name[5m]) or rate(new_name[5m])` to read a metric under the
// names of two versions of an exporter. A side that makes series of its
// own (`or vector(0)`) is a default, not a fallback: nil then, as when no
// `or` above vs has such a side.
func Fallback(expr parser.Expr, vs *parser.VectorSelector, holds func(name string, vs *parser.VectorSelector) bool) parser.Expr {
	var found parser.Expr
	var walk func(n parser.Node) bool // reports whether vs lies below n
	walk = func(n parser.Node) bool {
		if n == nil {
			return false
		}
		if n == parser.Node(vs) {
			return true
		}
		b, ok := n.(*parser.BinaryExpr)
		if !ok || b.Op != parser.LOR || !isSeries(b.LHS) || !isSeries(b.RHS) {
			for c := range parser.ChildrenIter(n) {
				if walk(c) {
					return true
				}
			}
			return false
		}
		for _, side := range [][2]parser.Expr{{b.LHS, b.RHS}, {b.RHS, b.LHS}} {
			if walk(side[0]) {
				if found == nil && ReadsStored(side[1], holds) && !AlwaysEmpty(side[1], holds) {
					found = side[1]
				}
				return true
			}
		}
		return false
	}
	walk(expr)
	return found
}

// ReadsStored reports whether a selector of expr selects stored series.
func ReadsStored(expr parser.Expr, holds func(name string, vs *parser.VectorSelector) bool) bool {
	for _, vs := range Selectors(expr) {
		if name := SelectorName(vs); name != "" && holds(name, vs) {
			return true
		}
	}
	return false
}
