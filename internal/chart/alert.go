package chart

import (
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// AlertSVG draws an alert's test: what the alert compares against its
// threshold over time, shaded where it was pending and firing, above the
// test's input series.
func AlertSVG(signal, inputs Lines) []byte {
	const w, h = vg.Length(640), vg.Length(400)
	return render(w, h, func(c draw.Canvas) {
		split := c.Min.Y + (c.Max.Y-c.Min.Y)*0.38
		top, bottom := c, c
		top.Min.Y = split + 6
		bottom.Max.Y = split - 6
		signal.Draw(top)
		inputs.Draw(bottom)
	})
}

// SVG draws one chart on a card of the given size in points.
func SVG(w, h vg.Length, d Drawer) []byte {
	return render(w, h, d.Draw)
}
