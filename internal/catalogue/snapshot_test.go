package catalogue_test

import (
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

// TestAGaugeHistogramsCountIsReadByTheNamePrometheusStores: OpenMetrics
// serves a gauge histogram's count and sum as _gcount and _gsum, and a
// recheck's Prometheus 2.42 stored them so; lint called them unknown and
// suggested _count, which does not exist.
func TestAGaugeHistogramsCountIsReadByTheNamePrometheusStores(t *testing.T) {
	c, diags := specload.LoadBytes("spec.yaml", []byte(`apiVersion: obsgen.dev/v1
service: {name: q}
metric_groups:
  - name: q
    metrics:
      - {name: q_age_seconds, type: histogram, snapshot: true, help: Ages of what is queued now., buckets: [10]}
      - {name: rpc_seconds, type: histogram, help: RPC latency., buckets: [1]}
`))
	if c == nil || diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tc := range []struct {
		name, family, suffix string
	}{
		{"q_age_seconds_gcount", "q_age_seconds", "_count"},
		{"q_age_seconds_gsum", "q_age_seconds", "_sum"},
		{"q_age_seconds_count", "q_age_seconds", "_count"}, // served as a histogram, as postfix_exporter does
		{"rpc_seconds_gcount", "", ""},                     // not a snapshot: no such series
	} {
		m, suffix := c.Series(tc.name)
		family := ""
		if m != nil {
			family = m.Name
		}
		if family != tc.family || suffix != tc.suffix {
			t.Errorf("%s: got %q %q, want %q %q", tc.name, family, suffix, tc.family, tc.suffix)
		}
	}
}
