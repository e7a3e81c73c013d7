package lint

import "testing"

func TestUnknownJob(t *testing.T) {
	runExprCases(t, unknownJob, []exprCase{
		{name: "the service's own job is known", expr: `up{job="shop"} == 0`},
		{name: "a regex matching the job is fine", expr: `rate(shop_requests_total{job=~"sh.*"}[5m])`},
		{name: "a misspelt job selects nothing", in: inAlert, expr: `up{job="shops"} == 0`, at: []string{"job"}},
		{name: "a job matcher on a catalogue metric is checked", expr: `shop_nodes{job="node"}`, at: []string{"job"}},
		{name: "a regex matching no job selects nothing", expr: `shop_nodes{job=~"nodes?"}`, at: []string{"job"}},
		{name: "a negative matcher is not judged", expr: `shop_nodes{job!="node"}`},
		{name: "a dashboard variable is filled in at query time", in: inPanel, expr: `shop_nodes{job=~"$job"}`},
		{name: "an unknown series is left to unknown-metric", expr: `shop_nope{job="x"}`},
		{name: "the jobs of a scrape section replace the default", expr: `up{job="shop"}`, at: []string{"job"},
			extra: "scrape:\n  targets:\n    - variant: static\n      job: shop-api\n      static: [\"localhost:1\"]\n"},
	})
}
