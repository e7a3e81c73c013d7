package pipeline

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/internal/synth"
)

// benchSpecs writes a synthetic catalogue of n metrics once per benchmark.
func benchSpecs(b *testing.B, n int) string {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "specs", "synth")
	if err := synth.WriteSpec(dir, synth.Catalogue("synth", n)); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkLoad measures loading, validation and lint.
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{200, 2000, 8000} {
		b.Run(fmt.Sprintf("metrics=%d", n), func(b *testing.B) {
			dir := benchSpecs(b, n)
			b.ResetTimer()
			for b.Loop() {
				if _, err := Load(Options{Specs: []string{dir}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGenerate measures every generator over a loaded catalogue.
func BenchmarkGenerate(b *testing.B) {
	for _, n := range []int{200, 2000, 8000} {
		b.Run(fmt.Sprintf("metrics=%d", n), func(b *testing.B) {
			dir := benchSpecs(b, n)
			res, err := Load(Options{Specs: []string{dir}})
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				res.Files = nil
				if err := res.Generate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkShapes measures the whole in-memory pipeline (load, validate,
// lint, generate) on catalogues of other shapes: about the size of the
// kubernetes-mixin, and a service of 1,000 SLOs.
func BenchmarkShapes(b *testing.B) {
	for _, tc := range []struct {
		name  string
		shape synth.Shape
	}{
		{"kubernetes-mixin", synth.KubernetesMixin},
		{"slos=1000", synth.Shape{Metrics: 100, SLOs: 1000}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "specs", "synth")
			if err := synth.WriteSpec(dir, synth.Shaped("synth", tc.shape)); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				res, err := Load(Options{Specs: []string{dir}})
				if err != nil {
					b.Fatal(err)
				}
				if err := res.Generate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSeeds measures the whole in-memory pipeline on the seed specs.
func BenchmarkSeeds(b *testing.B) {
	for b.Loop() {
		res, err := Load(Options{Specs: []string{"../../specs"}})
		if err != nil {
			b.Fatal(err)
		}
		if err := res.Generate(); err != nil {
			b.Fatal(err)
		}
	}
}
