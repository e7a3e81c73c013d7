package lint

import "testing"

func TestTestWindow(t *testing.T) {
	test := func(interval string) string {
		s := "        tests:\n          - name: fires\n"
		if interval != "" {
			s += "            interval: " + interval + "\n"
		}
		return s + "            series:\n              - series: shop_errors_total\n                values: 0+5x10\n            alerts:\n              - {at: 5m, firing: []}\n"
	}
	alert := func(expr, tests string) string {
		return alertYAML("      - alert: Errors\n        expr: " + expr + "\n" + tests)
	}
	runSpecCases(t, testWindow, []specCase{
		{name: "a window of two intervals or more is fine", yaml: alert("increase(shop_errors_total[2m]) > 0", test(""))},
		{name: "a one-interval window under the default 1m interval, as awesome-prometheus-alerts writes increase(...[1m])",
			yaml: alert("increase(shop_errors_total[1m]) > 0", test("")), want: []string{"7:13"}},
		{name: "an interval of half the window is fine", yaml: alert("increase(shop_errors_total[1m]) > 0", test("30s"))},
		{name: "a window shorter than the interval", yaml: alert("rate(shop_errors_total[30s]) > 0", test("1m")), want: []string{"8:23"}},
		{name: "functions of one sample are fine", yaml: alert("max_over_time(shop_errors_total[1m]) > 0", test(""))},
	})
}
