package lint

import "testing"

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
