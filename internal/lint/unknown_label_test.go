package lint

import (
	"fmt"
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

// rabbitSpec is RabbitMQ 3.10's catalogue in brief: rabbitmq_identity_info
// without rabbitmq_endpoint (a label only later servers add) and queue
// metrics without namespace (RabbitMQ outside Kubernetes), with a
// dashboard of the given queries, each its own panel.
func rabbitSpec(queries ...string) string {
	var b strings.Builder
	b.WriteString(`apiVersion: obsgen.dev/v1
service: {name: rabbitmq}
labels: [{name: rabbitmq_cluster}, {name: rabbitmq_node}]
metric_groups:
  - name: rabbitmq
    metrics:
      - {name: rabbitmq_identity_info, type: gauge, help: RabbitMQ node and cluster identity info., labels: [rabbitmq_cluster, rabbitmq_node]}
      - {name: rabbitmq_queue_messages_ready, type: gauge, help: Messages ready to be delivered to consumers.}
dashboards:
  - uid: overview
    title: RabbitMQ-Overview
    rows:
      - title: Overview
        panels:
`)
	for i, q := range queries {
		fmt.Fprintf(&b, "          - {title: P%d, type: stat, queries: [{expr: %q}]}\n", i, q)
	}
	return b.String()
}

// TestAMatcherOnASideOfAnOrWithAFallbackIsAWarning: the rabbitmq-mixin
// writes its 88 queries as A{rabbitmq_endpoint="aggregated"} or A, so that
// they work on servers that do not add the label yet; RabbitMQ 3.10's
// Prometheus answered every one, and lint called them all broken, an
// error that refused generate. A matcher without such a fallback is still
// an error.
func TestAMatcherOnASideOfAnOrWithAFallbackIsAWarning(t *testing.T) {
	withOr := `sum(rabbitmq_queue_messages_ready * on(instance) group_left(rabbitmq_cluster) rabbitmq_identity_info{rabbitmq_endpoint="aggregated"}) or sum(rabbitmq_queue_messages_ready * on(instance) group_left(rabbitmq_cluster) rabbitmq_identity_info)`
	for _, tc := range []struct {
		name    string
		queries []string
		want    []string
	}{
		{"many queries with the fallback are one warning saying so", []string{withOr, withOr, withOr},
			[]string{"warning: 3 queries match on rabbitmq_endpoint, a label no metric, scrape job or organisation of the catalogue declares: each matcher is on one side of an or"}},
		{"one query with the fallback is a warning of its own, naming what the query gives", []string{withOr},
			[]string{"warning: rabbitmq_identity_info carries no label rabbitmq_endpoint (its labels are {instance, job, rabbitmq_cluster, rabbitmq_node}), so the matcher rabbitmq_endpoint=\"aggregated\" selects nothing on this side of the or, and the query gives what sum(rabbitmq_queue_messages_ready * on (instance) group_left (rabbitmq_cluster) rabbitmq_identity_info) reads"}},
		{"without the fallback the matcher selects nothing: an error", []string{`sum(rabbitmq_identity_info{rabbitmq_endpoint="aggregated"})`},
			[]string{"error: rabbitmq_identity_info carries no label rabbitmq_endpoint"}},
		{"a fallback that is a default (or vector(0)) is no fallback: an error", []string{`sum(rabbitmq_identity_info{rabbitmq_endpoint="aggregated"}) or vector(0)`},
			[]string{"error: rabbitmq_identity_info carries no label rabbitmq_endpoint"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := runOne(testtool.LoadSpec(t, rabbitSpec(tc.queries...)), unknownLabel)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %d findings", got, len(tc.want))
			}
			for i, w := range tc.want {
				if have := got[i].Severity.String() + ": " + got[i].Message; !strings.HasPrefix(have, w) {
					t.Errorf("got  %s\nwant %s...", have, w)
				}
			}
		})
	}
}

// TestASpecDashboardsVariableOfALabelNoSeriesCarriesIsNoneNotBroken:
// RabbitMQ's own dashboards select namespace="$namespace" for Kubernetes;
// imported as a spec's dashboard, the variable is single-select
// label_values(namespace), which lists nothing outside Kubernetes, so
// Grafana sets it to None and namespace="" matches every series (the
// trial's Prometheus answered 7032 ready messages). lint --mixin said so
// (info); the imported dashboard drew an error that refused generate.
func TestASpecDashboardsVariableOfALabelNoSeriesCarriesIsNoneNotBroken(t *testing.T) {
	q := `sum(rabbitmq_queue_messages_ready{namespace="$namespace"})`
	spec := strings.Replace(rabbitSpec(q, q, q), "    title: RabbitMQ-Overview\n", "    title: RabbitMQ-Overview\n    variables: [namespace]\n", 1)
	got := runOne(testtool.LoadSpec(t, spec), unknownLabel)
	if len(got) != 1 || got[0].Severity.String() != "info" ||
		!strings.Contains(got[0].Message, "3 queries match on namespace") || !strings.Contains(got[0].Message, "Grafana sets them to None") {
		t.Fatalf("want one info saying Grafana sets namespace to None, got %v", got)
	}
}
