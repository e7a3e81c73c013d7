package chart

import (
	"math"
	"testing"
)

func TestFormatWritesValuesAsPanelsShowThem(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		unit string
		want string
	}{
		{0.25, "s", "250 ms"},
		{1.99, "s", "1.99 s"},
		{3600, "s", "60 min"},
		{1073741824, "bytes", "1 GiB"},
		{1536, "bytes", "1.5 KiB"},
		{0.995, "percentunit", "99.5 %"},
		{20, "reqps", "20 req/s"},
		{12345, "short", "12.3 k"},
		{0.001, "", "0.001"},
		{-0.0001, "short", "-0.0001"},
		{5, "widgets", "5 widgets"},
		{math.NaN(), "s", "no data"},
	} {
		if got := Format(tc.v, tc.unit); got != tc.want {
			t.Errorf("Format(%g, %q) = %q, want %q", tc.v, tc.unit, got, tc.want)
		}
	}
}
