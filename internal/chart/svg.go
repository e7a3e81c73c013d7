package chart

import (
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// render draws a picture of the given size on a card and returns its SVG.
func render(w, h vg.Length, paint func(c draw.Canvas)) []byte {
	cv := newCanvas(w, h)
	onCard(cv, paint)
	return cv.bytes()
}

// onCard paints on a card that fills the canvas, inside its margin.
func onCard(cv vg.CanvasSizer, paint func(c draw.Canvas)) {
	dc := draw.New(cv)
	card(dc)
	paint(draw.Crop(dc, pad, -pad, pad, -pad))
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
