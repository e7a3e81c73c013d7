package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestUnknownMetric(t *testing.T) {
	runExprCases(t, unknownMetric, []exprCase{
		{name: "a catalogue metric is known", expr: `rate(shop_requests_total[5m])`},
		{name: "a histogram's bucket, sum and count series are known", expr: `rate(shop_latency_seconds_sum[5m]) / rate(shop_latency_seconds_count[5m]) + on() group_left sum(rate(shop_latency_seconds_bucket[5m]))`},
		{name: "a summary's quantile series and its sum and count are known", expr: `shop_rpc_seconds{quantile="0.99"} + rate(shop_rpc_seconds_count[5m]) + rate(shop_rpc_seconds_sum[5m])`},
		{name: "series Prometheus writes itself are known", expr: `up == 0 or scrape_duration_seconds > 1 or ALERTS{alertstate="firing"}`},
		{name: "a recording rule's output is known", expr: `job:x:test > 1`, extra: "recording_groups:\n  - name: r\n    rules:\n      - record: job:x:test\n        expr: sum(shop_queue_length)\n"},
		{name: "a selector by labels only is not judged", expr: `count({job="shop"})`},
		{name: "a misspelt metric is unknown", expr: `rate(shop_request_total[5m])`, at: []string{"shop_request_total"}},
		{name: "a metric nobody exports is unknown in an alert", in: inAlert, expr: `shop_queue_length / shop_queue_limit > 0.8`, at: []string{"shop_queue_limit"}},
		{name: "a metric named by __name__ is checked", expr: `{__name__="shop_nope", op="x"}`, at: []string{"{"}},
		{name: "a summary has no bucket series", expr: `rate(shop_rpc_seconds_bucket[5m])`, at: []string{"shop_rpc_seconds_bucket"}},
		{name: "a histogram's family name selects nothing", expr: `rate(shop_latency_seconds[5m])`, at: []string{"shop_latency_seconds"}},
		{name: "an unknown metric in a panel is found after Grafana variables", in: inPanel, expr: `sum(rate(shop_missing_total{op=~"$op"}[$__rate_interval]))`, at: []string{"shop_missing_total"}},
		{name: "every occurrence is reported", expr: `shop_x + shop_y`, at: []string{"shop_x", "shop_y"}},
		{name: "a native histogram is selected by its family name", expr: `histogram_quantile(0.99, sum by (op) (rate(shop_rtt_seconds[5m])))`},
		{name: "a native histogram has no bucket series", expr: `rate(shop_rtt_seconds_bucket[5m])`, at: []string{"shop_rtt_seconds_bucket"}},
		{name: "a counter without _total is known under its exported name", expr: `rate(shop_rejected[5m])`},
		{name: "the conventional name of a counter without _total is a dead series", expr: `rate(shop_rejected_total[5m])`, at: []string{"shop_rejected_total"}},
	})
}

func TestAnUnknownMetricBesideAnOrThatReadsTheCatalogueIsAWarning(t *testing.T) {
	for _, tc := range []struct {
		name, expr, severity string
	}{
		{"the old name of a renamed counter, read with or, as the prometheus-mixin does",
			`(rate(shop_rejected_requests_total[5m]) or rate(shop_rejected[5m])) / rate(shop_requests_total[5m]) * 100 > 1`, "warning"},
		{"the new name second", `rate(shop_requests_total[5m]) or rate(shop_requests_all_total[5m])`, "warning"},
		{"a misspelt metric with a default of zero gives zero for ever", `sum(rate(shop_request_total[5m])) or vector(0)`, "error"},
		{"two unknown names give nothing", `rate(shop_a_total[5m]) or rate(shop_b_total[5m])`, "error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec, _, _ := exprSpec(inQuery, "", tc.expr)
			got := runOne(testtool.LoadSpec(t, spec), unknownMetric)
			if len(got) == 0 {
				t.Fatalf("no finding")
			}
			for _, d := range got {
				if d.Severity.String() != tc.severity {
					t.Errorf("got %s, want %s: %s", d.Severity, tc.severity, d.Message)
				}
			}
		})
	}
}

// TestASummaryThatServesNoQuantilesIsSelectedByItsSumAndCountOnly: the
// alertmanager's summaries (client_golang's default) serve _sum and _count
// only; the overview's quantile panel on them was blank.
func TestASummaryThatServesNoQuantilesIsSelectedByItsSumAndCountOnly(t *testing.T) {
	spec := "apiVersion: obsgen.dev/v1\nservice: {name: s, title: S, description: d}\nmetric_groups:\n  - name: g\n    metrics:\n" +
		"      - {name: s_gc_seconds, type: summary, unit: seconds, help: Pauses., quantiles: []}\n" +
		"      - {name: s_rpc_seconds, type: summary, unit: seconds, help: Calls.}\n" +
		"queries:\n  - title: Q\n    queries:\n" +
		"      - {name: mean, title: Mean, expr: 'rate(s_gc_seconds_sum[5m]) / rate(s_gc_seconds_count[5m])'}\n" +
		"      - {name: p99, title: P99, expr: 's_gc_seconds{quantile=\"0.99\"}'}\n" +
		"      - {name: undeclared, title: Undeclared, expr: 's_rpc_seconds{quantile=\"0.99\"}'}\n"
	got := runOne(testtool.LoadSpec(t, spec), unknownMetric)
	if len(got) != 1 || got[0].Pos.Line != 12 || !strings.Contains(got[0].Message, "serves no quantiles") {
		t.Fatalf("want one finding on s_gc_seconds{quantile=\"0.99\"} (line 12), got %v", got)
	}
}

// TestAMetricTheServiceLeavesOutOfVerifyIsSaidSo: the prometheus-mixin's
// process_start_time_seconds, in a catalogue imported with --ignore
// 'process_*' as the README suggests.
func TestAMetricTheServiceLeavesOutOfVerifyIsSaidSo(t *testing.T) {
	spec := "apiVersion: obsgen.dev/v1\nservice: {name: s, title: S, description: d, verify: {ignore: ['go_*', 'process_*']}}\n" +
		"metric_groups:\n  - name: g\n    metrics:\n      - {name: s_up, type: gauge, help: Up.}\n" +
		"queries:\n  - title: Q\n    queries:\n      - {name: start, title: Start, expr: 'time() - process_start_time_seconds'}\n"
	got := runOne(testtool.LoadSpec(t, spec), unknownMetric)
	if len(got) != 1 || !strings.Contains(got[0].Message, "service.verify.ignore's process_* leaves it out") {
		t.Fatalf("want one finding naming process_*, got %v", got)
	}
}
