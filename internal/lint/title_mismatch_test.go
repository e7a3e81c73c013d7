package lint

import "testing"

func TestTitleMismatch(t *testing.T) {
	runExprCases(t, titleMismatch, []exprCase{
		{name: "a p99 title over a 0.99 quantile is fine", title: "Latency (p99)", expr: `histogram_quantile(0.99, rate(shop_latency_seconds_bucket[5m]))`},
		{name: "an average title over sum by count is fine", title: "Average latency", expr: `rate(shop_latency_seconds_sum[5m]) / rate(shop_latency_seconds_count[5m])`},
		{name: "a median title over a summary's 0.5 quantile is fine", title: "Median RPC time", expr: `shop_rpc_seconds{quantile="0.5"}`},
		{name: "a MiB title over a division by 1024 is fine", title: "Queue (MiB)", expr: `shop_queue_length / 1024 / 1024`},
		{name: "a p99 title over a summary serving percentiles (quantile=\"99\") is fine", title: "RPC time p99", expr: `shop_rpc_seconds{quantile="99"}`},
		{name: "a p99 title over a summary's 99.9th percentile", title: "RPC time p99", expr: `shop_rpc_seconds{quantile="99.9"}`, at: []string{"shop_rpc_seconds"}},
		{name: "a priority is not a percentile", title: "P1 incidents", expr: `shop_queue_length`},
		{name: "a title without claims is fine", title: "Queue", expr: `shop_queue_length / 1000`},
		{name: "an average title over a percentile", title: "Average latency", expr: `histogram_quantile(0.95, rate(shop_latency_seconds_bucket[5m]))`, at: []string{"histogram_quantile"}},
		{name: "a p99 title over a 0.95 quantile", in: inPanel, title: "Latency (p99)", expr: `histogram_quantile(0.95, sum by (le) (rate(shop_latency_seconds_bucket[$__rate_interval])))`, at: []string{"0.95"}},
		{name: "a percentile title over no quantile", title: "95th percentile latency", expr: `rate(shop_latency_seconds_sum[5m])`, at: []string{"rate"}},
		{name: "an MB title over a division by 1024", in: inPanel, title: "Queue (MB)", expr: `shop_queue_length / 1024 / 1024`, at: []string{"1024"}},
		{name: "a GiB title over a division by 1e9", title: "Queue GiB", expr: `shop_queue_length / 1e9`, at: []string{"1e9"}},
	})
}
