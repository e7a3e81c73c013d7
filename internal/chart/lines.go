package chart

import (
	"image/color"
	"math"
	"slices"

	xfnt "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Series is one line of a chart: its legend and its points, X in seconds.
// A NaN value is a gap.
type Series struct {
	Name string
	X, Y []float64
}

// Threshold is a constant drawn across a chart, dashed, with its label.
type Threshold struct {
	Value float64
	Label string
	// Color picks the series colour of that index; -1 is the alert red.
	Color int
}

// Span shades a stretch of time: when an alert was pending, or firing.
type Span struct {
	From, To float64
	Firing   bool
}

// Lines is a time-series chart.
type Lines struct {
	Title, Unit string
	Series      []Series
	Thresholds  []Threshold
	Spans       []Span
	// XLabel names the time axis; Legend lists the series under it.
	XLabel string
	Legend bool
	// Small draws for a dashboard panel rather than a page.
	Small bool
	// XMin and XMax fix the time axis when XMax > XMin, so that charts
	// drawn one above the other share it.
	XMin, XMax float64
}

// sizes of the texts of a chart, in points.
type sizes struct{ title, tick, legend vg.Length }

func (l Lines) sizes() sizes {
	if l.Small {
		return sizes{title: 9, tick: 7, legend: 7}
	}
	return sizes{title: 11, tick: 8, legend: 8}
}

// Draw draws the chart in c.
func (l Lines) Draw(c draw.Canvas) {
	sz := l.sizes()
	key := vg.Length(0)
	if len(l.Spans) > 0 {
		key = drawStateKey(c, sz.legend)
	}
	c = drawTitle(c, l.Title, sz.title, key)
	if l.Legend && len(l.Series) > 0 {
		c = drawLegend(c, l.Series, sz.legend)
	}
	p := plot.New()
	p.TextHandler = texts
	p.Legend.TextStyle.Handler = texts
	p.Title.TextStyle.Handler = texts
	// The card or tile behind shows through. (A transparent colour would
	// be written as an invalid fill: the canvas, as vgsvg, divides by its
	// alpha.)
	p.BackgroundColor = nil
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Color = borderColor
		ax.Tick.Color = borderColor
		ax.Tick.Label.Handler = texts
		ax.Label.TextStyle.Handler = texts
		ax.Tick.Label.Font = sans(sz.tick)
		ax.Tick.Label.Color = mutedColor
		ax.Label.TextStyle.Font = sans(sz.tick)
		ax.Label.TextStyle.Color = mutedColor
		ax.Padding = 2
	}
	p.X.Label.Text = l.XLabel
	p.X.Tick.Marker = &memoTicks{Ticker: durationTicks{}}
	p.Y.Tick.Marker = &memoTicks{Ticker: unitTicks{unit: l.Unit}}
	p.Add(grid{})
	for _, s := range l.Spans {
		p.Add(span(s))
	}
	for _, t := range l.Thresholds {
		p.Add(threshold{t, sz.tick})
	}
	for i, s := range l.Series {
		p.Add(line{s, seriesColor(i)})
	}
	if len(l.Series) == 0 {
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, 0, 1
	}
	if l.XMax > l.XMin {
		p.X.Min, p.X.Max = l.XMin, l.XMax
	}
	// Counts, rates and durations read against zero; a flat line at zero
	// sits at the bottom of a range of one.
	if p.Y.Min > 0 {
		p.Y.Min = 0
	}
	if p.Y.Max < 0 {
		p.Y.Max = 0
	}
	if p.Y.Max == p.Y.Min {
		p.Y.Max = p.Y.Min + 1
	}
	p.Draw(c)
	if !hasData(l.Series) {
		sty := style(sz.title, mutedColor)
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
		c.FillText(sty, c.Center(), "No data")
	}
}

// hasData reports whether some series has a value.
func hasData(ss []Series) bool {
	for _, s := range ss {
		for _, y := range s.Y {
			if !math.IsNaN(y) {
				return true
			}
		}
	}
	return false
}

// drawTitle writes a title at the top left, short of reserved at the
// right, and returns the canvas below it.
func drawTitle(c draw.Canvas, title string, size, reserved vg.Length) draw.Canvas {
	if title == "" {
		return c
	}
	sty := style(size, textColor)
	sty.Font.Weight = xfnt.WeightBold
	c.FillText(sty, vg.Point{X: c.Min.X, Y: c.Max.Y}, fit(sty, title, c.Max.X-c.Min.X-reserved))
	return draw.Crop(c, 0, 0, 0, -(lineHeight(sty) + 4))
}

// drawLegend lists the series under the chart, in rows, and returns the
// canvas above it. What does not fit in three rows is counted.
func drawLegend(c draw.Canvas, ss []Series, size vg.Length) draw.Canvas {
	sty := style(size, textColor)
	lh := lineHeight(sty) + 2
	const swatch, gap = vg.Length(10), vg.Length(10)
	avail := c.Max.X - c.Min.X
	type entry struct {
		x   vg.Length
		row int
	}
	var entries []entry
	x, row := vg.Length(0), 0
	shown := 0
	for _, s := range ss {
		w := swatch + 3 + min(width(sty, s.Name), avail-swatch-3)
		if x > 0 && x+w > avail {
			x, row = 0, row+1
		}
		if row == 3 {
			break
		}
		entries = append(entries, entry{x, row})
		x += w + gap
		shown++
	}
	rows := 1
	if len(entries) > 0 {
		rows = entries[len(entries)-1].row + 1
	}
	top := c.Min.Y + vg.Length(rows)*lh
	for i, e := range entries {
		y := top - vg.Length(e.row)*lh
		mid := y - lh/2
		c.StrokeLine2(draw.LineStyle{Color: seriesColor(i), Width: 2}, c.Min.X+e.x, mid, c.Min.X+e.x+swatch, mid)
		c.FillText(sty, vg.Point{X: c.Min.X + e.x + swatch + 3, Y: y}, fit(sty, ss[i].Name, avail-e.x-swatch-3))
	}
	if rest := len(ss) - shown; rest > 0 {
		more := style(size, mutedColor)
		more.XAlign = draw.XRight
		c.FillText(more, vg.Point{X: c.Max.X, Y: c.Min.Y + lh}, "+"+number(float64(rest))+" more")
	}
	return draw.Crop(c, 0, 0, vg.Length(rows)*lh+4, 0)
}

// maxPoints bounds the points a line is drawn through.
const maxPoints = 300

// line draws one series, broken at NaN values; a lone point is a dot.
type line struct {
	s   Series
	clr color.Color
}

// Plot implements plot.Plotter.
func (l line) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := draw.LineStyle{Color: l.clr, Width: 1.5}
	var seg []vg.Point
	flush := func() {
		switch len(seg) {
		case 0:
		case 1:
			c.DrawGlyph(draw.GlyphStyle{Color: l.clr, Radius: 1.5, Shape: draw.CircleGlyph{}}, seg[0])
		default:
			if slices.ContainsFunc(seg, func(pt vg.Point) bool { return !c.Contains(pt) }) {
				c.StrokeLines(sty, c.ClipLinesXY(seg)...)
			} else {
				c.StrokeLines(sty, seg) // all inside, where clipping keeps a line as it is, without its copies
			}
		}
		seg = nil
	}
	// A line of thousands of points (a test of days at one sample a
	// minute) is drawn through every stride-th one, and its last: the
	// picture is a few hundred points wide.
	stride := max(1, len(l.s.Y)/maxPoints)
	for i, y := range l.s.Y {
		if i%stride != 0 && i != len(l.s.Y)-1 {
			continue
		}
		if math.IsNaN(y) || math.IsInf(y, 0) {
			flush()
			continue
		}
		seg = append(seg, vg.Point{X: trX(l.s.X[i]), Y: trY(y)})
	}
	flush()
}

// DataRange implements plot.DataRanger.
func (l line) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for i, y := range l.s.Y {
		xmin, xmax = math.Min(xmin, l.s.X[i]), math.Max(xmax, l.s.X[i])
		if !math.IsNaN(y) && !math.IsInf(y, 0) {
			ymin, ymax = math.Min(ymin, y), math.Max(ymax, y)
		}
	}
	return xmin, xmax, ymin, ymax
}

// threshold draws a constant across the chart, dashed, labelled at its
// right end.
type threshold struct {
	t    Threshold
	size vg.Length
}

func (t threshold) color() color.Color {
	if t.t.Color < 0 {
		return thresholdColor
	}
	return seriesColor(t.t.Color)
}

// Plot implements plot.Plotter.
func (t threshold) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	y := trY(t.t.Value)
	c.StrokeLine2(draw.LineStyle{Color: t.color(), Width: 1, Dashes: []vg.Length{4, 3}}, c.Min.X, y, c.Max.X, y)
	if t.t.Label != "" {
		sty := style(t.size, t.color())
		sty.XAlign, sty.YAlign = draw.XRight, draw.YBottom
		c.FillText(sty, vg.Point{X: c.Max.X - 2, Y: y + 1}, t.t.Label)
	}
}

// DataRange implements plot.DataRanger: a threshold widens the value
// range to show itself, not the time range.
func (t threshold) DataRange() (xmin, xmax, ymin, ymax float64) {
	return math.Inf(1), math.Inf(-1), t.t.Value, t.t.Value
}

// span shades a stretch of time over the chart's height.
type span Span

// Plot implements plot.Plotter.
func (s span) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	clr := pendingColor
	if s.Firing {
		clr = firingColor
	}
	from, to := max(trX(s.From), c.Min.X), min(trX(s.To), c.Max.X)
	if to <= from {
		return
	}
	c.FillPolygon(clr, rectPoints(vg.Rectangle{Min: vg.Point{X: from, Y: c.Min.Y}, Max: vg.Point{X: to, Y: c.Max.Y}}))
}

// grid draws faint horizontal lines at the value ticks.
type grid struct{}

// Plot implements plot.Plotter.
func (grid) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	for _, t := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if t.IsMinor() {
			continue
		}
		y := trY(t.Value)
		c.StrokeLine2(draw.LineStyle{Color: gridColor, Width: 0.5}, c.Min.X, y, c.Max.X, y)
	}
}

// drawStateKey explains the shading at the top right (pending, firing)
// and returns its width.
func drawStateKey(c draw.Canvas, size vg.Length) vg.Length {
	sty := style(size, textColor)
	sty.XAlign = draw.XRight
	lh := lineHeight(sty)
	x := c.Max.X
	for _, k := range []struct {
		name string
		clr  color.Color
	}{{"firing", firingColor}, {"pending", pendingColor}} {
		c.FillText(sty, vg.Point{X: x, Y: c.Max.Y}, k.name)
		x -= width(sty, k.name) + 3
		c.FillPolygon(k.clr, rectPoints(vg.Rectangle{Min: vg.Point{X: x - lh, Y: c.Max.Y - lh}, Max: vg.Point{X: x, Y: c.Max.Y}}))
		x -= lh + 8
	}
	return c.Max.X - x
}
