package lint

import "testing"

func TestBinaryNoMatch(t *testing.T) {
	runExprCases(t, binaryNoMatch, []exprCase{
		{name: "series with the same labels match", expr: `rate(shop_errors_total[5m]) / rate(shop_errors_total[5m])`},
		{name: "aggregations to the same labels match", expr: `sum by (op) (rate(shop_errors_total[5m])) / sum by (op) (rate(shop_requests_total[5m]))`},
		{name: "differing label sets never match", in: inAlert, expr: `rate(shop_errors_total[5m]) / rate(shop_requests_total[5m]) > 0.1`, at: []string{"/"}},
		{name: "and between differing sets is always empty", expr: `shop_nodes > 1 and shop_queue_length > 1`, at: []string{"and"}},
		{name: "on() names the labels to match on", expr: `rate(shop_errors_total[5m]) / on(op, instance, job) rate(shop_requests_total[5m])`},
		{name: "ignoring() drops the label that differs", expr: `sum without (code) (rate(shop_errors_total[5m])) / ignoring(code) rate(shop_requests_total[5m])`},
		{name: "group_left is many-to-one, not judged", expr: `rate(shop_errors_total[5m]) / ignoring(code) group_left rate(shop_requests_total[5m])`},
		{name: "or and unless do not pair series", expr: `shop_nodes or shop_queue_length`},
		{name: "a scalar side is not matched", expr: `shop_nodes / 2`},
		{name: "unknown labels are not judged", expr: `shop_nope / shop_nodes`},
		{name: "in a panel after Grafana variables", in: inPanel, expr: `sum by (op) (rate(shop_errors_total[$__rate_interval])) / sum(rate(shop_requests_total[$__rate_interval]))`, at: []string{"/"}},
	})
}

func TestASideReadingAnUnknownSeriesIsLeftToUnknownMetric(t *testing.T) {
	// The RabbitMQ cluster-operator's InsufficientEstablishedErlangDistributionLinks,
	// against a catalogue without the erlang_vm_dist families: both sides
	// count by (namespace, rabbitmq_cluster), but only the unknown side
	// was taken to carry namespace.
	runExprCases(t, binaryNoMatch, []exprCase{
		{name: "a count by labels of an unknown series against a known one",
			expr: `count by (namespace, instance) (erlang_vm_dist_node_state == 3) < count by (namespace, instance) (shop_nodes)`},
	})
}
