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
		{name: "a guard requiring events counted over the window keeps the count at the clamp of 1, as the varnish-mixin writes it", in: inAlert,
			expr: `increase(shop_events_total[10m]) / (clamp_min((increase(shop_events_total[10m]) + increase(shop_requests_total[10m])), 1)) * 100 < 80 and (increase(shop_events_total[10m]) + increase(shop_requests_total[10m]) > 0)`},
		{name: "a guard requiring the denominator to reach the clamp", in: inAlert,
			expr: `rate(shop_events_total[5m]) / clamp_min(rate(shop_requests_total[5m]), 1) < 0.85 and rate(shop_requests_total[5m]) >= 1`},
		{name: "a rate above 0 may be under 1 a second: no guard", in: inAlert,
			expr: `rate(shop_events_total[5m]) / clamp_min(rate(shop_requests_total[5m]), 1) < 0.85 and rate(shop_requests_total[5m]) > 0`, at: []string{"clamp_min"}},
		{name: "a guard on another expression is none", in: inAlert,
			expr: `increase(shop_events_total[10m]) / clamp_min(increase(shop_requests_total[10m]), 1) < 0.8 and increase(shop_events_total[10m]) > 0`, at: []string{"clamp_min"}},
		{name: "a panel's ratio over a rate clamped at 1 shows it too low under one event a second, as the varnish-mixin's hit rate", in: inPanel,
			expr: `rate(shop_events_total[$__rate_interval]) / clamp_min(rate(shop_events_total[$__rate_interval]) + rate(shop_requests_total[$__rate_interval]), 1)`, at: []string{"clamp_min"}},
		{name: "a panel's ratio over a count clamped at 1 is the guard against 0/0", in: inPanel,
			expr: `increase(shop_events_total[1h]) / clamp_min(increase(shop_requests_total[1h]), 1)`},
	})
}
