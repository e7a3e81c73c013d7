package simulate

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestTidyKeepsWholeNumbersAsTheirRoundingDoes holds tidy's shortcut for
// whole numbers to what rounding through twelve digits gives.
func TestTidyKeepsWholeNumbersAsTheirRoundingDoes(t *testing.T) {
	round := func(v float64) float64 {
		r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
		if err != nil {
			return v
		}
		return r
	}
	values := []float64{0, math.Copysign(0, -1), 1, -1, 999999999999, -999999999999, 1e12 - 1, 1e11, 123456789012, 0.5, 1e12, 1e13 + 1, math.Inf(1), math.NaN()}
	r := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		values = append(values, math.Trunc(r.Float64()*1e12), -math.Trunc(r.Float64()*1e9), r.Float64()*1e6)
	}
	for _, v := range values {
		if got, want := tidy(v), round(v); math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("tidy(%v) = %v, want %v", v, got, want)
		}
	}
}
