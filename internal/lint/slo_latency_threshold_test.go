package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// latencySLO writes one latency SLO on shop_latency_seconds (buckets 0.1,
// 0.5 and 1) with the given threshold; it is at line 7, column 20.
func latencySLO(threshold string) string {
	return "slos:\n  - name: fast\n    objective: 99\n    sli:\n      latency:\n        histogram: shop_latency_seconds\n        threshold: " + threshold + "\n"
}

func TestSLOLatencyThreshold(t *testing.T) {
	runSpecCases(t, sloLatencyThreshold, []specCase{
		{name: "a threshold on a bucket boundary is fine", yaml: latencySLO("0.5")},
		{name: "a threshold between two boundaries", yaml: latencySLO("0.25"), want: []string{"7:20"}},
		{name: "a threshold above the last boundary", yaml: latencySLO("2"), want: []string{"7:20"}},
		{name: "a native histogram has no boundaries to miss", yaml: strings.Replace(latencySLO("0.25"), "shop_latency_seconds", "shop_rtt_seconds", 1)},
	})
}

func TestSLOLatencyThresholdOnAHistogramWithoutBucketsIsAWarning(t *testing.T) {
	spec := strings.Replace(base, ", buckets: [0.1, 0.5, 1]", "", 1) + latencySLO("0.25")
	got := runOne(testtool.LoadSpec(t, spec), sloLatencyThreshold)
	if len(got) != 1 || got[0].Severity.String() != "warning" || !strings.Contains(got[0].Message, "declares no buckets") {
		t.Errorf("want one warning that the buckets are unknown, got %v", got)
	}
}
