package chart

import (
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Heatmap is a heatmap panel: one column of cells per time, one row per
// bucket (its upper bound), darker for more observations.
type Heatmap struct {
	Title, Unit string
	// Buckets are the rows' upper bounds, ascending; Cells[row][column].
	Buckets []float64
	Cells   [][]float64
}

// Draw draws the heatmap in c, bucket bounds on the left.
func (hm Heatmap) Draw(c draw.Canvas) {
	c = drawTitle(c, hm.Title, 9, 0)
	peak := 0.0
	for _, row := range hm.Cells {
		for _, v := range row {
			if !math.IsNaN(v) {
				peak = math.Max(peak, v)
			}
		}
	}
	if len(hm.Buckets) == 0 || peak == 0 {
		sty := style(9, mutedColor)
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
		c.FillText(sty, c.Center(), "No data")
		return
	}
	label := style(6, mutedColor)
	label.XAlign, label.YAlign = draw.XRight, draw.YCenter
	gutter := vg.Length(0)
	for _, b := range hm.Buckets {
		gutter = max(gutter, width(label, bound(b, hm.Unit)))
	}
	area := c
	area.Min.X += gutter + 3
	rows := len(hm.Buckets)
	rh := (area.Max.Y - area.Min.Y) / vg.Length(rows)
	every := int(math.Ceil(float64(lineHeight(label)) / float64(rh)))
	for r, b := range hm.Buckets {
		y0 := area.Min.Y + vg.Length(r)*rh
		if r%max(1, every) == 0 {
			c.FillText(label, vg.Point{X: area.Min.X - 3, Y: y0 + rh/2}, bound(b, hm.Unit))
		}
		cols := hm.Cells[r]
		cw := (area.Max.X - area.Min.X) / vg.Length(max(1, len(cols)))
		for i, v := range cols {
			if math.IsNaN(v) || v <= 0 {
				continue
			}
			x0 := area.Min.X + vg.Length(i)*cw
			c.FillPolygon(shade(v/peak), rectPoints(vg.Rectangle{Min: vg.Point{X: x0, Y: y0}, Max: vg.Point{X: x0 + cw, Y: y0 + rh}}))
		}
	}
}

// bound writes a bucket's upper bound.
func bound(b float64, unit string) string {
	if math.IsInf(b, 1) {
		return "+Inf"
	}
	return Format(b, unit)
}

// shade is the cell colour of a share of the peak: from pale to the
// first series colour.
func shade(f float64) color.Color {
	f = 0.15 + 0.85*math.Max(0, math.Min(1, f))
	lerp := func(a, b uint8) uint8 { return uint8(float64(a) + (float64(b)-float64(a))*f) }
	return color.NRGBA{R: lerp(0xDD, 0x00), G: lerp(0xEB, 0x5A), B: lerp(0xF7, 0x9E), A: 0xFF}
}
