package lint

import "testing"

func TestGlobalClusterLabel(t *testing.T) {
	alert := func(expr, summary string) string {
		return groupYAML("alert_groups", "global", "      - alert: A\n        expr: '"+expr+"'\n        annotations:\n          summary: '"+summary+"'\n")
	}
	runTopologyCases(t, globalClusterLabel, []specCase{
		{name: "an aggregation keeping cluster is fine", yaml: alert("sum by (cluster) (rate(shop_errors_total[5m])) > 1", "in {{ $labels.cluster }}")},
		{name: "a fleet-wide count needs no cluster", yaml: alert("count(shop_nodes < 3) > 1", "{{ $value }} clusters")},
		{name: "an aggregation dropping cluster", yaml: alert("sum(rate(shop_errors_total[5m])) > 1", "in {{ $labels.cluster }}"),
			want: []string{"8:20"}},
		{name: "an aggregation dropping region too", yaml: alert("sum by (cluster) (shop_nodes) < 3", "{{ $labels.cluster }} in {{ $labels.region }}"),
			want: []string{"8:20"}},
		{name: "the ruler's own external labels", yaml: alert("sum by (cluster) (shop_nodes) < 3", "in {{ $externalLabels.cluster }}"),
			want: []string{"8:20"}},
		{name: "a local alert is not this check's", yaml: groupYAML("alert_groups", "local",
			"      - alert: A\n        expr: 'sum(shop_nodes) < 3'\n        annotations:\n          summary: '{{ $labels.cluster }}'\n")},
	})
}
