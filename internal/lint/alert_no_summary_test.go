package lint

import "testing"

func TestAlertNoSummary(t *testing.T) {
	runSpecCases(t, alertNoSummary, []specCase{
		{name: "an alert with a summary is fine", yaml: alertYAML(goodAlert)},
		{name: "an alert with a description only", yaml: alertYAML("      - alert: NoSum\n        expr: shop_nodes < 3\n        annotations: {description: D}\n"), want: []string{"4:16"}},
		{name: "a blank summary", yaml: alertYAML("      - alert: Blank\n        expr: shop_nodes < 3\n        annotations: {summary: ' '}\n"), want: []string{"4:16"}},
	})
}
