package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestRateOnGauge(t *testing.T) {
	runExprCases(t, rateOnGauge, []exprCase{
		{name: "rate of a counter is fine", expr: `rate(shop_requests_total[5m])`},
		{name: "increase of a histogram's buckets is fine", expr: `increase(shop_latency_seconds_bucket[1h])`},
		{name: "delta of a gauge is fine", expr: `delta(shop_queue_length[1h])`},
		{name: "a gauge named _total is judged by its catalogue type", expr: `rate(shop_instances_total[5m])`, at: []string{"rate"}},
		{name: "increase of a gauge is wrong", in: inAlert, expr: `increase(shop_queue_length[1h]) > 100`, at: []string{"increase"}},
		{name: "irate of a gauge in a panel is wrong", in: inPanel, expr: `sum(irate(shop_queue_length{op=~"$op"}[$__rate_interval]))`, at: []string{"irate"}},
		{name: "rate of a subquery over a gauge is wrong", expr: `rate(shop_queue_length[1h:1m])`, at: []string{"rate"}},
		{name: "rate of a summary's quantile series is wrong", expr: `rate(shop_rpc_seconds[5m])`, at: []string{"rate"}},
		{name: "rate of up is wrong", expr: `rate(up[5m])`, at: []string{"rate"}},
		{name: "rate of an unknown series is left to unknown-metric", expr: `rate(shop_nope[5m])`},
		{name: "rate of an untyped family is clean: the catalogue claims no meaning", expr: `rate(shop_pgfaults[5m])`},
		{name: "rate of a native histogram is fine", expr: `rate(shop_rtt_seconds[5m])`},
		{name: "rate of a counter without _total is fine", expr: `rate(shop_rejected[5m])`},
		{name: "rate of a snapshot histogram's buckets is wrong: a stuck queue rates 0", in: inAlert,
			expr: `histogram_quantile(0.9, rate(shop_queued_age_seconds_bucket[15m])) > 3600`, at: []string{"rate"}},
		{name: "increase of a snapshot histogram's count is wrong", expr: `increase(shop_queued_age_seconds_count[1h])`, at: []string{"increase"}},
		{name: "a snapshot histogram's buckets read as they are are fine", expr: `histogram_quantile(0.9, sum by (le) (shop_queued_age_seconds_bucket))`},
	})
}

func TestRateOnGaugeHintNeverSuggestsDerivAloneForWhatMayCount(t *testing.T) {
	spec, _, _ := exprSpec(inQuery, "", `rate(shop_instances_total[5m])`)
	got := runOne(testtool.LoadSpec(t, spec), rateOnGauge)
	if len(got) != 1 {
		t.Fatalf("want one finding, got %v", got)
	}
	msg := got[0].Message
	if !strings.Contains(msg, "declare it type: counter") || !strings.Contains(msg, "if it is a level, use deriv()") {
		t.Errorf("the hint must offer declaring a counting gauge a counter before deriv(): %s", msg)
	}
}

// TestRateOfAUnixTimeIsAWarning: the prometheus-mixin's remote-write
// dashboard takes rate() of the highest timestamp sent, which only moves
// forward: right but for a restart.
func TestRateOfAUnixTimeIsAWarning(t *testing.T) {
	spec, _, _ := exprSpec(inPanel, "", `rate(shop_last_backup_timestamp_seconds[5m]) + rate(shop_queue_length[5m])`)
	got := runOne(testtool.LoadSpec(t, spec), rateOnGauge)
	if len(got) != 2 || got[0].Severity.String() != "warning" || got[1].Severity.String() != "error" {
		t.Fatalf("want a warning on the Unix time and an error on the level, got %v", got)
	}
}

func TestBytesSentSoFarMayCountAndTheHintSaysHowToDeclareThem(t *testing.T) {
	for _, tc := range []struct {
		name   string
		metric string
		counts bool
	}{
		{"RabbitMQ's erlang_vm_dist_send_bytes, bytes sent so far served as a gauge, may count", "erlang_vm_dist_send_bytes", true},
		{"bytes received so far may count", "erlang_vm_dist_recv_bytes", true},
		{"a size in bytes is a level", "rabbitmq_process_resident_memory_bytes", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := `apiVersion: obsgen.dev/v1
service: {name: rabbitmq}
metric_groups:
  - name: erlang
    metrics:
      - {name: ` + tc.metric + `, type: gauge, unit: bytes, help: Bytes.}
queries:
  - title: Q
    queries:
      - {name: q, title: Q, expr: 'rate(` + tc.metric + `[5m])'}
`
			got := runOne(testtool.LoadSpec(t, spec), rateOnGauge)
			if len(got) != 1 {
				t.Fatalf("want one finding, got %v", got)
			}
			says := strings.Contains(got[0].Message, "declare it type: counter with exposed_as: gauge")
			if says != tc.counts {
				t.Errorf("counter hint %v, want %v: %s", says, tc.counts, got[0].Message)
			}
		})
	}
}
