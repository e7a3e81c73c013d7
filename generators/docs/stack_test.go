package docs

import (
	"math"
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/chart"
)

func TestAStackedGraphIsDrawnAsGrafanaStacksIt(t *testing.T) {
	series := func() []chart.Series {
		return []chart.Series{{Y: []float64{1, 2, math.NaN()}}, {Y: []float64{3, 2, 4}}}
	}
	for _, tc := range []struct {
		mode string
		want [][]float64
	}{
		{"", [][]float64{{1, 2, math.NaN()}, {3, 2, 4}}},
		{"normal", [][]float64{{1, 2, 0}, {4, 4, 4}}},
		{"percent", [][]float64{{0.25, 0.5, 0}, {1, 1, 1}}},
	} {
		ss := series()
		stack(ss, tc.mode)
		for i, s := range ss {
			if !slices.EqualFunc(s.Y, tc.want[i], func(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }) {
				t.Errorf("%q: series %d is %v, want %v", tc.mode, i, s.Y, tc.want[i])
			}
		}
	}
}
