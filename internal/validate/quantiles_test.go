package validate_test

import (
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

func TestSummaryQuantilesServedAsPercentilesAreKeptWithAWarning(t *testing.T) {
	for _, tc := range []struct {
		name, quantiles string
		want            []string
	}{
		{"φ between 0 and 1 is what client libraries write", "[0.5, 0.99, 1]", nil},
		{"percentiles, as redis_exporter serves them, are one warning, not a refusal", "[50, 99, 99.9]",
			[]string{":6:90: warning: quantile-percent: quantiles 50, 99, 99.9 are percentiles, as some exporters serve them (redis_exporter's quantile=\"99\" is the 99th); client libraries and OpenMetrics write φ between 0 and 1 (0.99). Kept as exported: queries select them as written here"}},
		{"φ and percentiles mixed is an error: an exporter serves one or the other", "[0.5, 1.5]",
			[]string{":6:90: error: bad-value: quantiles mix φ between 0 and 1 (0.5) with percentiles (1.5): an exporter serves one or the other"}},
		{"a value that is neither is an error", "[0, 150, -1]",
			[]string{":6:90: error: bad-value: quantile -1 is neither a φ between 0 and 1 nor a percentile", ":6:90: error: bad-value: quantile 150 is neither a φ between 0 and 1 nor a percentile"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := "apiVersion: obsgen.dev/v1\nservice: {name: redis}\nmetric_groups:\n  - name: latency\n    metrics:\n" +
				"      - {name: redis_latency_percentiles_usec, type: summary, help: Latency., quantiles: " + tc.quantiles + "}\n"
			_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d diagnostics, want %d:\n%v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				if got[i] != "spec.yaml"+w {
					t.Errorf("got  %s\nwant %s", got[i], "spec.yaml"+w)
				}
			}
		})
	}
}
