package catalogue

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestThePanelsShowingAnExpressionAreThoseAScanOfEveryPanelFinds indexes
// panels of one family fixed to several SLOs' values, to none, and to a
// variable, and wants Showing to find, for each expression, exactly the
// panels a comparison with every panel of the family finds.
func TestThePanelsShowingAnExpressionAreThoseAScanOfEveryPanelFinds(t *testing.T) {
	exprs := []string{
		`slo:ratio{slo="a"}`, `slo:ratio{slo="b", window="1h"}`, `slo:ratio`, `slo:ratio{slo="$slo"}`,
		`slo:ratio{window="5m"}`, `slo:ratio{slo="a", window="5m"}`, `slo:ratio{slo="z"}`, `other{slo="a"}`,
	}
	var panels []Panel
	for _, e := range exprs {
		panels = append(panels, Panel{Title: e, Queries: []PanelQuery{{Expr: Expr{Text: e}}}})
	}
	c := &Catalogue{}
	x := c.IndexPanels([]Dashboard{{UID: "d", Rows: []PanelRow{{Title: "r", Panels: panels}}}})
	for _, e := range exprs {
		var got []string
		for _, ref := range x.Showing(e) {
			got = append(got, ref.Panel.Title)
		}
		hit := map[int]bool{}
		for _, s := range c.familySelectors(e, false) {
			for _, ps := range x.family[s.family] {
				if agree(s.equal, ps.equal) {
					hit[ps.panel] = true
				}
			}
		}
		var order []int
		for n := range hit {
			order = append(order, n)
		}
		sort.Ints(order)
		var want []string
		for _, n := range order {
			want = append(want, x.panels[n].Panel.Title)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s shows %v, want %v", e, got, want)
		}
	}
	if got := x.Showing(`slo:ratio{slo="a"}`); len(got) != 5 {
		t.Errorf("slo a is shown by %d panels, want 5 (a, a 5m, none, the variable, 5m)", len(got))
	}
}

// TestThePanelShowingMostOfAnAlertComesFirst: the squid-mixin's error
// ratio alerts linked to the requests panel, which shows their shared
// denominator, rather than the errors one or the ratio itself.
func TestThePanelShowingMostOfAnAlertComesFirst(t *testing.T) {
	var panels []Panel
	for _, e := range []string{`rate(x_requests_total[5m])`, `rate(x_errors_total[5m])`, `rate(x_hits_total[5m]) / rate(x_requests_total[5m])`} {
		panels = append(panels, Panel{Title: e, Queries: []PanelQuery{{Expr: Expr{Text: e}}}})
	}
	c := &Catalogue{}
	x := c.IndexPanels([]Dashboard{{UID: "d", Rows: []PanelRow{{Title: "r", Panels: panels}}}})
	for expr, want := range map[string]string{
		`rate(x_errors_total[5m]) / rate(x_requests_total[5m]) > 0.05`: "[rate(x_errors_total[5m]) rate(x_requests_total[5m]) rate(x_hits_total[5m]) / rate(x_requests_total[5m])]",
		`rate(x_hits_total[5m]) / rate(x_requests_total[5m]) < 0.85`:   "[rate(x_hits_total[5m]) / rate(x_requests_total[5m]) rate(x_requests_total[5m])]",
	} {
		var got []string
		for _, ref := range x.Showing(expr) {
			got = append(got, ref.Panel.Title)
		}
		if fmt.Sprint(got) != want {
			t.Errorf("%s shows %v, want %s", expr, got, want)
		}
	}
}

// TestAPanelJoiningTheSameInfoMetricDoesNotShowAnAlert: every query of
// RabbitMQ's dashboards joins rabbitmq_identity_info for its cluster and
// node names, and so do the cluster-operator's alerts; each alert's runbook
// page listed 63 of the 69 panels as showing it (HighConnectionChurn
// linked every memory allocator panel).
func TestAPanelJoiningTheSameInfoMetricDoesNotShowAnAlert(t *testing.T) {
	join := ` * on(instance) group_left(rabbitmq_cluster, rabbitmq_node) rabbitmq_identity_info`
	var panels []Panel
	for _, e := range []string{`sum(rate(rabbitmq_connections_closed_total[60s])` + join + `)`, `sum(erlang_vm_allocators{kind="mbcs"}` + join + `)`} {
		panels = append(panels, Panel{Title: e, Queries: []PanelQuery{{Expr: Expr{Text: e}}}})
	}
	c := &Catalogue{}
	x := c.IndexPanels([]Dashboard{{UID: "d", Rows: []PanelRow{{Title: "r", Panels: panels}}}})
	var got []string
	for _, ref := range x.Showing(`sum by (rabbitmq_cluster) (increase(rabbitmq_connections_closed_total[5m])` + join + `) > 10`) {
		got = append(got, ref.Panel.Title)
	}
	if len(got) != 1 || !strings.Contains(got[0], "connections_closed") {
		t.Errorf("the connection churn alert is shown by %q, want the connections panel alone", got)
	}
}
