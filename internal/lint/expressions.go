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
	// KindSLI is one part of an SLO's SLI (bad, good or total events, a
	// latency histogram's count, an availability series), linted as
	// obsgen reads it at a 5m window.
	KindSLI
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
	case KindSLI:
		return "SLI"
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
	// SLO is the objective of a KindSLI expression, and Part its field:
	// bad, good, total, histogram or metric.
	SLO  *catalogue.SLO
	Part string
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
	// Rules derived from SLOs are linted through the SLI parts they are
	// made of, where the spec wrote them.
	for _, r := range c.Alerts() {
		if r.SLO == nil {
			add(&Expression{Kind: KindAlert, Rule: r, Src: r.Expr}, false)
		}
	}
	for _, r := range c.Records() {
		if r.SLO == nil {
			add(&Expression{Kind: KindRecord, Rule: r, Src: r.Expr}, false)
		}
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
	for i := range c.SLOs {
		out = append(out, sliExpressions(c, &c.SLOs[i])...)
	}
	return out, unparsed
}

// sliExpressions returns the parts of an SLO's SLI that parse, as obsgen
// reads them at a 5m window: the rate of a selector summed, an expression
// with [$window] as [5m], the count of a latency histogram, the average of
// an availability series. Offsets map to the text as written; for a name
// written apart from its matchers, to the name.
func sliExpressions(c *catalogue.Catalogue, s *catalogue.SLO) []*Expression {
	var out []*Expression
	add := func(part string, src catalogue.Expr, p *promql.Parsed, err *promql.SyntaxError) {
		if err == nil && p != nil && p.Expr != nil {
			out = append(out, &Expression{Kind: KindSLI, SLO: s, Part: part, Title: s.Name, Src: src, Parsed: p})
		}
	}
	switch sli := s.SLI; {
	case sli.Ratio != nil:
		for _, part := range []struct {
			name string
			e    catalogue.Expr
		}{{"bad", sli.Ratio.Bad}, {"good", sli.Ratio.Good}, {"total", sli.Ratio.Total}} {
			if strings.TrimSpace(part.e.Text) != "" {
				p, err := catalogue.ParseSLIPart(part.e.Text)
				add(part.name, part.e, p, err)
			}
		}
	case sli.Latency != nil:
		l := sli.Latency
		series := l.Histogram + "_count"
		if m := c.Metric(l.Histogram); m != nil && !m.HasClassicSeries() {
			series = l.Histogram
		}
		src, prefix, suffix := namedPart(c, l.Pos, "histogram", series, l.Matchers, "sum(rate("+series, "[5m]))")
		p, err := promql.Wrapped(prefix, src.Text, suffix)
		add("histogram", src, p, err)
	case sli.Availability != nil:
		a := sli.Availability
		src, prefix, suffix := namedPart(c, a.Pos, "metric", a.Metric, a.Matchers, "avg(avg_over_time("+a.Metric, "[5m]))")
		p, err := promql.Wrapped(prefix, src.Text, suffix)
		add("metric", src, p, err)
	}
	return out
}

// namedPart is what lint reads of an SLI written as a name and matchers:
// the matchers, after the name in the prefix, or, without matchers, the
// name itself, written where the spec names it.
func namedPart(c *catalogue.Catalogue, owner catalogue.Pos, field, name string, matchers catalogue.Expr, prefix, suffix string) (catalogue.Expr, string, string) {
	if text := strings.TrimSpace(matchers.Text); text != "" {
		if !strings.HasPrefix(text, "{") {
			return matchers, prefix + "{", "}" + suffix
		}
		return matchers, prefix, suffix
	}
	at := strings.LastIndex(prefix, name)
	return catalogue.NewExpr(name, c.At(owner, field)), prefix[:at], suffix
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
