package chart

import (
	"bytes"
	"os"
	"testing"
)

func TestAlertSVGIsDeterministicAndNamesFallbackFonts(t *testing.T) {
	signal := Lines{
		Title:      "rate(x_total[5m]) > 10",
		Unit:       "reqps",
		Series:     []Series{{Name: `{op="a"}`, X: []float64{0, 60, 120, 180, 240}, Y: []float64{0, 5, 12, 20, 20}}},
		Thresholds: []Threshold{{Value: 10, Label: "> 10", Color: -1}},
		Spans:      []Span{{From: 120, To: 180}, {From: 180, To: 240, Firing: true}},
		XLabel:     "time since the test started",
		Legend:     true,
	}
	inputs := Lines{Title: "Input series", Series: []Series{{Name: "x_total", X: []float64{0, 60, 120}, Y: []float64{0, 300, 600}}}, Legend: true}
	a, b := AlertSVG(signal, inputs), AlertSVG(signal, inputs)
	if !bytes.Equal(a, b) {
		t.Fatal("two renders differ")
	}
	if !bytes.Contains(a, []byte("'Liberation Sans',Arial")) {
		t.Error("the SVG names no fallback font")
	}
	if bytes.Contains(a, []byte("@font-face")) {
		t.Error("the SVG embeds a font")
	}
	if os.Getenv("CHART_OUT") != "" {
		if err := os.WriteFile(os.Getenv("CHART_OUT"), a, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDashboardSVGDrawsEveryKindOfPanel(t *testing.T) {
	x := []float64{0, 600, 1200, 1800, 2400, 3000, 3600}
	d := Dashboard{Title: "Demo", Note: "Preview: simulated healthy series, not Grafana.", Panels: []Placed{
		{X: 0, Y: 0, W: 24, H: 1, Row: true, Title: "Traffic"},
		{X: 0, Y: 1, W: 12, H: 8, Panel: Lines{Title: "Rate", Unit: "reqps", Small: true, Legend: true, Series: []Series{{Name: "a", X: x, Y: []float64{1, 2, 3, 3, 3, 2, 1}}, {Name: "b", X: x, Y: []float64{2, 2, 2, 2, 2, 2, 2}}}}},
		{X: 12, Y: 1, W: 6, H: 8, Panel: Stat{Title: "WAL", Unit: "bytes", Values: []Value{{Name: "WAL", Value: 1 << 30}}}},
		{X: 18, Y: 1, W: 6, H: 8, Panel: Heatmap{Title: "Latency", Unit: "s", Buckets: []float64{0.1, 0.5, 1}, Cells: [][]float64{{1, 2, 3}, {3, 2, 1}, {0, 1, 0}}}},
		{X: 0, Y: 9, W: 24, H: 3, Panel: Note{Title: "About", Text: "Some text that says what this is."}},
	}}
	a := DashboardSVG(d)
	if !bytes.Equal(a, DashboardSVG(d)) {
		t.Fatal("two renders differ")
	}
	if os.Getenv("CHART_OUT") != "" {
		if err := os.WriteFile(os.Getenv("CHART_OUT")+".dash.svg", a, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
