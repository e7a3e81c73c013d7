package lint

import (
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/promql/parser/posrange"
)

// Where label names are written: the parser keeps no positions for them,
// promql finds them in the text.

// matcherOffset returns where the matcher on label name is written in a
// selector, or the selector's start.
func (e *Expression) matcherOffset(vs *parser.VectorSelector, name string) int {
	r := vs.PositionRange()
	start := int(r.Start)
	if vs.Name != "" {
		start += len(vs.Name)
	}
	if i := promql.IdentOffset(e.Parsed.Text, start, int(r.End), name); i >= 0 {
		return i
	}
	return int(r.Start)
}

// groupingOffset returns where label name is written in an aggregation's
// by or without clause, or the aggregation's start.
func (e *Expression) groupingOffset(a *parser.AggregateExpr, name string) int {
	r := a.PositionRange()
	var skip []posrange.PositionRange
	if a.Expr != nil {
		skip = append(skip, a.Expr.PositionRange())
	}
	if a.Param != nil {
		skip = append(skip, a.Param.PositionRange())
	}
	if i := promql.IdentAfter(e.Parsed.Text, int(r.Start), int(r.End), []string{"by", "without"}, name, skip...); i >= 0 {
		return i
	}
	return int(r.Start)
}

// matchingOffset returns where label name is written in a binary
// operation's on, ignoring, group_left or group_right clause (keyword
// chooses which), or the operation's start.
func (e *Expression) matchingOffset(b *parser.BinaryExpr, keywords []string, name string) int {
	from, to := int(b.PositionRange().Start), int(b.PositionRange().End)
	if b.LHS != nil {
		from = int(b.LHS.PositionRange().End)
	}
	if b.RHS != nil {
		to = int(b.RHS.PositionRange().Start)
	}
	if i := promql.IdentAfter(e.Parsed.Text, from, to, keywords, name); i >= 0 {
		return i
	}
	return int(b.PositionRange().Start)
}
