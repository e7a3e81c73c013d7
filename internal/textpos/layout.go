// Package textpos maps a byte offset inside a text value, such as a PromQL
// expression, back to the line and column of the file it was written in,
// so that a problem found at offset N of the value is reported where its
// reader sees it. It knows the layouts of plain, quoted and block strings
// (YAML scalars, Jsonnet literals); it knows nothing of what the text means.
package textpos

import (
	"strings"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/diag"
)

// Loc is a line and a character column, both counted from 1.
type Loc struct{ Line, Col int }

// Layout says where the characters of a text value were written, given
// where its first character was. The zero Layout is a plain value on one
// line: offset N is N characters right of the first. A Layout is read in
// order: At, then Cols, then Lines.
type Layout struct {
	// Lines holds the position of the first character of each line of a
	// block string (YAML | or >, a Jsonnet ||| block), in order.
	Lines []diag.Pos
	// Cols maps each byte offset of a single-line quoted string to its
	// column, so that escapes do not shift positions; one entry per byte
	// plus one for the end.
	Cols []int
	// At maps each byte offset of the text, and its end, to a line and
	// column of the start position's file: text located character by
	// character, possibly a format string whose placeholders were filled in.
	At []Loc
}

// Pos returns the file position of byte offset off in text, whose first
// character is at start. Offsets outside the text are clamped to it; a
// start without a line (a value known by its path only) is returned as is.
func (l Layout) Pos(start diag.Pos, text string, off int) diag.Pos {
	if off < 0 {
		off = 0
	}
	if off > len(text) {
		off = len(text)
	}
	p := start
	if p.Line == 0 {
		return p
	}
	if l.At != nil {
		if off < len(l.At) {
			p.Line, p.Col = l.At[off].Line, l.At[off].Col
		}
		return p
	}
	if l.Cols != nil && off < len(l.Cols) {
		p.Col = l.Cols[off]
		return p
	}
	k := strings.Count(text[:off], "\n")
	lineStart := strings.LastIndexByte(text[:off], '\n') + 1
	c := utf8.RuneCountInString(text[lineStart:off])
	switch {
	case k < len(l.Lines):
		p = l.Lines[k]
	case k > 0:
		return p
	}
	p.Col += c
	return p
}
