package catalogue

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/prometheus/common/model"
)

// Pos is where a value was written in a spec file.
type Pos = diag.Pos

// Expr is a PromQL expression together with where it was written, so that a
// problem at byte offset N inside the expression can be reported at the
// right line and column of the spec file.
type Expr struct {
	Text string
	// Pos is the position of the expression's first character.
	Pos Pos
	// lines holds the position of the first character of each line of a
	// block scalar (| or >), in order.
	lines []Pos
	// cols maps a byte offset of a single-line quoted scalar to its column,
	// accounting for escapes; one entry per byte plus one for the end.
	cols []int
	// at maps each byte offset of the text, and its end, to a line and
	// column of Pos.File: text located in a Jsonnet literal, possibly a
	// format string whose placeholders were filled in.
	at []textLoc
}

// textLoc is a line and a character column, both counted from 1.
type textLoc struct{ line, col int }

// NewExpr returns an expression written at pos, as a plain one-line scalar.
func NewExpr(text string, pos Pos) Expr { return Expr{Text: text, Pos: pos} }

// String returns the expression text.
func (e Expr) String() string { return e.Text }

// OffsetPos returns the spec-file position of byte offset off in the text.
func (e Expr) OffsetPos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(e.Text) {
		off = len(e.Text)
	}
	p := e.Pos
	if p.Line == 0 {
		return p
	}
	if e.at != nil {
		if off < len(e.at) {
			p.Line, p.Col = e.at[off].line, e.at[off].col
		}
		return p
	}
	if e.cols != nil && off < len(e.cols) {
		p.Col = e.cols[off]
		return p
	}
	k := strings.Count(e.Text[:off], "\n")
	lineStart := strings.LastIndexByte(e.Text[:off], '\n') + 1
	c := utf8.RuneCountInString(e.Text[lineStart:off])
	switch {
	case k < len(e.lines):
		p = e.lines[k]
	case k > 0:
		return p
	}
	p.Col += c
	return p
}

// Duration is a Prometheus duration such as 30s, 5m or 1h30m.
type Duration model.Duration

// String prints the duration the way Prometheus writes it ("5m", "1h30m").
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	return model.Duration(d).String()
}

// Std returns the duration as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }
