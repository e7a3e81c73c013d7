package promql

import "github.com/prometheus/prometheus/promql/parser/posrange"

// The parser keeps no positions for label names in matchers and in by,
// without, on, ignoring, group_left and group_right clauses; these find
// them in the expression's text.

// IdentOffset returns the offset of the first identifier token equal to
// name in text[from:to], outside string literals, comments and the skipped
// ranges, or -1.
func IdentOffset(text string, from, to int, name string, skip ...posrange.PositionRange) int {
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

// IdentAfter finds the first of the keywords in text[from:to] (outside the
// skipped ranges), then name after it; it returns name's offset or -1.
func IdentAfter(text string, from, to int, keywords []string, name string, skip ...posrange.PositionRange) int {
	for _, kw := range keywords {
		k := IdentOffset(text, from, to, kw, skip...)
		if k < 0 {
			continue
		}
		if i := IdentOffset(text, k+len(kw), to, name, skip...); i >= 0 {
			return i
		}
	}
	return -1
}

// eachIdent calls f with the offset and text of each identifier token in
// text[from:to], outside string literals and comments, until f returns false.
func eachIdent(text string, from, to int, f func(i int, id string) bool) {
	to = clampOffset(to, len(text))
	for i := clampOffset(from, len(text)); i < to; {
		c := text[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			i = skipString(text, i)
		case c == '#':
			i = skipComment(text, i)
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

// skipString returns the offset just past the string literal starting at
// i: a backslash escapes the next byte, except in a raw `string`.
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

// skipComment returns the offset of the end of the line of the comment
// starting at i.
func skipComment(text string, i int) int {
	for i < len(text) && text[i] != '\n' {
		i++
	}
	return i
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

// clampOffset limits i to 0..n.
func clampOffset(i, n int) int { return min(max(i, 0), n) }

// Idents returns the identifier tokens of text outside string literals and
// comments, in order: the names an expression uses, also when it does not
// parse.
func Idents(text string) []string {
	var out []string
	eachIdent(text, 0, len(text), func(_ int, id string) bool {
		out = append(out, id)
		return true
	})
	return out
}
