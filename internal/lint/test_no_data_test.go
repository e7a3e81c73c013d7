package lint

import "testing"

func TestTestNoData(t *testing.T) {
	test := func(values string, at ...string) string {
		s := "        tests:\n          - name: quiet\n            series:\n              - series: shop_nodes\n                values: " + values + "\n            alerts:\n"
		for _, a := range at {
			s += "              - {at: " + a + ", firing: []}\n"
		}
		return s
	}
	alert := func(expr, tests string) string {
		return alertYAML("      - alert: Few\n        expr: " + expr + "\n        for: 5m\n" + tests)
	}
	runSpecCases(t, testNoData, []specCase{
		{name: "a check while the series lasts is fine", yaml: alert("shop_nodes < 3", test("5x10", "10m"))},
		{name: "a check within the lookback after the last sample is fine", yaml: alert("shop_nodes < 3", test("5x10", "15m"))},
		{name: "a check after the series has ended", yaml: alert("shop_nodes < 3", test("5x10", "10m", "16m")), want: []string{"14:22"}},
		{name: "a range reaches as far as it is long", yaml: alert("max_over_time(shop_nodes[1h]) < 3", test("5x10", "1h10m"))},
		{name: "an offset reaches further", yaml: alert("shop_nodes offset 30m < 3", test("5x10", "40m"))},
		{name: "omitted samples at the end do not count", yaml: alert("shop_nodes < 3", test("5x10 _x20", "20m")), want: []string{"13:22"}},
	})
}
