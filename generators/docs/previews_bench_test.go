package docs

import (
	"strings"
	"sync"
	"testing"

	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/internal/preview"
	"github.com/obsgen/obsgen/internal/synth"
)

// BenchmarkPreviews draws the dashboard previews of a synthetic service of
// 400 metrics (20 dashboards of 20 panels) from a fresh evaluator, as
// generate does: its queries evaluated over the healthy history, then
// drawn.
func BenchmarkPreviews(b *testing.B) {
	c := synth.Catalogue("synth", 400)
	files, err := grafana.Generator{}.Generate(c)
	if err != nil {
		b.Fatal(err)
	}
	artifacts := map[string][]byte{}
	for _, f := range files {
		artifacts[strings.TrimPrefix(f.Path, "synth/")] = f.Data
	}
	b.ReportAllocs()
	for b.Loop() {
		ev := sync.OnceValues(func() (*preview.Evaluator, error) { return preview.New(c) })
		_, pics, err := previewPictures(c, artifacts, "synth/docs", ev)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range pics {
			if _, err := p.draw(); err != nil {
				b.Fatal(err)
			}
		}
	}
}
