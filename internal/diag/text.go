package diag

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Sources maps a file name, as it appears in positions, to its contents, so
// that text output can quote the offending line.
type Sources map[string][]byte

// Line returns the 1-based line of file, without its newline, and whether it exists.
func (s Sources) Line(file string, line int) (string, bool) {
	src, ok := s[file]
	if !ok || line < 1 {
		return "", false
	}
	for n := 1; ; n++ {
		i := bytes.IndexByte(src, '\n')
		if n == line {
			if i < 0 {
				return string(src), true
			}
			return strings.TrimSuffix(string(src[:i]), "\r"), true
		}
		if i < 0 {
			return "", false
		}
		src = src[i+1:]
	}
}

// WriteText prints each diagnostic as file:line:col: severity: code: message,
// followed, when the source line is known, by the line and a caret under the column.
func WriteText(w io.Writer, l List, src Sources) error {
	var b strings.Builder
	for _, d := range l {
		// One line per diagnostic: a message spanning lines (a parser's,
		// say) is joined, and control characters cannot reach the terminal.
		b.WriteString(sanitizeLine(strings.ReplaceAll(strings.ReplaceAll(d.String(), "\r\n", " "), "\n", " ")))
		b.WriteByte('\n')
		line, ok := src.Line(d.Pos.File, d.Pos.Line)
		if !ok || d.Pos.Col < 1 {
			continue
		}
		line = sanitizeLine(line)
		if runes := []rune(line); len(runes) > 200 {
			// Keep the excerpt readable: a window around the column, cut
			// at characters (columns count characters, not bytes).
			start := max(0, min(d.Pos.Col-100, len(runes)-200))
			line = string(runes[start : start+200])
			d.Pos.Col -= start
		}
		fmt.Fprintf(&b, "    %s\n", line)
		pad := caretPad(line, d.Pos.Col)
		n := max(1, d.Len)
		if width := len([]rune(line)); pad+n > width+1 {
			n = max(1, width+1-pad)
		}
		fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", pad), strings.Repeat("^", n))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// sanitizeLine replaces control characters so an excerpt cannot move the
// terminal cursor or inject escape sequences, and bidirectional controls
// and line separators so it cannot reorder what the reader sees; tabs
// become spaces.
func sanitizeLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case r < 0x20, r >= 0x7f && r <= 0x9f, r == 0xfffd,
			r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
			r == 0x2028, r == 0x2029:
			return '?'
		}
		return r
	}, s)
}

// caretPad returns how many spaces go before the caret for a 1-based
// character column (YAML columns count characters, not bytes).
func caretPad(line string, col int) int {
	return min(col-1, len([]rune(line)))
}
