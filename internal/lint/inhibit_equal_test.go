package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
)

// inhibitAlerts are a source and a target alert: ShopFew keeps the
// target labels (job, instance), ShopBusy also op.
const inhibitAlerts = "alert_groups:\n  - name: g\n    rules:\n" +
	"      - {alert: ShopFew, expr: shop_nodes < 3, for: 5m, labels: {severity: critical}, annotations: {summary: S}, runbook: {meaning: M}}\n" +
	"      - {alert: ShopBusy, expr: 'rate(shop_requests_total[5m]) > 1', for: 5m, labels: {severity: warning}, annotations: {summary: S}, runbook: {meaning: M}}\n"

func inhibition(equal string) string {
	return inhibitAlerts + "routing:\n  inhibitions:\n    - source: {alerts: [ShopFew]}\n      target: {alerts: [ShopBusy]}\n      equal: " + equal + "\n"
}

func TestInhibitEqual(t *testing.T) {
	runSpecCases(t, inhibitEqual, []specCase{
		{name: "equal labels both alerts carry are fine", yaml: inhibition("[job, instance]")},
		{name: "a label neither alert carries is harmless when another equal label scopes the pair", yaml: inhibition("[instance, cluster]")},
		{name: "a label only the target carries would never hold", yaml: inhibition("[op]"), want: []string{"10:15"}},
		{name: "no equal label at all mutes everywhere", yaml: inhibition("[]"), want: []string{"8:7"}},
		{name: "an inhibition that pairs no alert is not checked",
			yaml: inhibitAlerts + "routing:\n  inhibitions:\n    - source: {labels: {severity: page}}\n      equal: [cluster]\n"},
		{name: "a cluster label no metric, target or organisation declares is reported",
			yaml: inhibition("[cluster]"), want: []string{"10:15"}},
	})
}

// fleetInhibition pairs ShopFew, evaluated in each cluster's Prometheus,
// with ShopFleet, evaluated by the global ruler from expr, on equal.
func fleetInhibition(expr, equal string) string {
	return "alert_groups:\n  - name: local\n    rules:\n" +
		"      - {alert: ShopFew, expr: shop_nodes < 3, for: 5m, labels: {severity: critical}, annotations: {summary: S}, runbook: {meaning: M}}\n" +
		"  - name: fleet\n    runs: global\n    rules:\n" +
		"      - {alert: ShopFleet, expr: '" + expr + "', for: 5m, labels: {severity: warning}, annotations: {summary: S}, runbook: {meaning: M}}\n" +
		"routing:\n  inhibitions:\n    - source: {alerts: [ShopFew]}\n      target: {alerts: [ShopFleet]}\n      equal: " + equal + "\n"
}

// TestInhibitEqualOnExternalLabels: a Prometheus server adds its external
// labels to every alert it sends, so two local alerts both carry cluster;
// the global ruler adds its own labels, not the servers', so its alert
// carries cluster only when its expression keeps it.
func TestInhibitEqualOnExternalLabels(t *testing.T) {
	runTopologyCases(t, inhibitEqual, []specCase{
		{name: "two local alerts both carry the servers' cluster", yaml: inhibition("[cluster]")},
		{name: "the deduplication label never reaches Alertmanager: alert_relabel_configs drop it",
			yaml: inhibition("[replica]"), want: []string{"10:15"}},
		{name: "a global alert that keeps cluster carries it",
			yaml: fleetInhibition("sum by (cluster) (rate(shop_requests_total[5m])) > 1", "[cluster]")},
		{name: "a global alert that aggregates cluster away does not carry it",
			yaml: fleetInhibition("count(sum by (cluster) (rate(shop_requests_total[5m])) > 1) > 1", "[cluster]"), want: []string{"13:15"}},
	})
}

// TestInhibitEqualSuggestsTheClusterLabels: target names repeat from
// cluster to cluster, so the scope suggested for an inhibition without
// equal labels names the cluster-level external labels (not replica).
func TestInhibitEqualSuggestsTheClusterLabels(t *testing.T) {
	for _, tc := range []struct {
		org  *catalogue.Organisation
		want string
	}{
		{nil, "e.g. equal: [instance]"},
		{topologyOrg, "e.g. equal: [cluster, region, instance]"},
	} {
		c := testtool.LoadSpec(t, base+inhibition("[]"))
		c.Organisation = tc.org
		got := runOne(c, inhibitEqual)
		if len(got) != 1 || !strings.HasSuffix(got[0].Message, tc.want) {
			t.Errorf("findings %v, want one ending %q", got, tc.want)
		}
	}
}

// TestAnInhibitionThatAppliesToSomeOfItsTargetsIsAWarning: the
// alertmanager-mixin's AlertmanagerDown muting the alerts of its own
// instance (equal: [instance]) leaves the cluster-level ones, which carry
// no instance, unmuted; Alertmanager applies it to the others. Only an
// inhibition that applies to none of its targets is an error.
func TestAnInhibitionThatAppliesToSomeOfItsTargetsIsAWarning(t *testing.T) {
	alerts := "alert_groups:\n  - name: g\n    rules:\n" +
		"      - {alert: ShopBusy, expr: 'rate(shop_requests_total[5m]) > 1', for: 5m, labels: {severity: critical}, annotations: {summary: S}, runbook: {meaning: M}}\n" +
		"      - {alert: ShopSlow, expr: 'rate(shop_requests_total[5m]) > 2', for: 5m, labels: {severity: warning}, annotations: {summary: S}, runbook: {meaning: M}}\n" +
		"      - {alert: ShopFew, expr: 'sum(shop_nodes) < 3', for: 5m, labels: {severity: warning}, annotations: {summary: S}, runbook: {meaning: M}}\n"
	for _, tc := range []struct {
		name, targets, want string
	}{
		{"some targets carry the label", "[ShopSlow, ShopFew]", "warning"},
		{"no target carries it", "[ShopFew]", "error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := base + alerts + "routing:\n  inhibitions:\n    - source: {alerts: [ShopBusy]}\n      target: {alerts: " + tc.targets + "}\n      equal: [instance]\n"
			got := runOne(testtool.LoadSpec(t, spec), inhibitEqual)
			if len(got) != 1 || got[0].Severity.String() != tc.want {
				t.Fatalf("findings %v, want one %s", got, tc.want)
			}
			if !strings.Contains(got[0].Message, "ShopFew") {
				t.Errorf("the finding does not name the target left unmuted: %s", got[0].Message)
			}
		})
	}
}
