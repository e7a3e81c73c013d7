package lint

import (
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestReplicaLabel(t *testing.T) {
	query := func(expr string) string {
		return "queries:\n  - title: Q\n    queries:\n      - name: q\n        title: T\n        expr: '" + expr + "'\n"
	}
	record := func(runs, expr string) string {
		return groupYAML("recording_groups", runs, "      - record: 'shop:x'\n        expr: '"+expr+"'\n")
	}
	runTopologyCases(t, replicaLabel, []specCase{
		{name: "aggregating without the replica is fine", yaml: query("sum without (replica) (rate(shop_requests_total[5m]))")},
		{name: "a matcher any value satisfies is fine", yaml: query(`shop_nodes{replica=""}`)},
		{name: "grouping by cluster is fine", yaml: record("global", "sum by (cluster) (rate(shop_requests_total[5m]))")},
		{name: "a query grouping by the replica", yaml: query("sum by (op, replica) (rate(shop_requests_total[5m]))"),
			want: []string{"6:28"}},
		{name: "a global rule grouping by the replica", yaml: record("global", "count by (replica) (shop_nodes)"),
			want: []string{"6:26"}},
		{name: "a matcher on the replica", yaml: query(`shop_nodes{replica="a"}`),
			want: []string{"6:27"}},
		{name: "matching on the replica", yaml: query("shop_nodes / on (replica) shop_instances_total"),
			want: []string{"6:33"}},
		{name: "copying the replica", yaml: query("shop_queue_length * on (op) group_left (replica) shop_nodes"),
			want: []string{"6:56"}},
	})
}

func TestReplicaLabelNeedsADeduplicationLabel(t *testing.T) {
	c := testtool.LoadSpec(t, base+"queries:\n  - title: Q\n    queries:\n      - {name: q, title: T, expr: 'sum by (replica) (shop_nodes)'}\n")
	if got := runOne(c, replicaLabel); len(got) != 0 {
		t.Errorf("findings without a deduplication label: %v", got)
	}
}
