package chart

import (
	"fmt"
	"image"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/testtool/browser"
)

// TestChromiumDrawsTheCanvasAsItDrawsVgsvg shows pictures to the consumer
// that matters, a browser: each drawing, written by the canvas (straight
// runs of lines as one line, styles as classes) and by gonum's vgsvg,
// draws the same pixels in Chromium.
func TestChromiumDrawsTheCanvasAsItDrawsVgsvg(t *testing.T) {
	x := make([]float64, 300)
	flat, steps, noisy := make([]float64, 300), make([]float64, 300), make([]float64, 300)
	for i := range x {
		x[i] = float64(i * 60)
		flat[i] = 0.25
		steps[i] = float64(i / 40 % 3)
		noisy[i] = 2 + math.Sin(float64(i)/7)
	}
	drawers := map[string]Drawer{
		"runs": Lines{Title: "Flat, stepped and moving", Unit: "reqps", Legend: true, XMax: x[len(x)-1], Series: []Series{
			{Name: "flat", X: x, Y: flat}, {Name: "steps", X: x, Y: steps}, {Name: "moving", X: x, Y: noisy},
		}},
		"alert": Lines{Title: "burn rate > 14.4", XLabel: "time", Legend: true, XMax: x[len(x)-1],
			Series:     []Series{{Name: `{slo="a"}`, X: x, Y: steps}},
			Thresholds: []Threshold{{Value: 1.5, Label: "> 1.5", Color: -1}},
			Spans:      []Span{{From: 2400, To: 4800}, {From: 4800, To: 7200, Firing: true}}},
		"odd": oddities{},
	}
	pictures := map[string][]byte{}
	for name, dr := range drawers {
		pictures[name+"-canvas.svg"] = render(300, 200, dr.Draw)
		pictures[name+"-vgsvg.svg"] = vgsvgRender(300, 200, dr.Draw)
		if c, v := len(pictures[name+"-canvas.svg"]), len(pictures[name+"-vgsvg.svg"]); name == "runs" && c*2 > v {
			t.Errorf("runs: the canvas wrote %d bytes, vgsvg %d: the straight runs were not left out", c, v)
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		if svg, ok := pictures[name]; ok {
			w.Header().Set("Content-Type", "image/svg+xml")
			_, _ = w.Write(svg)
			return
		}
		if pic, ok := strings.CutSuffix(name, ".html"); ok {
			w.Header().Set("Content-Type", "text/html")
			_, _ = fmt.Fprintf(w, `<!doctype html><title>%s</title><body style="margin:0;background:#fff"><img id="pic" src="%s.svg">`, pic, pic)
			return
		}
		http.NotFound(w, r)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	bctx := browser.Start(t, 2*time.Minute)
	for name := range drawers {
		canvas := browser.Screenshot(t, bctx, srv.URL+"/"+name+"-canvas.html", "#pic")
		vgsvg := browser.Screenshot(t, bctx, srv.URL+"/"+name+"-vgsvg.html", "#pic")
		if n, at := differingPixels(canvas, vgsvg); n > 0 {
			t.Errorf("%s: %d pixels differ between the canvas's picture and vgsvg's, the first at %v", name, n, at)
		}
	}
}

// differingPixels counts the pixels that differ between two pictures of
// one size (all of them when the sizes differ) and names the first.
func differingPixels(a, b image.Image) (n int, first image.Point) {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy(), a.Bounds().Min
	}
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			ar, ag, ab, aa := a.At(x, y).RGBA()
			br, bg, bb, ba := b.At(x, y).RGBA()
			if ar != br || ag != bg || ab != bb || aa != ba {
				if n == 0 {
					first = image.Pt(x, y)
				}
				n++
			}
		}
	}
	return n, first
}
