package lint

import (
	"fmt"
	"github.com/obsgen/obsgen/internal/specload"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestUnusedMetric(t *testing.T) {
	// Metric names of base in order, with the line each is written on.
	lines := map[string]int{}
	for i, l := range strings.Split(base, "\n") {
		if _, rest, ok := strings.Cut(l, "{name: "); ok {
			lines[strings.SplitN(rest, ",", 2)[0]] = i + 1
		}
	}
	all := []string{"shop_requests_total", "shop_errors_total", "shop_queue_length", "shop_nodes", "shop_instances_total",
		"shop_latency_seconds", "shop_rpc_seconds", "shop_events_total", "shop_rtt_seconds", "shop_pgfaults", "shop_rejected",
		"shop_last_backup_timestamp_seconds", "shop_queued_age_seconds"}
	unusedExcept := func(used ...string) []string {
		var out []string
		for _, m := range all {
			if !contains(used, m) {
				out = append(out, fmt.Sprintf("spec.yaml:%d:16", lines[m]))
			}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		in   string
		expr string
		used []string
	}{
		{"a metric in a query is used", inQuery, "rate(shop_requests_total[5m])", []string{"shop_requests_total"}},
		{"a histogram used through its buckets is used", inPanel, "histogram_quantile(0.9, rate(shop_latency_seconds_bucket[$__rate_interval]))", []string{"shop_latency_seconds"}},
		{"metrics in an alert are used", inAlert, "shop_queue_length > on() group_left shop_nodes", []string{"shop_queue_length", "shop_nodes"}},
		{"a metric in a recording rule is used", inRecord, "sum(shop_events_total)", []string{"shop_events_total"}},
		{"a summary used through its count is used", inQuery, "rate(shop_rpc_seconds_count[5m]) + shop_instances_total + rate(shop_errors_total[1m])",
			[]string{"shop_rpc_seconds", "shop_instances_total", "shop_errors_total"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec, _, _ := exprSpec(tc.in, "", tc.expr)
			got := runOne(testtool.LoadSpec(t, spec), unusedMetric)
			var have []string
			for _, d := range got {
				have = append(have, d.Pos.String())
				if d.Severity.String() != "info" {
					t.Errorf("unused-metric is information, got %v", d)
				}
			}
			if want := unusedExcept(tc.used...); strings.Join(have, " ") != strings.Join(want, " ") {
				t.Errorf("unused at %v, want %v", have, want)
			}
		})
	}
}

func TestUnusedMetricReadsExpressionsThatDoNotParse(t *testing.T) {
	spec, _, _ := exprSpec(inQuery, "", "rate(shop_requests_total[5m] > 1")
	c, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	if !diags.HasErrors() {
		t.Fatal("the expression should not parse")
	}
	for _, d := range runOne(c, unusedMetric) {
		if strings.Contains(d.Message, "shop_requests_total ") {
			t.Errorf("a metric named by an expression that does not parse is still used: %v", d)
		}
	}
}
