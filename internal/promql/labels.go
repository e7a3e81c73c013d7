package promql

import (
	"slices"
	"sort"
	"strings"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// LabelSet is what is known of the labels an expression's result carries:
// a set of names in the order they were first added (legends read that
// order), or Any when they cannot be known (an undefined series, ALERTS).
type LabelSet struct {
	// Any is set when every label may be present and no check can tell.
	Any   bool
	names []string
}

// AnyLabels is the set of an expression whose labels cannot be known.
func AnyLabels() LabelSet { return LabelSet{Any: true} }

// SetOf is the set of exactly the given labels, in that order.
func SetOf(names ...string) LabelSet {
	var s LabelSet
	return s.With(names...)
}

// Has reports whether the result may carry label l.
func (s LabelSet) Has(l string) bool { return s.Any || slices.Contains(s.names, l) }

// Len is how many labels a known set holds.
func (s LabelSet) Len() int { return len(s.names) }

// With returns s plus the given labels, after its own.
func (s LabelSet) With(ls ...string) LabelSet {
	if s.Any {
		return s
	}
	out := LabelSet{names: slices.Clone(s.names)}
	for _, l := range ls {
		if l != "" && !slices.Contains(out.names, l) {
			out.names = append(out.names, l)
		}
	}
	return out
}

// Without returns s minus the given labels.
func (s LabelSet) Without(ls ...string) LabelSet {
	if s.Any {
		return s
	}
	out := LabelSet{names: []string{}}
	for _, n := range s.names {
		if !slices.Contains(ls, n) {
			out.names = append(out.names, n)
		}
	}
	return out
}

// Keep returns the given labels that s may carry, in the given order.
func (s LabelSet) Keep(ls ...string) LabelSet {
	out := LabelSet{names: []string{}}
	for _, l := range ls {
		if s.Has(l) && !slices.Contains(out.names, l) {
			out.names = append(out.names, l)
		}
	}
	return out
}

// Union returns the labels either set may carry.
func (s LabelSet) Union(t LabelSet) LabelSet {
	if s.Any || t.Any {
		return AnyLabels()
	}
	return s.With(t.names...)
}

// Ordered returns the labels in the order they were added.
func (s LabelSet) Ordered() []string { return slices.Clone(s.names) }

// List returns the labels, sorted.
func (s LabelSet) List() []string {
	out := slices.Clone(s.names)
	sort.Strings(out)
	return out
}

// String prints the set for messages: "{instance, job, op}".
func (s LabelSet) String() string {
	if s.Any {
		return "{any}"
	}
	return "{" + strings.Join(s.List(), ", ") + "}"
}

// Labels works out the labels an expression's result carries through
// functions, aggregations and binary operations, as Prometheus builds them.
// What a selector reads is the caller's: lint and dashboards know the
// catalogue, this package does not. Results are remembered per node.
type Labels struct {
	selector func(vs *parser.VectorSelector) LabelSet
	memo     map[parser.Node]LabelSet
}

// NewLabels returns an analysis whose selectors carry what selector says.
func NewLabels(selector func(vs *parser.VectorSelector) LabelSet) *Labels {
	return &Labels{selector: selector, memo: map[parser.Node]LabelSet{}}
}

// Of returns the labels the result of n carries.
func (a *Labels) Of(n parser.Node) LabelSet {
	if n == nil {
		return SetOf()
	}
	switch n.(type) {
	case *parser.VectorSelector, *parser.MatrixSelector, *parser.Call, *parser.AggregateExpr,
		*parser.BinaryExpr, *parser.ParenExpr, *parser.SubqueryExpr, *parser.UnaryExpr:
		if s, ok := a.memo[n]; ok {
			return s
		}
		s := a.compute(n)
		a.memo[n] = s
		return s
	}
	return a.compute(n)
}

// compute works out Of for one node.
func (a *Labels) compute(n parser.Node) LabelSet {
	if inner, ok := Through(n); ok {
		return a.Of(inner)
	}
	switch v := n.(type) {
	case *parser.VectorSelector:
		return a.selector(v)
	case *parser.Call:
		return a.call(v)
	case *parser.AggregateExpr:
		return a.aggregate(v)
	case *parser.BinaryExpr:
		return a.binary(v)
	}
	// Numbers, strings and anything new: no labels.
	return SetOf()
}

// call returns the labels of a function's result.
func (a *Labels) call(c *parser.Call) LabelSet {
	if c.Func == nil {
		return AnyLabels()
	}
	switch c.Func.Name {
	case "histogram_quantile", "histogram_fraction":
		if len(c.Args) == 0 {
			return SetOf()
		}
		return a.Of(c.Args[len(c.Args)-1]).Without("le")
	case "label_replace", "label_join":
		if len(c.Args) < 2 {
			return AnyLabels()
		}
		dst, ok := Unwrap(c.Args[1]).(*parser.StringLiteral)
		if !ok {
			return AnyLabels()
		}
		return a.Of(c.Args[0]).With(dst.Val)
	case "absent", "absent_over_time":
		// absent() returns one series carrying the equality matchers'
		// labels of its argument.
		if len(c.Args) == 0 {
			return SetOf()
		}
		vs := RangeSelector(c.Args[0])
		if vs == nil {
			return SetOf()
		}
		out := SetOf()
		for _, m := range vs.LabelMatchers {
			if m != nil && m.Type == labels.MatchEqual && m.Name != model.MetricNameLabel {
				out = out.With(m.Name)
			}
		}
		return out
	case "vector", "scalar", "time", "pi":
		return SetOf()
	case "info":
		return AnyLabels()
	}
	if arg := FirstVectorArg(c); arg != nil {
		return a.Of(arg)
	}
	return SetOf()
}

// aggregate returns the labels of an aggregation's result.
func (a *Labels) aggregate(ag *parser.AggregateExpr) LabelSet {
	inner := a.Of(ag.Expr)
	switch ag.Op {
	case parser.TOPK, parser.BOTTOMK, parser.LIMITK, parser.LIMIT_RATIO:
		return inner
	}
	var out LabelSet
	if ag.Without {
		out = inner.Without(append([]string{model.MetricNameLabel}, ag.Grouping...)...)
	} else {
		out = inner.Keep(ag.Grouping...)
	}
	if ag.Op == parser.COUNT_VALUES {
		if s, ok := Unwrap(ag.Param).(*parser.StringLiteral); ok {
			out = out.With(s.Val)
		}
	}
	return out
}

// binary returns the labels of a binary operation's result, as
// Prometheus's vector matching builds them.
func (a *Labels) binary(b *parser.BinaryExpr) LabelSet {
	lScalar := b.LHS == nil || b.LHS.Type() != parser.ValueTypeVector
	rScalar := b.RHS == nil || b.RHS.Type() != parser.ValueTypeVector
	switch {
	case lScalar && rScalar:
		return SetOf()
	case lScalar:
		return a.Of(b.RHS)
	case rScalar:
		return a.Of(b.LHS)
	}
	lhs, rhs := a.Of(b.LHS), a.Of(b.RHS)
	switch b.Op {
	case parser.LAND, parser.LUNLESS:
		return lhs
	case parser.LOR:
		return lhs.Union(rhs)
	}
	vm := b.VectorMatching
	if vm == nil {
		return lhs
	}
	switch vm.Card {
	case parser.CardManyToOne:
		return lhs.With(vm.Include...)
	case parser.CardOneToMany:
		return rhs.With(vm.Include...)
	}
	if vm.On {
		return lhs.Keep(vm.MatchingLabels...)
	}
	return lhs.Without(vm.MatchingLabels...)
}

// RangeSelector returns the vector selector a range argument reads: the
// selector of x[5m], or of a subquery x[5m:1m] over a bare selector.
func RangeSelector(n parser.Node) *parser.VectorSelector {
	for {
		switch v := n.(type) {
		case *parser.MatrixSelector:
			n = v.VectorSelector
		case *parser.SubqueryExpr:
			n = v.Expr
		case *parser.ParenExpr:
			n = v.Expr
		case *parser.StepInvariantExpr:
			n = v.Expr
		case *parser.VectorSelector:
			return v
		default:
			return nil
		}
	}
}

// FirstVectorArg returns the first argument of c of a vector or matrix type.
func FirstVectorArg(c *parser.Call) parser.Expr {
	for _, arg := range c.Args {
		if arg == nil {
			continue
		}
		switch arg.Type() {
		case parser.ValueTypeVector, parser.ValueTypeMatrix:
			return arg
		}
	}
	return nil
}
