package lint

import "testing"

func TestDeltaOnCounter(t *testing.T) {
	runExprCases(t, deltaOnCounter, []exprCase{
		{name: "delta of a gauge is fine", expr: `delta(shop_queue_length[1h])`},
		{name: "deriv of a gauge is fine", expr: `deriv(shop_queue_length[10m])`},
		{name: "increase of a counter is fine", expr: `increase(shop_requests_total[1h])`},
		{name: "delta of a counter is wrong", expr: `delta(shop_requests_total[1h])`, at: []string{"delta"}},
		{name: "deriv of a histogram's count is wrong", in: inAlert, expr: `deriv(shop_latency_seconds_count[10m]) > 1`, at: []string{"deriv"}},
		{name: "idelta of a counter in a panel is wrong", in: inPanel, expr: `idelta(shop_events_total[$__rate_interval])`, at: []string{"idelta"}},
		{name: "predict_linear of a counter is wrong", expr: `predict_linear(shop_requests_total[1h], 3600)`, at: []string{"predict_linear"}},
	})
}
