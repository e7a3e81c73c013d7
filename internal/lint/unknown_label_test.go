package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestUnknownLabel(t *testing.T) {
	runExprCases(t, unknownLabel, []exprCase{
		{name: "a declared label is fine", expr: `rate(shop_requests_total{op="get"}[5m])`},
		{name: "job and instance are on every scraped series", expr: `shop_queue_length{job="shop", instance=~"a.*"}`},
		{name: "le is on bucket series", expr: `shop_latency_seconds_bucket{le="0.5"}`},
		{name: "quantile is on a summary's series", expr: `shop_rpc_seconds{quantile="0.99"}`},
		{name: "ALERTS may carry any label", expr: `ALERTS{alertname="A", severity="page"}`},
		{name: "an unknown metric is left to unknown-metric", expr: `shop_nope{foo="x"}`},
		{name: "a label the metric lacks selects nothing", expr: `rate(shop_requests_total{opp="get"}[5m])`, at: []string{"opp"}},
		{name: "a label found after the metric name, not inside it", expr: `shop_nodes{op="x"}`, at: []string{"{^op"}},
		{name: "a negative matcher on a missing label is flagged too", expr: `shop_nodes{code!="500"}`, at: []string{"code"}},
		{name: "le on a series other than buckets", expr: `shop_latency_seconds_count{le="1"}`, at: []string{"le"}},
		{name: "a missing label in a panel after Grafana variables", in: inPanel, expr: `sum(rate(shop_events_total{op=~"$op"}[$__rate_interval]))`, at: []string{"{^op"}},
		{name: "a missing label on the second line of an alert", in: inAlert, expr: "rate(shop_requests_total[5m])\n  > on(op) shop_queue_length{code=\"x\"}", at: []string{"code"}},
	})
}

func TestUnknownLabelSeverity(t *testing.T) {
	spec, _, _ := exprSpec(inQuery, "", `shop_nodes{a="x"} + shop_nodes{b!="x"}`)
	got := runOne(testtool.LoadSpec(t, spec), unknownLabel)
	if len(got) != 2 || got[0].Severity.String() != "error" || got[1].Severity.String() != "warning" {
		t.Fatalf("want an error for a=\"x\" and a warning for b!=\"x\", got %v", got)
	}
}

func TestADashboardVariableOfALabelNothingDeclaresIsInfoNotAnError(t *testing.T) {
	// A mixin's dashboard imported as written offers cluster and
	// namespace; where no series carries them the list is empty and All
	// selects every series: it works, so generate must not refuse it.
	spec := base + `dashboards:
  - uid: d
    title: D
    variables: [op, cluster]
    rows:
      - title: R
        panels:
          - {title: P, type: stat, queries: [{expr: 'sum(shop_queue_length{op=~"$op"})'}]}
`
	got := runOne(testtool.LoadSpec(t, spec), unknownLabel)
	if len(got) != 1 || got[0].Severity.String() != "info" || got[0].Pos.Line != 30 || got[0].Pos.Col != 21 ||
		!strings.Contains(got[0].Message, "variable cluster lists the values of a label no metric") {
		t.Fatalf("want one info on cluster at 30:21, got %v", got)
	}
}
