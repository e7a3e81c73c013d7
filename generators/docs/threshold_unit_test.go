package docs

import (
	"testing"

	"github.com/obsgen/obsgen/internal/promql"
)

func TestAThresholdSaysItsUnit(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    float64
		q    promql.Quantity
		want string
	}{
		{"seconds", 300, promql.Quantity{Known: true, Unit: "seconds"}, " s"},
		{"seconds a second, a busy share or a queue length (weighted), as they are", 10, promql.Quantity{Known: true, Unit: "seconds", PerSecond: true}, " s/s"},
		{"a percentage", 90, promql.Quantity{Known: true, Unit: "percent"}, " %"},
		{"a ratio, with its percentage", 0.05, promql.Quantity{Known: true, Unit: "ratio"}, " (5 %)"},
		{"a rate of a count", 10, promql.Quantity{Known: true, PerSecond: true}, " /s"},
		{"a rate of requests", 10, promql.Quantity{Known: true, Unit: "requests", PerSecond: true}, " requests/s"},
		{"bytes, in GiB when whole", 1 << 30, promql.Quantity{Known: true, Unit: "bytes"}, " bytes (1 GiB)"},
		{"bytes, as they are otherwise", 1500, promql.Quantity{Known: true, Unit: "bytes"}, " bytes"},
		{"minutes, as apache_uptime_seconds_total / 60 < 1 reads them", 1, promql.Quantity{Known: true, Unit: "minutes"}, " min"},
		{"KiB a second", 512, promql.Quantity{Known: true, Unit: "kibibytes", PerSecond: true}, " KiB/s"},
		{"a plain count says nothing", 3, promql.Quantity{Known: true}, ""},
		{"nothing known says nothing", 3, promql.Quantity{}, ""},
		{"a Unix time says nothing", 3, promql.Quantity{Known: true, Unit: "seconds", UnixTime: true}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := unitAfter(tc.v, tc.q); got != tc.want {
				t.Errorf("unitAfter(%v) = %q, want %q", tc.v, got, tc.want)
			}
		})
	}
}
