package chart

import (
	"bytes"
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// render draws a picture of the given size on a card and returns its SVG.
func render(w, h vg.Length, paint func(c draw.Canvas)) []byte {
	cv := vgsvg.New(w, h)
	dc := draw.New(cv)
	card(dc)
	paint(draw.Crop(dc, pad, -pad, pad, -pad))
	var b bytes.Buffer
	if _, err := cv.WriteTo(&b); err != nil {
		// vgsvg writes to memory, which does not fail.
		panic(err)
	}
	return withFallbackFonts(b.Bytes())
}

// pad is the margin inside the card.
const pad = vg.Length(8)

// card fills the picture with the card's background and border.
func card(c draw.Canvas) {
	r := c.Rectangle
	c.FillPolygon(cardColor, rectPoints(r))
	c.StrokeLines(draw.LineStyle{Color: borderColor, Width: 1}, append(rectPoints(r), r.Min))
}

func rectPoints(r vg.Rectangle) []vg.Point {
	return []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}}
}

// withFallbackFonts names fonts a reader has when the Liberation family
// the canvas names is missing: Arial and Helvetica share its metrics, so
// text keeps the width it was laid out with. vgsvg writes the family as
// it is, unquoted.
func withFallbackFonts(svg []byte) []byte {
	return []byte(strings.ReplaceAll(string(svg), "font-family:Liberation Sans;", "font-family:'Liberation Sans',Arial,Helvetica,sans-serif;"))
}
