package lint

import "testing"

func TestRouteLabel(t *testing.T) {
	routes := func(match string) string {
		return inhibitAlerts + "routing:\n  routes:\n    - match: " + match + "\n      receiver: pager\n"
	}
	runSpecCases(t, routeLabel, []specCase{
		{name: "a route on a label the rules set is fine", yaml: routes("{severity: critical}")},
		{name: "a route on a label the series carry is fine", yaml: routes("{op: get}")},
		{name: "a route on a label no alert carries takes nothing", yaml: routes("{team: storage}"), want: []string{"8:15"}},
		{name: "a misspelt label is reported with a hint", yaml: routes("{sevrity: critical}"), want: []string{"8:15"}},
		{name: "a value no rule sets is a warning", yaml: routes("{severity: crtical}"), want: []string{"8:25"}},
		{name: "an alert's own route is checked against that alert",
			yaml: "alert_groups:\n  - name: g\n    rules:\n      - alert: ShopFew\n        expr: shop_nodes < 3\n        labels: {severity: critical}\n" +
				"        routing:\n          routes:\n            - {match: {op: get}, receiver: pager}\n", want: []string{"9:24"}},
	})
}

// TestRouteLabelOnExternalLabels: alerts reach Alertmanager with the
// servers' cluster-level external labels, but without the deduplication
// label, which the generated alert_relabel_configs drop.
func TestRouteLabelOnExternalLabels(t *testing.T) {
	routes := func(match string) string {
		return inhibitAlerts + "routing:\n  routes:\n    - match: " + match + "\n      receiver: pager\n"
	}
	runTopologyCases(t, routeLabel, []specCase{
		{name: "a route on a cluster-level external label is fine", yaml: routes("{cluster: eu1}")},
		{name: "a route on the deduplication label takes nothing", yaml: routes("{replica: \"0\"}"), want: []string{"8:15"}},
	})
}
