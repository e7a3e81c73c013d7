package chart

import (
	"time"

	xfnt "golang.org/x/image/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Value is one number of a stat panel, with its legend, and the text and
// colour a value mapping shows it in ("" for the number, and the series'
// colour): Color is a Grafana colour name (green, dark-red) or #rrggbb.
type Value struct {
	Name        string
	Value       float64
	Text, Color string
}

// Stat is a stat (or gauge) panel: each value as a large number, or its
// name where ShowName is set (Grafana's text mode name: a version from a
// build info's labels).
type Stat struct {
	Title, Unit string
	Values      []Value
	ShowName    bool
	// Now is when the values were read, for a unit shown from now
	// (dateTimeFromNow); zero writes such values as dates.
	Now time.Time
}

// Draw draws the stat in c: values side by side, each with its name
// under it when there are several.
func (s Stat) Draw(c draw.Canvas) {
	c = drawTitle(c, s.Title, 9, 0)
	if len(s.Values) == 0 {
		sty := style(9, mutedColor)
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
		c.FillText(sty, c.Center(), "No data")
		return
	}
	shown := s.Values[:min(len(s.Values), 4)]
	w := (c.Max.X - c.Min.X) / vg.Length(len(shown))
	h := c.Max.Y - c.Min.Y
	size := min(h*0.4, w*0.22, 26)
	for i, v := range shown {
		cell := c
		cell.Min.X = c.Min.X + vg.Length(i)*w
		cell.Max.X = cell.Min.X + w
		big := style(size, grafanaColor(v.Color, seriesColor(0)))
		big.Font.Weight = xfnt.WeightBold
		big.XAlign, big.YAlign = draw.XCenter, draw.YCenter
		mid := cell.Center()
		text := FormatAt(v.Value, s.Unit, s.Now)
		if v.Text != "" {
			text = v.Text
		}
		if s.ShowName {
			text = v.Name
		}
		c.FillText(big, mid, fit(big, text, w-4))
		if !s.ShowName && (len(shown) > 1 || v.Name != s.Title) {
			small := style(7, mutedColor)
			small.XAlign = draw.XCenter
			c.FillText(small, vg.Point{X: mid.X, Y: mid.Y - size*0.6}, fit(small, v.Name, w-4))
		}
	}
	if rest := len(s.Values) - len(shown); rest > 0 {
		more := style(7, mutedColor)
		more.XAlign, more.YAlign = draw.XRight, draw.YBottom
		c.FillText(more, vg.Point{X: c.Max.X, Y: c.Min.Y}, "+"+number(float64(rest))+" more")
	}
}
