package grafana

import (
	"github.com/obsgen/obsgen/internal/promql"
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/prometheus/promql/parser"
)

// targetLabel is the label Prometheus adds to every scraped series that
// tells one server from another.
const targetLabel = "instance"

// seriesLabels returns the names of the labels the series of expr carry
// that tell them apart, in a stable order: the grouping of an aggregation,
// or the instance and the catalogue labels of a selected metric.
func seriesLabels(c *catalogue.Catalogue, expr parser.Node) []string {
	switch e := expr.(type) {
	case *parser.VectorSelector:
		m, suffix := c.Series(promql.SelectorName(e))
		out := []string{targetLabel}
		if m != nil {
			out = append(out, m.Labels...)
			switch {
			case suffix == "_bucket":
				out = append(out, "le")
			case suffix == "" && m.Type == catalogue.Summary:
				out = append(out, "quantile")
			}
		}
		return out
	case *parser.MatrixSelector:
		return seriesLabels(c, e.VectorSelector)
	case *parser.SubqueryExpr:
		return seriesLabels(c, e.Expr)
	case *parser.ParenExpr:
		return seriesLabels(c, e.Expr)
	case *parser.StepInvariantExpr:
		return seriesLabels(c, e.Expr)
	case *parser.UnaryExpr:
		return seriesLabels(c, e.Expr)
	case *parser.Call:
		return callLabels(c, e)
	case *parser.AggregateExpr:
		return aggregateLabels(c, e)
	case *parser.BinaryExpr:
		return binaryLabels(c, e)
	}
	return nil
}

// callLabels are the labels of a function's result: those of its vector
// argument, less le for quantiles, plus the label that label_replace writes.
func callLabels(c *catalogue.Catalogue, call *parser.Call) []string {
	var vec parser.Node
	for _, a := range call.Args {
		if a.Type() == parser.ValueTypeVector || a.Type() == parser.ValueTypeMatrix {
			vec = a
			break
		}
	}
	if vec == nil {
		return nil
	}
	out := seriesLabels(c, vec)
	switch call.Func.Name {
	case "histogram_quantile", "histogram_fraction":
		out = without(out, "le")
	case "absent", "absent_over_time":
		return nil
	case "label_replace", "label_join":
		if len(call.Args) > 1 {
			if s, ok := call.Args[1].(*parser.StringLiteral); ok && !slices.Contains(out, s.Val) {
				out = append(out, s.Val)
			}
		}
	}
	return out
}

// aggregateLabels are the labels an aggregation keeps.
func aggregateLabels(c *catalogue.Catalogue, a *parser.AggregateExpr) []string {
	switch a.Op {
	case parser.TOPK, parser.BOTTOMK, parser.LIMITK, parser.LIMIT_RATIO:
		return seriesLabels(c, a.Expr)
	}
	var out []string
	if a.Without {
		out = seriesLabels(c, a.Expr)
		for _, l := range a.Grouping {
			out = without(out, l)
		}
	} else {
		out = slices.Clone(a.Grouping)
	}
	if a.Op == parser.COUNT_VALUES {
		if s, ok := a.Param.(*parser.StringLiteral); ok {
			out = append(out, s.Val)
		}
	}
	return out
}

// binaryLabels are the labels of a binary operation's result, following
// Prometheus's vector matching rules.
func binaryLabels(c *catalogue.Catalogue, b *parser.BinaryExpr) []string {
	lt, rt := b.LHS.Type(), b.RHS.Type()
	switch {
	case lt != parser.ValueTypeVector && rt != parser.ValueTypeVector:
		return nil
	case lt != parser.ValueTypeVector:
		return seriesLabels(c, b.RHS)
	case rt != parser.ValueTypeVector:
		return seriesLabels(c, b.LHS)
	}
	vm := b.VectorMatching
	if vm == nil || b.Op.IsSetOperator() {
		return seriesLabels(c, b.LHS)
	}
	switch vm.Card {
	case parser.CardManyToOne:
		return append(seriesLabels(c, b.LHS), vm.Include...)
	case parser.CardOneToMany:
		return append(seriesLabels(c, b.RHS), vm.Include...)
	}
	if vm.On {
		return slices.Clone(vm.MatchingLabels)
	}
	out := seriesLabels(c, b.LHS)
	for _, l := range vm.MatchingLabels {
		out = without(out, l)
	}
	return out
}

// without returns list less name.
func without(list []string, name string) []string {
	out := make([]string, 0, len(list))
	for _, l := range list {
		if l != name {
			out = append(out, l)
		}
	}
	return out
}

// legendFormat is a Grafana legend built from label names: "{{op}} {{code}}".
// Repeated names are written once.
func legendFormat(names []string) string {
	var parts []string
	seen := map[string]bool{}
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			parts = append(parts, "{{"+n+"}}")
		}
	}
	return strings.Join(parts, " ")
}
