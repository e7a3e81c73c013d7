package promql

import "github.com/prometheus/prometheus/promql/parser"

// Nodes returns every node of type T below and including n, in the order
// parser.Inspect meets them: depth first, left to right as written.
func Nodes[T parser.Node](n parser.Node) []T {
	var out []T
	visit(n, func(c parser.Node) {
		if t, ok := c.(T); ok {
			out = append(out, t)
		}
	})
	return out
}

// visit calls f for every node below and including n, in the order
// parser.Inspect meets them. Inspect also keeps the path to each node and
// calls its function once more, with nil, after each node's children:
// a quarter of the time and a third of the allocations when no path is
// asked for, which is every walk of a whole expression here (each lint
// check lists the selectors of every expression).
func visit(n parser.Node, f func(parser.Node)) {
	if n == nil {
		return
	}
	f(n)
	for c := range parser.ChildrenIter(n) {
		visit(c, f)
	}
}

// Selectors returns the vector selectors of n, in the order written: the
// series the expression reads.
func Selectors(n parser.Node) []*parser.VectorSelector {
	return Nodes[*parser.VectorSelector](n)
}

// SelectorNames returns the metric name each vector selector of n selects
// (SelectorName), in the order written: "" for a selector that selects by
// labels only.
func SelectorNames(n parser.Node) []string {
	sels := Selectors(n)
	out := make([]string, len(sels))
	for i, vs := range sels {
		out[i] = SelectorName(vs)
	}
	return out
}

// Calls returns the function calls of n, in the order written.
func Calls(n parser.Node) []*parser.Call {
	var out []*parser.Call
	for _, c := range Nodes[*parser.Call](n) {
		if c.Func != nil {
			out = append(out, c)
		}
	}
	return out
}

// ClauseLabels returns the labels n names in by, without, on, ignoring,
// group_left and group_right clauses, in the order written.
func ClauseLabels(n parser.Node) []string {
	var out []string
	visit(n, func(c parser.Node) {
		switch c := c.(type) {
		case *parser.AggregateExpr:
			out = append(out, c.Grouping...)
		case *parser.BinaryExpr:
			if m := c.VectorMatching; m != nil {
				out = append(out, m.MatchingLabels...)
				out = append(out, m.Include...)
			}
		}
	})
	return out
}

// SummedRate returns S when e is sum(rate(S[w])) without grouping: the
// events a ratio SLI counts, as obsgen writes a selector's rate.
func SummedRate(e parser.Node) (*parser.VectorSelector, bool) {
	agg, ok := Unwrap(e).(*parser.AggregateExpr)
	if !ok || agg.Op != parser.SUM || len(agg.Grouping) > 0 || agg.Without {
		return nil, false
	}
	call, ok := Unwrap(agg.Expr).(*parser.Call)
	if !ok || call.Func == nil || call.Func.Name != "rate" || len(call.Args) != 1 {
		return nil, false
	}
	ms, ok := call.Args[0].(*parser.MatrixSelector)
	if !ok {
		return nil, false
	}
	vs, ok := ms.VectorSelector.(*parser.VectorSelector)
	return vs, ok
}

// Through returns the one expression a node passes its series through
// unchanged in kind (a range selector's selector, a subquery's,
// parenthesised, step-invariant or negated expression), and false for any
// other node.
func Through(n parser.Node) (parser.Expr, bool) {
	switch e := n.(type) {
	case *parser.MatrixSelector:
		return e.VectorSelector, true
	case *parser.SubqueryExpr:
		return e.Expr, true
	case *parser.ParenExpr:
		return e.Expr, true
	case *parser.StepInvariantExpr:
		return e.Expr, true
	case *parser.UnaryExpr:
		return e.Expr, true
	}
	return nil, false
}

// ShownSelectors returns the vector selectors of n whose values the
// expression shows: Selectors, without those of the side of a
// one-to-many multiplication that only adds labels
// (x * on(instance) group_left(rabbitmq_cluster) rabbitmq_identity_info,
// whose value is 1). Every panel of RabbitMQ's dashboards joins the same
// info metric; a panel showing x does not show it.
func ShownSelectors(n parser.Node) []*parser.VectorSelector {
	labelsOnly := map[*parser.VectorSelector]bool{}
	visit(n, func(c parser.Node) {
		b, ok := c.(*parser.BinaryExpr)
		if !ok || b.Op != parser.MUL || b.VectorMatching == nil || len(b.VectorMatching.Include) == 0 {
			return
		}
		var one parser.Expr
		switch b.VectorMatching.Card {
		case parser.CardManyToOne:
			one = b.RHS
		case parser.CardOneToMany:
			one = b.LHS
		default:
			return
		}
		for _, vs := range Selectors(one) {
			labelsOnly[vs] = true
		}
	})
	all := Selectors(n)
	if len(labelsOnly) == 0 {
		return all
	}
	out := make([]*parser.VectorSelector, 0, len(all))
	for _, vs := range all {
		if !labelsOnly[vs] {
			out = append(out, vs)
		}
	}
	return out
}
