package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
)

func TestHistogramQuantileInput(t *testing.T) {
	bucketRecord := "recording_groups:\n  - name: r\n    rules:\n      - record: job:latency_bucket:rate5m\n        expr: sum by (le, op) (rate(shop_latency_seconds_bucket[5m]))\n" +
		"      - record: job:latency:rate5m\n        expr: sum by (op) (rate(shop_latency_seconds_bucket[5m]))\n"
	runExprCases(t, histogramQuantileInput, []exprCase{
		{name: "the rate of buckets is fine", expr: `histogram_quantile(0.99, rate(shop_latency_seconds_bucket[5m]))`},
		{name: "a sum by le of the rate is fine", in: inPanel, expr: `histogram_quantile(0.9, sum by (le, op) (rate(shop_latency_seconds_bucket{op=~"$op"}[$__rate_interval])))`},
		{name: "the old by-after syntax keeping le is fine", expr: `histogram_quantile(0.9, sum(rate(shop_latency_seconds_bucket[5m])) by (le))`},
		{name: "without a label other than le is fine", expr: `histogram_quantile(0.5, sum without (instance) (increase(shop_latency_seconds_bucket[1h])))`},
		{name: "a recorded bucket rate with le is fine", expr: `histogram_quantile(0.5, job:latency_bucket:rate5m)`, extra: bucketRecord},
		{name: "an aggregation dropping le is wrong", expr: `histogram_quantile(0.9, sum by (op) (rate(shop_latency_seconds_bucket[5m])))`, at: []string{"sum"}},
		{name: "a sum without grouping drops le", in: inAlert, expr: `histogram_quantile(0.9, sum(rate(shop_latency_seconds_bucket[5m]))) > 1`, at: []string{"sum"}},
		{name: "without le drops it", expr: `histogram_quantile(0.9, sum without (le) (rate(shop_latency_seconds_bucket[5m])))`, at: []string{"sum"}},
		{name: "raw buckets are wrong", expr: `histogram_quantile(0.9, shop_latency_seconds_bucket)`, at: []string{"shop_latency_seconds_bucket"}},
		{name: "a gauge is wrong", expr: `histogram_quantile(0.9, rate(shop_queue_length[5m]))`, at: []string{"shop_queue_length"}},
		{name: "a histogram's count is wrong", expr: `histogram_quantile(0.9, rate(shop_latency_seconds_count[5m]))`, at: []string{"shop_latency_seconds_count"}},
		{name: "a summary is wrong", expr: `histogram_quantile(0.9, shop_rpc_seconds)`, at: []string{"shop_rpc_seconds"}},
		{name: "a recorded series without le is wrong", expr: `histogram_quantile(0.5, job:latency:rate5m)`, extra: bucketRecord, at: []string{"job:latency:rate5m"}},
		{name: "a percentage is not a quantile", expr: `histogram_quantile(99, rate(shop_latency_seconds_bucket[5m]))`, at: []string{"99"}},
		{name: "an unknown series is left to unknown-metric", expr: `histogram_quantile(0.9, rate(shop_nope_bucket[5m]))`},
		{name: "a native histogram is read by its family name, without le", expr: `histogram_quantile(0.9, sum by (op) (rate(shop_rtt_seconds[5m])))`},
		{name: "a native histogram must be rated", expr: `histogram_quantile(0.9, shop_rtt_seconds)`, at: []string{"shop_rtt_seconds"}},
		{name: "a snapshot histogram's raw buckets are right: they hold what exists now", in: inAlert,
			expr: `histogram_quantile(0.9, sum by (le) (shop_queued_age_seconds_bucket{op="x"})) > 3600`},
		{name: "rate of a snapshot histogram's buckets is left to rate-on-gauge", expr: `histogram_quantile(0.9, rate(shop_queued_age_seconds_bucket[15m]))`},
	})
}

func TestTheHintForASummarySelectsAQuantileItServes(t *testing.T) {
	spec, _, _ := exprSpec(inQuery, "", `histogram_quantile(0.9, rate(shop_rpc_seconds[5m]))`)
	got := runOne(testtool.LoadSpec(t, spec), histogramQuantileInput)
	if len(got) != 1 || !strings.HasSuffix(got[0].Message, `select its precomputed quantiles with shop_rpc_seconds{quantile="0.99"} (it serves 0.5, 0.99)`) {
		t.Errorf("got %v", got)
	}
	m := &catalogue.Metric{Name: "go_gc_duration_seconds", Quantiles: []float64{0, 0.25, 0.5, 0.75, 1}}
	if got, want := summaryExample(m), `go_gc_duration_seconds{quantile="0.75"} (it serves 0, 0.25, 0.5, 0.75, 1)`; got != want {
		t.Errorf("summaryExample = %s, want %s", got, want)
	}
}

// TestRawBucketsSayHowToDeclareASnapshot: postfix_exporter rebuilds its
// queue histograms at every scrape, and histogram_quantile() of their raw
// buckets is right; the message says how to tell obsgen so.
func TestRawBucketsSayHowToDeclareASnapshot(t *testing.T) {
	spec, _, _ := exprSpec(inQuery, "", `histogram_quantile(0.9, shop_latency_seconds_bucket)`)
	got := runOne(testtool.LoadSpec(t, spec), histogramQuantileInput)
	if len(got) != 1 || !strings.Contains(got[0].Message, "declare shop_latency_seconds snapshot: true") {
		t.Errorf("got %v", got)
	}
}
