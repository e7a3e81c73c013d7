package diag

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/words"
)

// Sources maps a file name, as it appears in positions, to its contents, so
// that text output can quote the offending line.
type Sources map[string][]byte

// Line returns the 1-based line of file, without its newline, and whether
// it exists. It scans the file; WriteText, which looks up many lines,
// indexes each file's line starts once instead.
func (s Sources) Line(file string, line int) (string, bool) {
	src, ok := s[file]
	if !ok {
		return "", false
	}
	return lineStarts(src).line(src, line)
}

// lines holds the offset at which each line of a source starts.
type lines []int

// lineStarts indexes the lines of src, in one pass.
func lineStarts(src []byte) lines {
	starts := lines{0}
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

// line returns the 1-based line n of src, without its line break.
func (x lines) line(src []byte, n int) (string, bool) {
	if n < 1 || n > len(x) {
		return "", false
	}
	start, end := x[n-1], len(src)
	if n < len(x) {
		end = x[n] - 1
	}
	return strings.TrimSuffix(string(src[start:end]), "\r"), true
}

// indexedSources looks lines up through an index of each file, made on
// first use: linear in the sources and the diagnostics together.
type indexedSources struct {
	src   Sources
	index map[string]lines
}

func (s *indexedSources) line(file string, n int) (string, bool) {
	src, ok := s.src[file]
	if !ok {
		return "", false
	}
	x, ok := s.index[file]
	if !ok {
		x = lineStarts(src)
		s.index[file] = x
	}
	return x.line(src, n)
}

// MaxPerFile is how many diagnostics of one file WriteText prints; the rest
// are counted on one line, so that a file with an error on every line of
// its 4 MiB costs neither minutes nor a scroll-back.
const MaxPerFile = 100

// WriteText prints each diagnostic as file:line:col: severity: code: message,
// followed, when the source line is known, by the line and a caret under
// the column: at most MaxPerFile for each file, the most severe, then a
// count of the rest.
// The list is sorted, so a file's diagnostics are together.
func WriteText(w io.Writer, l List, src Sources) error {
	var b strings.Builder
	idx := &indexedSources{src: src, index: map[string]lines{}}
	for i := 0; i < len(l); {
		j := i
		for j < len(l) && l[j].Pos.File == l[i].Pos.File {
			j++
		}
		shown, rest := mostSevere(l[i:j], MaxPerFile)
		for _, d := range shown {
			writeOne(&b, d, idx)
		}
		if len(rest) > 0 {
			fmt.Fprintf(&b, "%s: %d more %s not shown (%s), less severe or later in the file than those above; --format json lists every one\n",
				sanitizeLine(l[i].Pos.File), len(rest), words.Noun(len(rest), "diagnostic"), rest.Summary())
		}
		i = j
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mostSevere splits a file's diagnostics, in the order given, into the n
// most severe (errors before warnings before infos, each in that order) and
// the rest, keeping the order given in both: an error on line 900 is shown
// though a hundred infos come before it.
func mostSevere(l List, n int) (shown, rest List) {
	if len(l) <= n {
		return l, nil
	}
	idx := make([]int, len(l))
	for k := range idx {
		idx[k] = k
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(l[b].Severity, l[a].Severity) })
	keep := make([]bool, len(l))
	for _, k := range idx[:n] {
		keep[k] = true
	}
	for k, d := range l {
		if keep[k] {
			shown = append(shown, d)
		} else {
			rest = append(rest, d)
		}
	}
	return shown, rest
}

// writeOne prints one diagnostic and its excerpt.
func writeOne(b *strings.Builder, d Diagnostic, idx *indexedSources) {
	// One line per diagnostic: a message spanning lines (a parser's,
	// say) is joined, and control characters cannot reach the terminal.
	b.WriteString(sanitizeLine(strings.ReplaceAll(strings.ReplaceAll(d.String(), "\r\n", " "), "\n", " ")))
	b.WriteByte('\n')
	line, ok := idx.line(d.Pos.File, d.Pos.Line)
	if !ok || d.Pos.Col < 1 {
		return
	}
	line, d.Pos.Col = window(line, d.Pos.Col)
	line = sanitizeLine(line)
	fmt.Fprintf(b, "    %s\n", line)
	pad := caretPad(line, d.Pos.Col)
	n := max(1, d.Len)
	if width := utf8.RuneCountInString(line); pad+n > width+1 {
		n = max(1, width+1-pad)
	}
	fmt.Fprintf(b, "    %s%s\n", strings.Repeat(" ", pad), strings.Repeat("^", n))
}

// window keeps an excerpt readable: of a line over 200 characters, the 200
// around the 1-based character column col, which it returns adjusted.
// Columns count characters, not bytes.
func window(line string, col int) (string, int) {
	n := utf8.RuneCountInString(line)
	if n <= 200 {
		return line, col
	}
	start := max(0, min(col-100, n-200))
	from, to, k := len(line), len(line), 0
	for off := range line {
		if k == start {
			from = off
		}
		if k == start+200 {
			to = off
			break
		}
		k++
	}
	return line[from:to], col - start
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
	return min(col-1, utf8.RuneCountInString(line))
}
