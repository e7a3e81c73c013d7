package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// ratioSLO writes one ratio SLO; bad is at line 6, column 14, total at
// line 7, column 16.
func ratioSLO(bad, total string) string {
	return "slos:\n  - name: ok\n    objective: 99.9\n    sli:\n      ratio:\n        bad: " + bad + "\n        total: " + total + "\n"
}

func TestSLORatioInput(t *testing.T) {
	runSpecCases(t, sloRatioInput, []specCase{
		{name: "errors over requests is fine", yaml: ratioSLO("shop_errors_total", "shop_requests_total")},
		{name: "the same counter restricted by a label is fine", yaml: ratioSLO(`'shop_errors_total{code="500"}'`, "shop_errors_total")},
		{name: "expressions aggregated alike are fine",
			yaml: ratioSLO("'sum by (op) (rate(shop_errors_total[$window]))'", "'sum by (op) (rate(shop_requests_total[$window]))'")},
		{name: "bad events read from a gauge", yaml: ratioSLO("shop_queue_length", "shop_requests_total"), want: []string{"6:14"}},
		{name: "a gauge summed in an expression", yaml: ratioSLO("'sum(shop_nodes) * 0 + sum(rate(shop_errors_total[$window]))'", "shop_requests_total"), want: []string{"6:19"}},
		{name: "bad events kept by op, the total not",
			yaml: ratioSLO("'sum by (op) (rate(shop_errors_total[$window]))'", "'sum(rate(shop_requests_total[$window]))'"), want: []string{"6:15"}},
		{name: "the total counts one operation, the bad events all of them",
			yaml: ratioSLO("shop_errors_total", `'shop_requests_total{op="get"}'`), want: []string{"7:37"}},
	})
}

func TestSLORatioInputLeavesAGaugeUnderRateToRateOnGauge(t *testing.T) {
	spec := base + ratioSLO("'sum(rate(shop_queue_length[$window]))'", "shop_requests_total")
	c := testtool.LoadSpec(t, spec)
	if got := runOne(c, sloRatioInput); len(got) != 0 {
		t.Errorf("slo-ratio-input repeats rate-on-gauge: %v", got)
	}
	if got := runOne(c, rateOnGauge); len(got) != 1 || !strings.Contains(got[0].Message, "gauge") {
		t.Errorf("rate-on-gauge should report the gauge once, got %v", got)
	}
}
