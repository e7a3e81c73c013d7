package promql

import (
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// textReaders are the functions whose result depends on the text of a
// label value, not only on which values are equal and how they sort:
// they copy, join or match it, or sort by it.
var textReaders = map[string]bool{
	"label_replace": true, "label_join": true, "sort_by_label": true, "sort_by_label_desc": true, "info": true,
}

// textAggregations are the aggregations whose result depends on the text
// of a label value: count_values writes a value as a label, limitk and
// limit_ratio pick series by a hash of their labels.
var textAggregations = map[parser.ItemType]bool{
	parser.COUNT_VALUES: true, parser.LIMITK: true, parser.LIMIT_RATIO: true,
}

// Renamed is a copy of e in which every metric name and every label value
// its selectors match exactly (=, !=) is replaced by rename(label, value),
// with label __name__ for a metric name; e itself is left untouched. An
// empty value is kept, and rename not asked: it selects the series
// without the label, which no other value does. It returns false when
// e's result could depend on the text of a name or a value, not only on
// which are equal and how they sort: a regular expression matcher (but .*
// and .+, which ask only whether the label is there), a string literal, a
// function of textReaders, absent of two matchers of one label, an
// aggregation of textAggregations, or a node it does not know. For a
// rename that keeps the order of each label's values, e and its copy
// evaluate alike over series renamed the same way.
func Renamed(e parser.Expr, rename func(label, value string) string) (parser.Expr, bool) {
	switch n := e.(type) {
	case *parser.NumberLiteral:
		return n, true
	case *parser.ParenExpr:
		inner, ok := Renamed(n.Expr, rename)
		c := *n
		c.Expr = inner
		return &c, ok
	case *parser.StepInvariantExpr:
		inner, ok := Renamed(n.Expr, rename)
		c := *n
		c.Expr = inner
		return &c, ok
	case *parser.UnaryExpr:
		inner, ok := Renamed(n.Expr, rename)
		c := *n
		c.Expr = inner
		return &c, ok
	case *parser.SubqueryExpr:
		inner, ok := Renamed(n.Expr, rename)
		c := *n
		c.Expr = inner
		return &c, ok
	case *parser.MatrixSelector:
		inner, ok := Renamed(n.VectorSelector, rename)
		c := *n
		c.VectorSelector = inner
		return &c, ok
	case *parser.VectorSelector:
		return renamedSelector(n, rename)
	case *parser.BinaryExpr:
		lhs, lok := Renamed(n.LHS, rename)
		rhs, rok := Renamed(n.RHS, rename)
		c := *n
		c.LHS, c.RHS = lhs, rhs
		return &c, lok && rok
	case *parser.Call:
		if n.Func == nil || textReaders[n.Func.Name] || absentOfRepeatedLabel(n) {
			return n, false
		}
		c := *n
		c.Args = make(parser.Expressions, len(n.Args))
		for i, a := range n.Args {
			var ok bool
			if c.Args[i], ok = Renamed(a, rename); !ok {
				return n, false
			}
		}
		return &c, true
	case *parser.AggregateExpr:
		if textAggregations[n.Op] {
			return n, false
		}
		c := *n
		var ok bool
		if c.Expr, ok = Renamed(n.Expr, rename); !ok {
			return n, false
		}
		if n.Param != nil {
			if c.Param, ok = Renamed(n.Param, rename); !ok {
				return n, false
			}
		}
		return &c, true
	}
	return e, false
}

// absentOfRepeatedLabel reports whether call is absent or
// absent_over_time of a selector with two matchers of one label: its
// result then carries the label or not by the order of the matchers,
// which String sorts by their text, values and all.
func absentOfRepeatedLabel(call *parser.Call) bool {
	if call.Func.Name != "absent" && call.Func.Name != "absent_over_time" {
		return false
	}
	for _, vs := range Selectors(call) {
		seen := map[string]bool{}
		for _, m := range vs.LabelMatchers {
			if m.Name != model.MetricNameLabel && seen[m.Name] {
				return true
			}
			seen[m.Name] = true
		}
	}
	return false
}

// presence reports whether regular expression matcher m asks only
// whether its label is there: .* matches every value and no value, .+
// every value (a dashboard variable at All is .*, promql.AllValuesExpr).
// A renaming that keeps the empty value empty keeps what m selects.
func presence(m *labels.Matcher) bool {
	return (m.Type == labels.MatchRegexp || m.Type == labels.MatchNotRegexp) && (m.Value == ".*" || m.Value == ".+")
}

// renamedSelector is Renamed of one vector selector.
func renamedSelector(vs *parser.VectorSelector, rename func(label, value string) string) (parser.Expr, bool) {
	c := *vs
	if vs.Name != "" {
		c.Name = rename(model.MetricNameLabel, vs.Name)
	}
	c.LabelMatchers = make([]*labels.Matcher, len(vs.LabelMatchers))
	for i, m := range vs.LabelMatchers {
		if presence(m) {
			c.LabelMatchers[i] = m
			continue
		}
		if m.Type != labels.MatchEqual && m.Type != labels.MatchNotEqual {
			return vs, false
		}
		value := m.Value
		if value != "" {
			value = rename(m.Name, value)
		}
		nm, err := labels.NewMatcher(m.Type, m.Name, value)
		if err != nil {
			return vs, false
		}
		c.LabelMatchers[i] = nm
	}
	return &c, true
}
