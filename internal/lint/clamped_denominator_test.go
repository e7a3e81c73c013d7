package lint

import "testing"

func TestClampedDenominator(t *testing.T) {
	runExprCases(t, clampedDenominator, []exprCase{
		{name: "a low hit ratio over a clamped request rate fires on an idle service", in: inAlert,
			expr: `rate(shop_events_total[10m]) / clamp_min(rate(shop_requests_total[10m]), 1) * 100 < 85`, at: []string{"clamp_min"}},
		{name: "clamp's lower bound alike", in: inAlert,
			expr: `sum(rate(shop_events_total[5m])) / (clamp(sum(rate(shop_requests_total[5m])), 0.5, 1e9)) < 0.9`, at: []string{"clamp("}},
		{name: "a high error ratio over a clamped rate is the guard it is meant as", in: inAlert,
			expr: `rate(shop_errors_total[5m]) / clamp_min(rate(shop_requests_total[5m]), 1) * 100 > 5`},
		{name: "a low ratio over an unclamped rate is silent when idle", in: inAlert,
			expr: `rate(shop_events_total[5m]) / rate(shop_requests_total[5m]) < 0.85`},
		{name: "a clamp at 0 changes nothing", in: inAlert,
			expr: `rate(shop_events_total[5m]) / clamp_min(rate(shop_requests_total[5m]), 0) < 0.85`},
		{name: "a query is no alert", expr: `rate(shop_events_total[5m]) / clamp_min(rate(shop_requests_total[5m]), 1) < 0.85`},
	})
}
