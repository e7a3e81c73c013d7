package textpos

import (
	"strings"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/diag"
)

// BlockLines returns the position of the first content character of each of
// the count lines of a block scalar whose indicator is on line indicator.
func BlockLines(lines []string, indicator, count int, file string) []diag.Pos {
	indent := -1
	var out []diag.Pos
	for ln := indicator + 1; ln <= len(lines) && len(out) < count; ln++ {
		text := strings.TrimRight(lines[ln-1], "\r")
		if indent < 0 {
			if strings.TrimSpace(text) == "" {
				out = append(out, diag.Pos{File: file, Line: ln, Col: 1})
				continue
			}
			indent = len(text) - len(strings.TrimLeft(text, " "))
			// Earlier blank lines share the content's indentation.
			for i := range out {
				out[i].Col = indent + 1
			}
		}
		out = append(out, diag.Pos{File: file, Line: ln, Col: indent + 1})
	}
	return out
}

// BlockAt maps each byte offset of a block scalar's value (literal or
// folded), and its end, to the line and column it came from: a character
// to itself, a line break or the space folding made of one to the end of
// its line, and the end of the value to just past its last character. It
// returns nil when the value cannot be aligned with the source.
func BlockAt(lines []string, indicator int, text string) []Loc {
	type src struct {
		line, indent int
		content      string
	}
	var block []src
	indent := -1
	for ln := indicator + 1; ln <= len(lines); ln++ {
		raw := strings.TrimRight(lines[ln-1], "\r")
		if strings.TrimSpace(raw) == "" {
			block = append(block, src{line: ln})
			continue
		}
		n := len(raw) - len(strings.TrimLeft(raw, " "))
		if indent < 0 {
			indent = n
		}
		if n < indent {
			break
		}
		block = append(block, src{ln, indent, raw[indent:]})
	}
	if indent < 0 {
		return nil
	}
	loc := func(li, ci int) Loc {
		b := block[li]
		return Loc{b.line, b.indent + 1 + utf8.RuneCountInString(b.content[:ci])}
	}
	at := make([]Loc, len(text)+1)
	li, ci := 0, 0
	// Leading blank lines are not part of the value.
	for li < len(block)-1 && block[li].content == "" && (len(text) == 0 || text[0] != '\n') {
		li++
	}
	last := loc(li, 0)
	for i := 0; i < len(text); i++ {
		if li >= len(block) {
			return nil
		}
		c := block[li].content
		switch {
		case ci < len(c) && text[i] == c[ci]:
			at[i] = loc(li, ci)
			ci++
			last = loc(li, ci)
		case ci >= len(c) && (text[i] == '\n' || text[i] == ' '):
			at[i] = loc(li, ci)
			li, ci = li+1, 0
			for i+1 < len(text) && text[i+1] != '\n' && li < len(block)-1 && block[li].content == "" {
				li++
			}
		default:
			// More-indented folded lines keep spaces the source has not:
			// stay on the current character.
			at[i] = loc(li, min(ci, len(c)))
		}
	}
	at[len(text)] = last
	return at
}

// QuotedCols maps each byte offset of a single-line quoted scalar's value to
// the column it came from, so escapes (\" or ”) do not shift positions.
func QuotedCols(lines []string, line, col int, value string, double bool) []int {
	if line < 1 || line > len(lines) {
		return nil
	}
	raw := []rune(lines[line-1])
	if col-1 >= len(raw) {
		return nil
	}
	cols := make([]int, 0, len(value)+1)
	i := col // index just after the opening quote (col is 1-based)
	for len(cols) < len(value) && i < len(raw) {
		r := raw[i]
		width := 1
		if double && r == '\\' {
			width = 2
		} else if !double && r == '\'' && i+1 < len(raw) && raw[i+1] == '\'' {
			width = 2
		}
		n := len(string(r))
		if width == 2 && double {
			n = 1 // most escapes produce one byte; good enough for positions
		}
		for k := 0; k < n; k++ {
			cols = append(cols, i+1)
		}
		i += width
	}
	for len(cols) <= len(value) {
		cols = append(cols, i+1)
	}
	return cols
}
