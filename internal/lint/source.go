package lint

import (
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/promql/parser/posrange"
)

// The parser does not keep positions for label names in matchers and
// grouping clauses; these helpers find them in the expression's text.

// findIdent returns the offset of the first identifier token equal to name
// in text[from:to], outside string literals, comments and the skipped
// ranges, or -1.
func findIdent(text string, from, to int, name string, skip ...posrange.PositionRange) int {
	found := -1
	eachIdent(text, from, to, func(i int, id string) bool {
		if id == name && !inRanges(i, skip) {
			found = i
			return false
		}
		return true
	})
	return found
}

// eachIdent calls f with the offset and text of each identifier token in
// text[from:to], outside string literals and comments, until f returns false.
func eachIdent(text string, from, to int, f func(i int, id string) bool) {
	to = clamp(to, len(text))
	for i := clamp(from, len(text)); i < to; {
		c := text[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			i = skipString(text, i)
		case c == '#':
			for i < len(text) && text[i] != '\n' {
				i++
			}
		case c >= '0' && c <= '9':
			for i < to && isIdentByte(text[i]) {
				i++
			}
		case isIdentStart(c):
			j := i
			for j < to && isIdentByte(text[j]) {
				j++
			}
			if !f(i, text[i:j]) {
				return
			}
			i = j
		default:
			i++
		}
	}
}

// findAfter finds the first of the keywords in text[from:to] (outside the
// skipped ranges), then name after it; it returns name's offset or -1.
func findAfter(text string, from, to int, keywords []string, name string, skip ...posrange.PositionRange) int {
	for _, kw := range keywords {
		k := findIdent(text, from, to, kw, skip...)
		if k < 0 {
			continue
		}
		if i := findIdent(text, k+len(kw), to, name, skip...); i >= 0 {
			return i
		}
	}
	return -1
}

// skipString returns the offset just past the string literal starting at i.
func skipString(text string, i int) int {
	q := text[i]
	for i++; i < len(text); i++ {
		switch text[i] {
		case '\\':
			if q != '`' {
				i++
			}
		case q:
			return i + 1
		}
	}
	return len(text)
}

// isIdentStart reports whether c may start a PromQL identifier.
func isIdentStart(c byte) bool {
	return c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isIdentByte reports whether c may continue a PromQL identifier.
func isIdentByte(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

// inRanges reports whether offset i falls in one of the ranges.
func inRanges(i int, rs []posrange.PositionRange) bool {
	for _, r := range rs {
		if i >= int(r.Start) && i < int(r.End) {
			return true
		}
	}
	return false
}

// matcherOffset returns where the matcher on label name is written in a
// selector, or the selector's start.
func (e *Expression) matcherOffset(vs *parser.VectorSelector, name string) int {
	r := vs.PositionRange()
	start := int(r.Start)
	if vs.Name != "" {
		start += len(vs.Name)
	}
	if i := findIdent(e.Parsed.Text, start, int(r.End), name); i >= 0 {
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
	if i := findAfter(e.Parsed.Text, int(r.Start), int(r.End), []string{"by", "without"}, name, skip...); i >= 0 {
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
	if i := findAfter(e.Parsed.Text, from, to, keywords, name); i >= 0 {
		return i
	}
	return int(b.PositionRange().Start)
}
