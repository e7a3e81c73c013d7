package lint

import (
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/promql/parser/posrange"
)

// Kind says where an expression was written.
type Kind int

// The places expressions are written.
const (
	KindAlert Kind = iota
	KindRecord
	KindQuery
	KindPanel
)

// String names the kind for messages.
func (k Kind) String() string {
	switch k {
	case KindAlert:
		return "alert"
	case KindRecord:
		return "recording rule"
	case KindQuery:
		return "query"
	default:
		return "panel"
	}
}

// Expression is one PromQL expression of the catalogue, parsed.
type Expression struct {
	Kind Kind
	// Rule is the alerting or recording rule, for KindAlert and KindRecord.
	Rule *catalogue.Rule
	// Title is the query's or panel's title.
	Title string
	// Dashboard is the panel's dashboard, and Panel the panel, for
	// KindPanel.
	Dashboard *catalogue.Dashboard
	Panel     *catalogue.Panel
	// Query is the example query, for KindQuery.
	Query *catalogue.Query
	// Src is the expression as written, with its position.
	Src catalogue.Expr
	// Parsed is the parsed expression; for panels, with Grafana's
	// variables substituted.
	Parsed *promql.Parsed
}

// Expressions returns every PromQL expression of c that parses, in spec
// order: alerting and recording rules, example queries, dashboard panels
// (with Grafana's variables substituted). It is the one list of a
// catalogue's expressions: lint checks them, and diff reads through it which
// alerts, rules, queries and panels read a metric, so both see the same.
func Expressions(c *catalogue.Catalogue) []*Expression {
	if c == nil {
		return nil
	}
	out, _ := collect(c)
	return out
}

// collect gathers every expression of c that parses, and the texts of
// those that do not (validation reports them).
func collect(c *catalogue.Catalogue) ([]*Expression, []string) {
	var out []*Expression
	var unparsed []string
	add := func(e *Expression, grafana bool) {
		if strings.TrimSpace(e.Src.Text) == "" {
			return
		}
		p, err := promql.Parse(e.Src.Text, grafana)
		if err != nil || p == nil || p.Expr == nil {
			unparsed = append(unparsed, e.Src.Text)
			return
		}
		e.Parsed = p
		out = append(out, e)
	}
	for _, r := range c.Alerts() {
		add(&Expression{Kind: KindAlert, Rule: r, Src: r.Expr}, false)
	}
	for _, r := range c.Records() {
		add(&Expression{Kind: KindRecord, Rule: r, Src: r.Expr}, false)
	}
	for gi := range c.Queries {
		for qi := range c.Queries[gi].Queries {
			q := &c.Queries[gi].Queries[qi]
			add(&Expression{Kind: KindQuery, Title: q.Title, Query: q, Src: q.Expr}, false)
		}
	}
	for di := range c.Dashboards {
		d := &c.Dashboards[di]
		for ri := range d.Rows {
			for pi := range d.Rows[ri].Panels {
				p := &d.Rows[ri].Panels[pi]
				for _, q := range p.Queries {
					add(&Expression{Kind: KindPanel, Title: p.Title, Dashboard: d, Panel: p, Src: q.Expr}, true)
				}
			}
		}
	}
	return out, unparsed
}

// Root returns the parsed expression tree.
func (e *Expression) Root() parser.Expr { return e.Parsed.Expr }

// PosAt returns the spec position of byte offset off of the parsed text.
func (e *Expression) PosAt(off int) diag.Pos {
	return e.Src.OffsetPos(e.Parsed.OrigOffset(off))
}

// Pos returns the spec position where node n starts.
func (e *Expression) Pos(n parser.Node) diag.Pos {
	return e.PosAt(int(n.PositionRange().Start))
}

// Len returns how many bytes of the text as written node n spans.
func (e *Expression) Len(n parser.Node) int {
	return e.span(n.PositionRange())
}

// span returns how many bytes of the text as written a range of the parsed
// text covers.
func (e *Expression) span(r posrange.PositionRange) int {
	return max(0, e.Parsed.OrigOffset(int(r.End))-e.Parsed.OrigOffset(int(r.Start)))
}

// Text returns the parsed text of node n.
func (e *Expression) Text(n parser.Node) string {
	r := n.PositionRange()
	t := e.Parsed.Text
	start, end := clamp(int(r.Start), len(t)), clamp(int(r.End), len(t))
	if end < start {
		return ""
	}
	return t[start:end]
}

// clamp limits i to 0..n.
func clamp(i, n int) int { return min(max(i, 0), n) }

// Selectors calls f for each vector selector of the expression.
func (e *Expression) Selectors(f func(vs *parser.VectorSelector)) {
	parser.Inspect(e.Root(), func(n parser.Node, _ []parser.Node) error {
		if vs, ok := n.(*parser.VectorSelector); ok {
			f(vs)
		}
		return nil
	})
}

// calls calls f for each function call of the expression.
func (e *Expression) calls(f func(c *parser.Call)) {
	parser.Inspect(e.Root(), func(n parser.Node, _ []parser.Node) error {
		if c, ok := n.(*parser.Call); ok && c.Func != nil {
			f(c)
		}
		return nil
	})
}

// ClauseLabels returns the labels the expression names in by, without, on,
// ignoring, group_left and group_right clauses, in order of appearance.
func (e *Expression) ClauseLabels() []string {
	var out []string
	parser.Inspect(e.Root(), func(n parser.Node, _ []parser.Node) error {
		switch n := n.(type) {
		case *parser.AggregateExpr:
			out = append(out, n.Grouping...)
		case *parser.BinaryExpr:
			if m := n.VectorMatching; m != nil {
				out = append(out, m.MatchingLabels...)
				out = append(out, m.Include...)
			}
		}
		return nil
	})
	return out
}
