package catalogue

import (
	"time"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/textpos"
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
	// layout says where its other characters were written.
	layout textpos.Layout
}

// NewExpr returns an expression written at pos, as a plain one-line scalar.
func NewExpr(text string, pos Pos) Expr { return Expr{Text: text, Pos: pos} }

// NewExprWithLayout returns an expression whose first character was written
// at pos and whose other characters are where layout says: a quoted or
// block scalar, a Jsonnet literal.
func NewExprWithLayout(text string, pos Pos, layout textpos.Layout) Expr {
	return Expr{Text: text, Pos: pos, layout: layout}
}

// String returns the expression text.
func (e Expr) String() string { return e.Text }

// OffsetPos returns the spec-file position of byte offset off in the text.
func (e Expr) OffsetPos(off int) Pos { return e.layout.Pos(e.Pos, e.Text, off) }

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
