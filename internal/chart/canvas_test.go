package chart

import (
	"bytes"
	"html"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// vgsvgRender is render on gonum's own SVG canvas, with the fallback
// families named as the canvas names them: what render wrote before it
// had its own canvas.
func vgsvgRender(w, h vg.Length, paint func(c draw.Canvas)) []byte {
	cv := vgsvg.New(w, h)
	onCard(cv, paint)
	var b bytes.Buffer
	if _, err := cv.WriteTo(&b); err != nil {
		panic(err)
	}
	return []byte(strings.ReplaceAll(b.String(), "font-family:Liberation Sans;", "font-family:'Liberation Sans',Arial,Helvetica,sans-serif;"))
}

// oddities draws what no chart draws today but a canvas must write as
// vgsvg does: rotated and translated text, a scale, circles, arcs,
// curves, a dashed offset line, a transparent and a black fill.
type oddities struct{}

func (oddities) Draw(c draw.Canvas) {
	sty := style(9, textColor)
	sty.Rotation = math.Pi / 2
	c.FillText(sty, c.Center(), "rotated <&> text")
	c.Push()
	c.Translate(vg.Point{X: 10.123456, Y: -3.5})
	c.Scale(1.5, 0.25)
	c.FillText(style(7, mutedColor), vg.Point{X: 1, Y: 2}, "moved")
	c.Pop()
	c.DrawGlyph(draw.GlyphStyle{Color: palette[2], Radius: 3, Shape: draw.CircleGlyph{}}, vg.Point{X: 20, Y: 20})
	c.DrawGlyph(draw.GlyphStyle{Color: palette[3], Radius: 3, Shape: draw.RingGlyph{}}, vg.Point{X: 30, Y: 20})
	var p vg.Path
	p.Move(vg.Point{X: 40, Y: 40})
	p.Arc(vg.Point{X: 50, Y: 50}, 10, 0.3, 2)
	p.Arc(vg.Point{X: 60, Y: 50}, 10, 0.3, -2)
	p.Arc(vg.Point{X: 70, Y: 50}, 5, 0, -2*math.Pi)
	p.QuadTo(vg.Point{X: 80, Y: 90}, vg.Point{X: 100, Y: 40})
	p.CubeTo(vg.Point{X: 110, Y: 90}, vg.Point{X: 120, Y: 0.000012345}, vg.Point{X: 130, Y: 1e7})
	p.Close()
	c.SetLineStyle(draw.LineStyle{Color: palette[4], Width: 0.3333333, Dashes: []vg.Length{1.5, 2}, DashOffs: 0.75})
	c.Stroke(p)
	c.SetColor(firingColor)
	c.Fill(p)
	c.SetColor(nil)
	c.Fill(p)
	c.SetLineStyle(draw.LineStyle{Color: palette[0], Width: 0})
	c.Stroke(p)
	// Straight runs that turn back on themselves: no vertex of them is
	// midway, and none may be left out.
	var back vg.Path
	for i, pt := range []vg.Point{{X: 10, Y: 150}, {X: 40, Y: 150}, {X: 20, Y: 150}, {X: 20, Y: 170}, {X: 20, Y: 160}, {X: 50, Y: 160}, {X: 60, Y: 160}} {
		if i == 0 {
			back.Move(pt)
		} else {
			back.Line(pt)
		}
	}
	c.SetLineStyle(draw.LineStyle{Color: palette[1], Width: 1})
	c.Stroke(back)
}

func TestTheCanvasWritesWhatVgsvgWrites(t *testing.T) {
	x := []float64{0, 600, 1200, 1800, 2400, 3000, 3600}
	nan := math.NaN()
	drawers := map[string]Drawer{
		"lines": Lines{Title: "Rate", Unit: "reqps", Small: true, Legend: true, XMax: 3600, Series: []Series{
			{Name: "a", X: x, Y: []float64{1, 2, 3, 3, 3, 2, 1}},
			{Name: "gaps", X: x, Y: []float64{nan, 2, nan, 2.5, 2, nan, 1e-9}},
		}},
		"alert": Lines{Title: "rate(x_total[5m]) > 10", Unit: "s", XLabel: "time", Legend: true,
			Series:     []Series{{Name: `{op="a"}`, X: x, Y: []float64{0, 5, 12, 20, 20, 3, -4}}},
			Thresholds: []Threshold{{Value: 10, Label: "> 10", Color: -1}, {Value: 2, Color: 1}},
			Spans:      []Span{{From: 600, To: 1200}, {From: 1200, To: 2400, Firing: true}}},
		"no data": Lines{Title: "Nothing"},
		"stat":    Stat{Title: "WAL", Unit: "bytes", Values: []Value{{Name: "a", Value: 1 << 30}, {Name: "b", Value: nan}, {Name: "c"}, {Name: "d"}, {Name: "e"}}},
		"heatmap": Heatmap{Title: "Latency", Unit: "s", Buckets: []float64{0.1, 0.5, 1, math.Inf(1)}, Cells: [][]float64{{1, 2, 3}, {3, 2, 1}, {0, 1, 0}, {nan, 4, 1}}},
		"note":    Note{Title: "About", Text: "Some text that says what this is, <b>escaped</b> & wrapped over several lines of a narrow card."},
		"odd":     oddities{},
	}
	d := Dashboard{Title: "Demo", Note: "A note.", Panels: []Placed{{X: 0, Y: 0, W: 24, H: 1, Row: true, Title: "Row"}}}
	for i, name := range []string{"lines", "alert", "no data", "stat", "heatmap", "note", "odd"} {
		d.Panels = append(d.Panels, Placed{X: 8 * (i % 3), Y: 1 + 6*(i/3), W: 8, H: 6, Title: name, Panel: drawers[name]})
	}
	drawers["dashboard"] = d
	for name, dr := range drawers {
		w, h := vg.Length(300), vg.Length(200)
		if name == "dashboard" {
			w, h = d.size()
		}
		got, want := straightRuns(inlineClasses(t, render(w, h, dr.Draw))), straightRuns(vgsvgRender(w, h, dr.Draw))
		if !bytes.Equal(got, want) {
			i := 0
			for i < min(len(got), len(want)) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s: the canvas writes\n%s\nwhere vgsvg writes\n%s", name, got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)])
		}
	}
}

// polyline is the d attribute of a path of straight lines.
var polyline = regexp.MustCompile(` d="(M[-0-9.e+]+,[-0-9.e+]+(?:L[-0-9.e+]+,[-0-9.e+]+)*)"`)

// straightRuns is an SVG with the vertices inside straight horizontal or
// vertical runs of its polylines left out, read from its text, as the
// canvas leaves them out and vgsvg does not.
func straightRuns(svg []byte) []byte {
	return polyline.ReplaceAllFunc(svg, func(attr []byte) []byte {
		d := string(polyline.FindSubmatch(attr)[1])
		var pts [][2]string
		for _, p := range strings.Split(d[1:], "L") {
			x, y, _ := strings.Cut(p, ",")
			pts = append(pts, [2]string{x, y})
		}
		// Strictly between, worked out here rather than by the canvas's
		// own between, which this reading checks.
		inside := func(a, b, c string) bool {
			fa, _ := strconv.ParseFloat(a, 64)
			fb, _ := strconv.ParseFloat(b, 64)
			fc, _ := strconv.ParseFloat(c, 64)
			return min(fa, fc) < fb && fb < max(fa, fc)
		}
		kept := pts[:1]
		for i := 1; i < len(pts); i++ {
			prev, p := kept[len(kept)-1], pts[i]
			if i+1 < len(pts) {
				next := pts[i+1]
				if prev[1] == p[1] && p[1] == next[1] && inside(prev[0], p[0], next[0]) ||
					prev[0] == p[0] && p[0] == next[0] && inside(prev[1], p[1], next[1]) {
					continue
				}
			}
			kept = append(kept, p)
		}
		cmds := make([]string, len(kept))
		for i, p := range kept {
			cmds[i] = p[0] + "," + p[1]
		}
		return []byte(` d="M` + strings.Join(cmds, "L") + `"`)
	})
}

func TestAStraightRunOfLinesIsWrittenAsOneLine(t *testing.T) {
	x := make([]float64, 200)
	flat, step := make([]float64, 200), make([]float64, 200)
	for i := range x {
		x[i] = float64(i * 60)
		flat[i] = 5
		step[i] = float64(i / 100)
	}
	svg := string(render(300, 200, Lines{Title: "Flat", XMax: x[len(x)-1], Series: []Series{{Name: "flat", X: x, Y: flat}, {Name: "step", X: x, Y: step}}}.Draw))
	var lines []string
	for _, m := range polyline.FindAllStringSubmatch(svg, -1) {
		if n := strings.Count(m[1], "L"); n > 0 {
			lines = append(lines, m[1])
		}
	}
	// The flat series is two vertices and the step four (along, up over
	// one sample's width, along), as the ticks and the grid; the card's
	// border is a closed rectangle of five.
	counts := map[int]int{}
	for _, d := range lines {
		counts[strings.Count(d, "L")+1]++
	}
	if want := map[int]int{2: 13, 4: 1, 5: 1}; !maps.Equal(counts, want) {
		t.Errorf("polylines by their vertices: %v, want %v:\n%s", counts, want, strings.Join(lines, "\n"))
	}
}

// inlineClasses is an SVG of the canvas as vgsvg would write it: its style
// element removed, and each class attribute replaced by the style
// attribute of its rule.
func inlineClasses(t *testing.T, svg []byte) []byte {
	t.Helper()
	const open, end = "<style>\n", "</style>\n"
	i := bytes.Index(svg, []byte(open))
	if i < 0 {
		return svg
	}
	j := bytes.Index(svg[i:], []byte(end))
	if j < 0 {
		t.Fatalf("a style element without its end:\n%s", svg)
	}
	var pairs []string
	for _, rule := range strings.Split(strings.TrimSuffix(string(svg[i+len(open):i+j]), "\n"), "\n") {
		name, decls, ok := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(rule, "."), "}"), "{")
		if !ok {
			t.Fatalf("not a class rule: %q", rule)
		}
		pairs = append(pairs, `class="`+name+`"`, `style="`+html.UnescapeString(decls)+`"`)
	}
	rest := append(slices.Clone(svg[:i]), svg[i+j+len(end):]...)
	return []byte(strings.NewReplacer(pairs...).Replace(string(rest)))
}
