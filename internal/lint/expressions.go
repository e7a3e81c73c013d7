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
	// Dashboard is the panel's dashboard, for KindPanel.
	Dashboard *catalogue.Dashboard
	// Src is the expression as written, with its position.
	Src catalogue.Expr
	// Parsed is the parsed expression; for panels, with Grafana's
	// variables substituted.
	Parsed *promql.Parsed
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
	for _, g := range c.Queries {
		for _, q := range g.Queries {
			add(&Expression{Kind: KindQuery, Title: q.Title, Src: q.Expr}, false)
		}
	}
	for di := range c.Dashboards {
		d := &c.Dashboards[di]
		for _, row := range d.Rows {
			for _, p := range row.Panels {
				for _, q := range p.Queries {
					add(&Expression{Kind: KindPanel, Title: p.Title, Dashboard: d, Src: q.Expr}, true)
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

// selectors calls f for each vector selector of the expression.
func (e *Expression) selectors(f func(vs *parser.VectorSelector)) {
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
