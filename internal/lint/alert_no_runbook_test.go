package lint

import "testing"

func TestAlertNoRunbook(t *testing.T) {
	runSpecCases(t, alertNoRunbook, []specCase{
		{name: "an alert with a runbook section is fine", yaml: alertYAML(goodAlert)},
		{name: "a runbook_url annotation is a runbook", yaml: alertYAML("      - alert: URL\n        expr: shop_nodes < 3\n        annotations: {runbook_url: 'https://example.com/r'}\n")},
		{name: "an alert without a runbook", yaml: alertYAML(goodAlert, "      - alert: Lost\n        expr: shop_nodes < 3\n        annotations: {summary: S}\n"), want: []string{"10:16"}},
	})
}
