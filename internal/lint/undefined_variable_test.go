package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
)

func TestUndefinedVariable(t *testing.T) {
	runExprCases(t, undefinedVariable, []exprCase{
		{name: "a variable the dashboard lists is fine", in: inPanel, expr: `sum(rate(shop_requests_total{op=~"$op"}[$__rate_interval]))`},
		{name: "instance, which a query matching on it adds, is fine", in: inPanel, expr: `sum(rate(shop_requests_total{instance=~"$instance"}[5m]))`},
		{name: "Grafana's built-ins are fine", in: inPanel, expr: `sum(increase(shop_requests_total[$__range])) / $__range_s`},
		{name: "label_replace's capture group is no variable", in: inPanel, expr: `label_replace(shop_nodes, "host", "$1", "instance", "(.*):.*")`},
		{name: "an imported dashboard's renamed variables blank it: $node:$port where it offers instance", in: inPanel,
			expr: `rate(shop_requests_total{instance="$node:$port"}[5m])`, at: []string{"$node", "$port"}},
		{name: "the braced and bracketed forms are read too", in: inPanel, expr: `shop_nodes{instance=~"${host:regex}", job="[[job_name]]"}`,
			at: []string{"${host:regex}", "[[job_name]]"}},
		{name: "a query outside a dashboard has no variables to check", expr: `shop_nodes`},
	})
}

// TestAMixinsDashboardIsLeftToItsOwnList: a mixin's dashboard offers
// interval, custom and data source variables the catalogue does not
// model; its list decides, and this check stays out of it.
func TestAMixinsDashboardIsLeftToItsOwnList(t *testing.T) {
	spec, _, _ := exprSpec(inPanel, "", `rate(shop_requests_total[$interval])`)
	c := testtool.LoadSpec(t, spec)
	c.Dashboards[0].Offered = []catalogue.TemplateVariable{{Name: "op"}}
	if got := runOne(c, undefinedVariable); len(got) != 0 {
		t.Errorf("want no findings on a mixin's dashboard, got %v", got)
	}
}

func TestTheMessageNamesWhatTheDashboardOffers(t *testing.T) {
	spec, _, _ := exprSpec(inPanel, "Requests", `rate(shop_requests_total{instance="$node:9100"}[5m])`)
	got := runOne(testtool.LoadSpec(t, spec), undefinedVariable)
	if len(got) != 1 || !strings.Contains(got[0].Message, "reads $node, which dashboard") || !strings.Contains(got[0].Message, "(it offers op)") {
		t.Errorf("got %v", got)
	}
}

// TestAVariableOutsideAMatchersValueIsSaidToBreakTheQuery: [$interval]
// of a variable the dashboard lacks is not an empty selection but a query
// Prometheus refuses; the advice to add a label variable was wrong for it.
func TestAVariableOutsideAMatchersValueIsSaidToBreakTheQuery(t *testing.T) {
	spec, _, _ := exprSpec(inPanel, "Requests", `rate(shop_requests_total{instance="$node"}[$interval])`)
	got := runOne(testtool.LoadSpec(t, spec), undefinedVariable)
	if len(got) != 2 {
		t.Fatalf("got %v", got)
	}
	if m := got[0].Message; !strings.Contains(m, "reads $node") || !strings.Contains(m, "selects nothing") {
		t.Errorf("the matcher's: %s", m)
	}
	if m := got[1].Message; !strings.Contains(m, "reads $interval") || !strings.Contains(m, "Prometheus refuses the query") || !strings.Contains(m, "the window it stood for") || strings.Contains(m, "label interval") {
		t.Errorf("the window's: %s", m)
	}
}
