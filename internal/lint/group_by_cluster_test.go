package lint

import "testing"

func TestGroupByCluster(t *testing.T) {
	grouped := func(groupBy string) string {
		return inhibitAlerts + "routing:\n  group_by: " + groupBy + "\n"
	}
	runTopologyCases(t, groupByCluster, []specCase{
		{name: "grouping by the cluster label is fine", yaml: grouped("[alertname, cluster, instance]")},
		{name: "grouping by a coarser cluster-level label is a choice", yaml: grouped("[alertname, region]")},
		{name: "grouping without the cluster label merges clusters", yaml: grouped("[alertname, instance]"), want: []string{"7:13"}},
		{name: "an alert's own grouping is checked too",
			yaml: "alert_groups:\n  - name: g\n    rules:\n      - alert: ShopFew\n        expr: shop_nodes < 3\n        labels: {severity: critical}\n" +
				"        routing:\n          group_by: [alertname]\n", want: []string{"8:21"}},
	})
	runSpecCases(t, groupByCluster, []specCase{
		{name: "without cluster-level external labels there is nothing to keep apart", yaml: grouped("[alertname, instance]")},
	})
}
