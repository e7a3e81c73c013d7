package chart

import (
	xfnt "golang.org/x/image/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Drawer is what a dashboard panel holds: Lines, Stat, Heatmap or Note.
type Drawer interface {
	Draw(c draw.Canvas)
}

// Note is a panel of text: a text panel, or what a preview cannot draw.
type Note struct {
	Title, Text string
}

// Draw draws the note's title and its text, a line at a time.
func (n Note) Draw(c draw.Canvas) {
	c = drawTitle(c, n.Title, 9, 0)
	sty := style(7, mutedColor)
	y := c.Max.Y
	for _, l := range wrap(sty, n.Text, c.Max.X-c.Min.X) {
		if y-lineHeight(sty) < c.Min.Y {
			break
		}
		c.FillText(sty, vg.Point{X: c.Min.X, Y: y}, l)
		y -= lineHeight(sty) + 1
	}
}

// Placed is a panel at its position on Grafana's grid: 24 columns, y and
// h in grid units, rows from the top.
type Placed struct {
	X, Y, W, H int
	// Row marks a row header: Panel is nil and Title is the row's.
	Row   bool
	Title string
	Panel Drawer
}

// Dashboard is a dashboard preview: a title, a note saying what it is,
// and the panels at their grid positions.
type Dashboard struct {
	Title, Note string
	Panels      []Placed
}

// Grid sizes: a column and a grid unit, in points.
const (
	colWidth   = vg.Length(40)
	unitHeight = vg.Length(20)
	header     = vg.Length(40)
)

// DashboardSVG draws the dashboard: each panel on its own tile at its
// grid position.
func DashboardSVG(d Dashboard) []byte {
	w, h := d.size()
	return render(w, h, d.Draw)
}

// size is the picture's size: the grid's width and as many grid units
// high as its lowest panel reaches, under the header.
func (d Dashboard) size() (w, h vg.Length) {
	rows := 1
	for _, p := range d.Panels {
		rows = max(rows, p.Y+p.H)
	}
	return 24*colWidth + 2*pad, header + vg.Length(rows)*unitHeight + 2*pad
}

// Draw draws the dashboard's title, its note and its panels in c.
func (d Dashboard) Draw(c draw.Canvas) {
	title := style(13, textColor)
	title.Font.Weight = xfnt.WeightBold
	c.FillText(title, vg.Point{X: c.Min.X, Y: c.Max.Y}, fit(title, d.Title, c.Max.X-c.Min.X))
	note := style(8, mutedColor)
	c.FillText(note, vg.Point{X: c.Min.X, Y: c.Max.Y - lineHeight(title) - 4}, fit(note, d.Note, c.Max.X-c.Min.X))
	top := c.Max.Y - header
	for _, p := range d.Panels {
		r := vg.Rectangle{
			Min: vg.Point{X: c.Min.X + vg.Length(p.X)*colWidth, Y: top - vg.Length(p.Y+p.H)*unitHeight},
			Max: vg.Point{X: c.Min.X + vg.Length(p.X+p.W)*colWidth, Y: top - vg.Length(p.Y)*unitHeight},
		}
		tile(c, r, p)
	}
}

// tile draws one panel (or row header) in its rectangle.
func tile(c draw.Canvas, r vg.Rectangle, p Placed) {
	const gap = vg.Length(3)
	r.Min.X += gap
	r.Min.Y += gap
	r.Max.X -= gap
	r.Max.Y -= gap
	if p.Row {
		sty := style(10, textColor)
		sty.Font.Weight = xfnt.WeightBold
		sty.YAlign = draw.YCenter
		c.FillText(sty, vg.Point{X: r.Min.X, Y: (r.Min.Y + r.Max.Y) / 2}, fit(sty, p.Title, r.Max.X-r.Min.X))
		return
	}
	c.FillPolygon(panelColor, rectPoints(r))
	c.StrokeLines(draw.LineStyle{Color: borderColor, Width: 0.75}, append(rectPoints(r), r.Min))
	inner := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
		Min: vg.Point{X: r.Min.X + 5, Y: r.Min.Y + 4},
		Max: vg.Point{X: r.Max.X - 5, Y: r.Max.Y - 4},
	}}
	if p.Panel != nil {
		p.Panel.Draw(inner)
	}
}
