package lint

import (
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// labelSet is what is known of the labels an expression's result carries.
type labelSet struct {
	// any is set when the labels are unknown (an undefined series, ALERTS):
	// every label may be present and no check can tell.
	any   bool
	names map[string]bool
}

// anyLabels is the set of an expression whose labels cannot be known.
func anyLabels() labelSet { return labelSet{any: true} }

// setOf is the set of exactly the given labels.
func setOf(names ...string) labelSet {
	s := labelSet{names: make(map[string]bool, len(names))}
	for _, n := range names {
		if n != "" {
			s.names[n] = true
		}
	}
	return s
}

// has reports whether the result may carry label l.
func (s labelSet) has(l string) bool { return s.any || s.names[l] }

// with returns s plus the given labels.
func (s labelSet) with(ls ...string) labelSet {
	if s.any {
		return s
	}
	out := setOf(ls...)
	for n := range s.names {
		out.names[n] = true
	}
	return out
}

// without returns s minus the given labels.
func (s labelSet) without(ls ...string) labelSet {
	if s.any {
		return s
	}
	drop := setOf(ls...)
	out := setOf()
	for n := range s.names {
		if !drop.names[n] {
			out.names[n] = true
		}
	}
	return out
}

// keep returns the given labels that s may carry.
func (s labelSet) keep(ls ...string) labelSet {
	out := setOf()
	for _, l := range ls {
		if s.has(l) {
			out.names[l] = true
		}
	}
	return out
}

// union returns the labels either set may carry.
func (s labelSet) union(t labelSet) labelSet {
	if s.any || t.any {
		return anyLabels()
	}
	return s.with(t.list()...)
}

// list returns the labels, sorted.
func (s labelSet) list() []string {
	out := make([]string, 0, len(s.names))
	for n := range s.names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// String prints the set for messages: "{instance, job, op}".
func (s labelSet) String() string {
	if s.any {
		return "{any}"
	}
	return "{" + strings.Join(s.list(), ", ") + "}"
}

// labelsOf returns the labels the result of n carries.
func (x *Context) labelsOf(n parser.Node) labelSet {
	if n == nil {
		return setOf()
	}
	cacheable := false
	switch n.(type) {
	case *parser.VectorSelector, *parser.MatrixSelector, *parser.Call, *parser.AggregateExpr,
		*parser.BinaryExpr, *parser.ParenExpr, *parser.SubqueryExpr, *parser.UnaryExpr:
		cacheable = true
		if s, ok := x.labelMemo[n]; ok {
			return s
		}
	}
	s := x.computeLabels(n)
	if cacheable {
		x.labelMemo[n] = s
	}
	return s
}

// computeLabels works out labelsOf for one node.
func (x *Context) computeLabels(n parser.Node) labelSet {
	switch v := n.(type) {
	case *parser.VectorSelector:
		return x.selectorLabels(v)
	case *parser.MatrixSelector:
		return x.labelsOf(v.VectorSelector)
	case *parser.SubqueryExpr:
		return x.labelsOf(v.Expr)
	case *parser.ParenExpr:
		return x.labelsOf(v.Expr)
	case *parser.StepInvariantExpr:
		return x.labelsOf(v.Expr)
	case *parser.UnaryExpr:
		return x.labelsOf(v.Expr)
	case *parser.Call:
		return x.callLabels(v)
	case *parser.AggregateExpr:
		return x.aggregateLabels(v)
	case *parser.BinaryExpr:
		return x.binaryLabels(v)
	}
	// Numbers, strings and anything new: no labels.
	return setOf()
}

// selectorLabels returns the labels of the series a selector reads.
func (x *Context) selectorLabels(vs *parser.VectorSelector) labelSet {
	s := x.resolve(selectorName(vs))
	switch {
	case s.metric != nil:
		out := setOf(s.metric.Labels...).with(x.targetLabels(s.cat)...)
		switch {
		case s.suffix == "_bucket":
			out = out.with("le")
		case s.suffix == "" && s.metric.Type == catalogue.Summary:
			out = out.with("quantile")
		}
		return out
	case s.records != nil:
		return x.recordLabels(s.name)
	case s.builtin != nil && !s.builtin.anyLabels:
		return setOf(x.targetLabels(nil)...)
	}
	return anyLabels()
}

// recordLabels returns the labels of a recorded series: those of each
// rule's expression plus the rule's own labels. A cycle of recording
// rules, or one that does not parse, carries unknown labels.
func (x *Context) recordLabels(name string) labelSet {
	switch x.recordState[name] {
	case 1:
		return anyLabels()
	case 2:
		return x.recordSets[name]
	}
	x.recordState[name] = 1
	var out labelSet
	for i, r := range x.records[name] {
		var s labelSet
		p, err := promql.Parse(r.Expr.Text, false)
		if err != nil || p == nil || p.Expr == nil {
			s = anyLabels()
		} else {
			s = x.labelsOf(p.Expr)
		}
		for k := range r.Labels {
			s = s.with(k)
		}
		if i == 0 {
			out = s
		} else {
			out = out.union(s)
		}
	}
	x.recordState[name] = 2
	x.recordSets[name] = out
	return out
}

// callLabels returns the labels of a function's result.
func (x *Context) callLabels(c *parser.Call) labelSet {
	if c.Func == nil {
		return anyLabels()
	}
	switch c.Func.Name {
	case "histogram_quantile", "histogram_fraction":
		if len(c.Args) == 0 {
			return setOf()
		}
		return x.labelsOf(c.Args[len(c.Args)-1]).without("le")
	case "label_replace", "label_join":
		if len(c.Args) < 2 {
			return anyLabels()
		}
		dst, ok := unparen(c.Args[1]).(*parser.StringLiteral)
		if !ok {
			return anyLabels()
		}
		return x.labelsOf(c.Args[0]).with(dst.Val)
	case "absent", "absent_over_time":
		// absent() returns one series carrying the equality matchers'
		// labels of its argument.
		if len(c.Args) == 0 {
			return setOf()
		}
		vs := unwrapRange(c.Args[0])
		if vs == nil {
			return setOf()
		}
		out := setOf()
		for _, m := range vs.LabelMatchers {
			if m != nil && m.Type == labels.MatchEqual && m.Name != labels.MetricName {
				out.names[m.Name] = true
			}
		}
		return out
	case "vector", "scalar", "time", "pi":
		return setOf()
	case "info":
		return anyLabels()
	}
	if a := firstArg(c); a != nil {
		return x.labelsOf(a)
	}
	return setOf()
}

// aggregateLabels returns the labels of an aggregation's result.
func (x *Context) aggregateLabels(a *parser.AggregateExpr) labelSet {
	inner := x.labelsOf(a.Expr)
	switch a.Op {
	case parser.TOPK, parser.BOTTOMK, parser.LIMITK, parser.LIMIT_RATIO:
		return inner
	}
	var out labelSet
	if a.Without {
		out = inner.without(append([]string{labels.MetricName}, a.Grouping...)...)
	} else {
		out = inner.keep(a.Grouping...)
	}
	if a.Op == parser.COUNT_VALUES {
		if s, ok := unparen(a.Param).(*parser.StringLiteral); ok {
			out = out.with(s.Val)
		}
	}
	return out
}

// binaryLabels returns the labels of a binary operation's result, as
// Prometheus's vector matching builds them.
func (x *Context) binaryLabels(b *parser.BinaryExpr) labelSet {
	lScalar := b.LHS == nil || b.LHS.Type() != parser.ValueTypeVector
	rScalar := b.RHS == nil || b.RHS.Type() != parser.ValueTypeVector
	switch {
	case lScalar && rScalar:
		return setOf()
	case lScalar:
		return x.labelsOf(b.RHS)
	case rScalar:
		return x.labelsOf(b.LHS)
	}
	lhs, rhs := x.labelsOf(b.LHS), x.labelsOf(b.RHS)
	switch b.Op {
	case parser.LAND, parser.LUNLESS:
		return lhs
	case parser.LOR:
		return lhs.union(rhs)
	}
	vm := b.VectorMatching
	if vm == nil {
		return lhs
	}
	switch vm.Card {
	case parser.CardManyToOne:
		return lhs.with(vm.Include...)
	case parser.CardOneToMany:
		return rhs.with(vm.Include...)
	}
	if vm.On {
		return lhs.keep(vm.MatchingLabels...)
	}
	return lhs.without(vm.MatchingLabels...)
}

// alertLabels returns the labels an alert carries when Prometheus sends it
// to Alertmanager: its expression's result, the rule's own labels,
// alertname, and the organisation's external labels (Prometheus adds them
// to the alerts it sends). Unknown when the expression does not parse.
func (x *Context) alertLabels(r *catalogue.Rule) labelSet {
	if x.alertSets == nil {
		x.alertSets = map[*catalogue.Rule]labelSet{}
	}
	if s, ok := x.alertSets[r]; ok {
		return s
	}
	s := anyLabels()
	for _, e := range x.Exprs {
		if e.Kind == KindAlert && e.Rule == r {
			s = x.labelsOf(e.Root())
			break
		}
	}
	s = s.with("alertname")
	for k := range r.Labels {
		s = s.with(k)
	}
	for _, l := range x.C.ExternalLabels() {
		s = s.with(l.Name)
	}
	x.alertSets[r] = s
	return s
}
