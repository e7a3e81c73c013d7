package preview

import (
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// orderedPrefix begins the names under which ordered stores what a topk
// or bottomk ranks.
const orderedPrefix = "obsgen_preview_ranked_"

// ordered returns expr with the operand of every topk and bottomk that
// the query evaluates at its own steps replaced by a selector of its
// result, stored in the history first; expr itself when there is none.
//
// Prometheus's engine holds the result of a binary operation or a
// function of an instant vector in a map, so topk and bottomk meet its
// series in another order on every run; among equal values (and a healthy
// history's series are mostly equal) they keep the ones they meet first.
// A preview drawn from that changed from run to run, and `obsgen check`
// with it. A selector's series come sorted by their labels, so the engine
// picks the same ones every time, as it does over a selector in
// Prometheus. An operand that keeps the metric name, or a topk inside a
// subquery or range (evaluated at other times), is left alone.
func (e *Evaluator) ordered(expr parser.Expr) (parser.Expr, error) {
	if !rankingOperand(expr) {
		return expr, nil
	}
	// The tree may be the parse cache's: rewrite a copy.
	own, err := promql.Parser.ParseExpr(expr.String())
	if err != nil {
		return nil, err
	}
	var targets []*parser.AggregateExpr
	parser.Inspect(own, func(n parser.Node, path []parser.Node) error {
		if agg, ok := n.(*parser.AggregateExpr); ok && ranks(agg) && atOwnSteps(path) {
			targets = append(targets, agg)
		}
		return nil
	})
	// Deepest first: an inner topk's operand is stored before an outer
	// one's operand, which holds it, is evaluated.
	for i := len(targets) - 1; i >= 0; i-- {
		agg := targets[i]
		got, err := e.rangeQuery(agg.Expr.String(), e.start, e.end, Step)
		if err != nil {
			return nil, err
		}
		keepsName := false
		for _, s := range got {
			keepsName = keepsName || s.Labels.Has(model.MetricNameLabel)
		}
		if keepsName {
			continue
		}
		e.mu.Lock()
		e.rankedCount++
		name := orderedPrefix + strconv.Itoa(e.rankedCount)
		e.mu.Unlock()
		e.store(got, e.start, e.end, Step, func(b *labels.Builder) { b.Set(model.MetricNameLabel, name) })
		agg.Expr = &parser.VectorSelector{
			Name:          name,
			LabelMatchers: []*labels.Matcher{labels.MustNewMatcher(labels.MatchEqual, model.MetricNameLabel, name)},
		}
	}
	return own, nil
}

// rankingOperand reports whether expr holds a topk or bottomk of anything
// but a selector.
func rankingOperand(expr parser.Expr) bool {
	found := false
	parser.Inspect(expr, func(n parser.Node, _ []parser.Node) error {
		if agg, ok := n.(*parser.AggregateExpr); ok && ranks(agg) {
			found = true
		}
		return nil
	})
	return found
}

// ranks reports whether agg is a topk or bottomk of anything but a
// selector, whose series come sorted.
func ranks(agg *parser.AggregateExpr) bool {
	if agg.Op != parser.TOPK && agg.Op != parser.BOTTOMK {
		return false
	}
	_, selector := promql.Unwrap(agg.Expr).(*parser.VectorSelector)
	return !selector
}

// atOwnSteps reports whether a node below path is evaluated at the
// query's steps: not inside a subquery or a range.
func atOwnSteps(path []parser.Node) bool {
	for _, n := range path {
		switch n.(type) {
		case *parser.SubqueryExpr, *parser.MatrixSelector:
			return false
		}
	}
	return true
}

// unranked is series without the metric names ordered gave the operands
// it stored: a topk keeps its operand's labels.
func unranked(series []Series) []Series {
	for i, s := range series {
		if strings.HasPrefix(s.Labels.Get(model.MetricNameLabel), orderedPrefix) {
			b := labels.NewBuilder(s.Labels)
			b.Del(model.MetricNameLabel)
			series[i].Labels = b.Labels()
		}
	}
	return series
}
