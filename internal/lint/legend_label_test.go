package lint

import "testing"

func TestLegendLabel(t *testing.T) {
	panel := func(typ, textMode, expr, legend string) string {
		mode := ""
		if textMode != "" {
			mode = ", text_mode: " + textMode
		}
		return "dashboards:\n  - uid: d\n    title: D\n    rows:\n      - title: R\n        panels:\n" +
			"          - {title: P, type: " + typ + mode + ", queries: [{expr: '" + expr + "', legend: '" + legend + "'}]}\n"
	}
	runSpecCases(t, legendLabel, []specCase{
		{name: "labels the query keeps are fine", yaml: panel("timeseries", "", "sum by (op) (rate(shop_requests_total[5m]))", "{{op}} on {{ op }}")},
		{name: "target labels of unaggregated series are fine", yaml: panel("timeseries", "", "rate(shop_errors_total[5m])", "{{instance}} {{code}}")},
		{name: "an unknown series carries anything", yaml: panel("timeseries", "", "rate(shop_nope[5m])", "{{whatever}}")},
		{name: "a label the aggregation dropped leaves every series' legend without it", yaml: panel("timeseries", "", "sum by (op) (rate(shop_errors_total[5m]))", "{{code}}"),
			want: []string{"7:112"}},
		{name: "a label the series never had", yaml: panel("timeseries", "", "shop_queue_length", "{{queue}}"),
			want: []string{"7:88"}},
		{name: "a stat of one series that shows no name is left alone, as the varnish-mixin's sum by () stats", yaml: panel("stat", "", "sum(rate(shop_requests_total[5m]))", "{{instance}}")},
		{name: "a stat that shows the series' name says it", yaml: panel("stat", "value_and_name", "sum(rate(shop_requests_total[5m]))", "{{instance}}"),
			want: []string{"7:126"}},
	})
}
