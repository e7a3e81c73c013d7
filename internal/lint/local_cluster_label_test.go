package lint

import (
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/testtool"
)

func TestLocalClusterLabel(t *testing.T) {
	alert := func(runs, expr, summary string) string {
		return groupYAML("alert_groups", runs, "      - alert: A\n        expr: '"+expr+"'\n        annotations:\n          summary: '"+summary+"'\n")
	}
	runTopologyCases(t, localClusterLabel, []specCase{
		{name: "a local sum over instances is fine", yaml: alert("local", "sum(rate(shop_errors_total[5m])) > 1", "errors")},
		{name: "$externalLabels in a local alert is fine", yaml: alert("local", "shop_nodes < 3", "in {{ $externalLabels.cluster }}")},
		{name: "the same aggregation in a global rule is fine", yaml: alert("global", "sum by (cluster) (shop_nodes) < 3", "in {{ $labels.cluster }}")},
		{name: "the replica is not cluster-level", yaml: alert("local", "sum without (replica) (shop_nodes) < 3", "x")},
		{name: "a local aggregation by cluster", yaml: alert("local", "sum by (cluster) (shop_nodes) < 3", "x"),
			want: []string{"6:24"}},
		{name: "a local aggregation without region", yaml: alert("", "sum without (region) (shop_nodes) < 3", "x"),
			want: []string{"6:29"}},
		{name: "a local match on cluster", yaml: alert("local", "shop_nodes < on (cluster) shop_instances_total", "x"),
			want: []string{"6:33"}},
		{name: "a local matcher on cluster", yaml: alert("local", `shop_nodes{cluster="a"} < 3`, "x"),
			want: []string{"6:27"}},
		{name: "$labels.cluster in a local alert", yaml: alert("local", "shop_nodes < 3", "in {{ $labels.cluster }}"),
			want: []string{"8:20"}},
	})
}

func TestLocalClusterLabelMatcherIsAnError(t *testing.T) {
	c := testtool.LoadSpec(t, base+groupYAML("recording_groups", "local", "      - record: 'shop:x'\n        expr: 'shop_nodes{cluster=\"a\"}'\n"))
	c.Organisation = topologyOrg
	got := runOne(c, localClusterLabel)
	if len(got) != 1 || got[0].Severity != diag.Error {
		t.Errorf("findings %v, want one error", got)
	}
}
