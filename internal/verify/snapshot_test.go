package verify_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/verify"
)

// TestAGaugeHistogramFitsASnapshotOnly: OpenMetrics's gauge histogram is
// what the catalogue calls a snapshot histogram; a histogram declared
// without snapshot is told how to say so.
func TestAGaugeHistogramFitsASnapshotOnly(t *testing.T) {
	om := "# TYPE queue_age_seconds gaugehistogram\nqueue_age_seconds_bucket{le=\"10\"} 1\nqueue_age_seconds_bucket{le=\"+Inf\"} 2\nqueue_age_seconds_gcount 2\nqueue_age_seconds_gsum 30\n# EOF\n"
	for _, tc := range []struct {
		name, snapshot, want string
	}{
		{"declared a snapshot, it fits", "snapshot: true, ", ""},
		{"declared an ordinary histogram, the error says to declare a snapshot", "", "type-mismatch: the catalogue declares queue_age_seconds a histogram, and the exposition serves a gauge histogram"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := "apiVersion: obsgen.dev/v1\nservice: {name: q}\nmetric_groups:\n  - name: q\n    metrics:\n      - {name: queue_age_seconds, type: histogram, " +
				tc.snapshot + "unit: seconds, help: Ages of what is queued now., buckets: [10]}\n"
			c, diags := specload.LoadBytes("spec.yaml", []byte(spec))
			if c == nil || diags.HasErrors() {
				t.Fatal(diags)
			}
			r := check(t, c, "q.om", om, verify.Options{})
			var got []string
			for _, d := range r.Diags {
				got = append(got, d.String())
			}
			all := strings.Join(got, "\n")
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("want no findings, got:\n%s", all)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(all, tc.want) || !strings.Contains(all, "snapshot: true")):
				t.Errorf("want one finding %q, got:\n%s", tc.want, all)
			}
		})
	}
}
