package lint

import (
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestBadLabelValue(t *testing.T) {
	runExprCases(t, badLabelValue, []exprCase{
		{name: "an enumerated value is fine", expr: `rate(shop_events_total{type="joined"}[5m])`},
		{name: "a regexp matching enumerated values is fine", expr: `rate(shop_events_total{type=~"joined|left"}[5m])`},
		{name: "a label without enumeration takes any value", expr: `shop_queue_length{op="anything"}`},
		{name: "a Grafana variable is filled in later", in: inPanel, expr: `rate(shop_events_total{type=~"$type"}[$__rate_interval])`},
		{name: "a bucket bound is fine, written either way", expr: `shop_latency_seconds_bucket{le="0.50"} + shop_latency_seconds_bucket{le="+Inf"}`},
		{name: "a declared quantile is fine", expr: `shop_rpc_seconds{quantile="0.99"}`},
		{name: "a misspelt value selects nothing", in: inAlert, expr: `increase(shop_events_total{type="joind"}[5m]) > 0`, at: []string{"type"}},
		{name: "a regexp alternative outside the values", expr: `rate(shop_events_total{type=~"joined|lft"}[5m])`, at: []string{"type"}},
		{name: "a regexp matching no value", expr: `rate(shop_events_total{type=~"gone.*"}[5m])`, at: []string{"type"}},
		{name: "a negative matcher outside the values", expr: `rate(shop_events_total{type!="gone"}[5m])`, at: []string{"type"}},
		{name: "a negative regex excluding every value selects nothing, as the alertmanager-mixin's default integrations make it", in: inAlert,
			expr: `rate(shop_requests_total{op!~".*"}[5m]) > 0`, at: []string{"{^op"}},
		{name: "a negative regex excluding some values is fine", expr: `rate(shop_requests_total{op!~"get|put"}[5m])`},
		{name: "a negative regex excluding the set values keeps series without the label", expr: `rate(shop_requests_total{op!~".+"}[5m])`},
		{name: "a bucket bound the histogram lacks", expr: `shop_latency_seconds_bucket{le="0.25"}`, at: []string{"le"}},
		{name: "a quantile the summary lacks", in: inPanel, expr: `shop_rpc_seconds{quantile="0.95", op=~"$op"}`, at: []string{"quantile"}},
	})
}

// cacheOps is a metric with its own label_values, appended to the base
// catalogue's metrics in its own group.
const cacheOps = `  - name: cache
    metrics:
      - {name: shop_cache_ops_total, type: counter, help: Cache operations., labels: [op, type], label_values: {op: [get, set], type: [joined]}}
`

func TestBadLabelValueReadsAMetricsOwnLabelValues(t *testing.T) {
	for _, tc := range []struct {
		name, expr string
		want       []string
	}{
		{"a value of the metric's own label_values is fine", `rate(shop_cache_ops_total{op="get", type="joined"}[5m])`, nil},
		{"a free label's value outside the metric's own label_values selects nothing", `rate(shop_cache_ops_total{op="delete"}[5m])`,
			[]string{`op is never "delete" (its values are get, set), so op="delete" selects nothing`}},
		{"an enumerated label's value the metric's own label_values leave out selects nothing", `rate(shop_cache_ops_total{type=~"joined|left"}[5m])`,
			[]string{`type is never "left" (its values are joined); that alternative of type=~"joined|left" matches nothing`}},
		{"the same value on a metric without label_values is any value", `rate(shop_requests_total{op="delete"}[5m])`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := strings.Replace(base, "metric_groups:\n", "metric_groups:\n"+cacheOps, 1) +
				"queries:\n  - title: Q\n    queries:\n      - name: q\n        title: T\n        expr: " + yamlQuote(tc.expr) + "\n"
			var got []string
			for _, d := range runOne(testtool.LoadSpec(t, spec), badLabelValue) {
				got = append(got, d.Message)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
