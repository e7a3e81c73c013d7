package chart

import (
	"math"
	"strings"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// handler is gonum's plain text handler with the widths of texts, and
// each font's face and extents, remembered: a dashboard of twenty panels
// measures the same tick labels ("0", "10m", "1h") hundreds of times, and
// measuring is most of the cost of drawing a small chart. It is safe for
// concurrent use.
type handler struct {
	text.Plain
	fonts fontTable
}

// texts is the handler every chart's text goes through.
var texts = &handler{Plain: text.Plain{Fonts: font.DefaultCache}, fonts: fontTable{cache: font.DefaultCache}}

// width measures one line of text.
func (h *handler) width(txt string, fnt font.Font) vg.Length {
	return h.fonts.lookup(fnt).width(txt)
}

// Extents implements text.Handler with the remembered extents.
func (h *handler) Extents(fnt font.Font) font.Extents {
	return h.fonts.lookup(fnt).ext
}

// Box implements text.Handler with the remembered width.
func (h *handler) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	ext := h.Extents(fnt)
	return h.width(txt, fnt), ext.Ascent, ext.Descent
}

// Draw implements text.Handler as text.Plain does, with remembered widths.
func (h *handler) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	txt = strings.TrimRight(txt, "\n")
	if len(txt) == 0 {
		return
	}
	fnt := h.fonts.lookup(sty.Font).face
	c.SetColor(sty.Color)
	if sty.Rotation != 0 {
		c.Push()
		c.Rotate(sty.Rotation)
	}
	sin64, cos64 := math.Sincos(sty.Rotation)
	cos, sin := vg.Length(cos64), vg.Length(sin64)
	pt.X, pt.Y = pt.Y*sin+pt.X*cos, pt.Y*cos-pt.X*sin
	lines := h.Lines(txt)
	ht := sty.Height(txt)
	pt.Y += ht*vg.Length(sty.YAlign) - h.Extents(sty.Font).Ascent
	for i, line := range lines {
		xoffs := vg.Length(sty.XAlign) * h.width(line, sty.Font)
		n := vg.Length(len(lines) - i)
		c.FillString(fnt, pt.Add(vg.Point{X: xoffs, Y: n * sty.Font.Size}), line)
	}
	if sty.Rotation != 0 {
		c.Pop()
	}
}
