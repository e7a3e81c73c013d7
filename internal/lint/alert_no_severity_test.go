package lint

import "testing"

func TestAlertNoSeverity(t *testing.T) {
	runSpecCases(t, alertNoSeverity, []specCase{
		{name: "an alert with a severity is fine", yaml: alertYAML(goodAlert)},
		{name: "an alert with other labels only", yaml: alertYAML("      - alert: NoSev\n        expr: shop_nodes < 3\n        labels: {team: db}\n"), want: []string{"4:16"}},
		{name: "an alert without labels", yaml: alertYAML("      - alert: NoLabels\n        expr: shop_nodes < 3\n"), want: []string{"4:16"}},
	})
}
