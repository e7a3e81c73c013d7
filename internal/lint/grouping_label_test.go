package lint

import (
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/testtool"
)

func TestGroupingLabel(t *testing.T) {
	runExprCases(t, groupingLabel, []exprCase{
		{name: "by a label the series carries is fine", expr: `sum by (op, instance) (rate(shop_requests_total[5m]))`},
		{name: "without a carried label is fine", expr: `sum without (instance) (shop_queue_length)`},
		{name: "on a label both sides carry is fine", expr: `rate(shop_errors_total[5m]) / on (op, instance, job) group_left rate(shop_requests_total[5m])`},
		{name: "ignoring a label one side carries is fine", expr: `rate(shop_errors_total[5m]) / ignoring (code) rate(shop_requests_total[5m])`},
		{name: "label_replace adds the label it writes", expr: `sum by (svc) (label_replace(shop_nodes, "svc", "$1", "job", "(.*)"))`},
		{name: "by a label the series lacks", expr: `sum by (peer) (shop_nodes)`, at: []string{"peer"}},
		{name: "by a label in the by-after syntax", in: inPanel, expr: `sum(rate(shop_events_total[$__rate_interval])) by (type, op)`, at: []string{", ^op"}},
		{name: "by a label an inner aggregation dropped", expr: `max by (op) (sum by (instance) (shop_queue_length))`, at: []string{"(^op)"}},
		{name: "without a label nothing carries", expr: `sum without (code) (shop_queue_length)`, at: []string{"code"}},
		{name: "on a label one side lacks", in: inAlert, expr: `shop_queue_length > on (op) shop_nodes`, at: []string{"(^op"}},
		{name: "on a label neither side carries, as the postgres mixin's on (instance, namespace) outside Kubernetes", in: inAlert, expr: `shop_queue_length / on (instance, namespace) shop_nodes > 1`, at: []string{"namespace"}},
		{name: "on a label beside a series no catalogue declares (unknown-metric's finding, not this one's)", in: inAlert, expr: `shop_nodes * on (namespace) group_left nowhere_declared_total > 1`},
		{name: "ignoring a label neither side carries", expr: `shop_queue_length / ignoring (code) shop_queue_length`, at: []string{"code"}},
		{name: "group_left copying a label the one side lacks", expr: `shop_queue_length * on (instance) group_left (code) shop_nodes`, at: []string{"code"}},
		{name: "histogram_quantile drops le", expr: `sum by (le) (histogram_quantile(0.9, rate(shop_latency_seconds_bucket[5m])))`, at: []string{"le"}},
	})
}

func TestOnALabelNeitherSideCarriesIsAWarningAndOneOnlyOneSideLacksAnError(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want diag.Severity
	}{
		// Both sides match on the empty value: promtool fires the
		// mixin's PostgresAcquiredTooManyLocks; the clause does nothing.
		{`shop_queue_length / on (instance, namespace) shop_nodes > 1`, diag.Warning},
		{`shop_queue_length > on (op) shop_nodes`, diag.Error},
	} {
		spec, _, _ := exprSpec(inAlert, "", tc.expr)
		got := runOne(testtool.LoadSpec(t, spec), groupingLabel)
		if len(got) != 1 || got[0].Severity != tc.want {
			t.Errorf("%s: got %v, want one %s", tc.expr, got, tc.want)
		}
	}
}
