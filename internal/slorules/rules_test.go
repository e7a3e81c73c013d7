package slorules_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/slorules"
	"github.com/obsgen/obsgen/internal/specload"
)

const spec = `apiVersion: obsgen.dev/v1
service:
  name: shop
labels:
  - name: op
metric_groups:
  - name: shop
    metrics:
      - {name: shop_requests_total, type: counter, help: Requests., labels: [op]}
      - {name: shop_errors_total, type: counter, help: Errors., labels: [op]}
slos:
  - name: available
    objective: 99.9
    sli:
      ratio: {bad: shop_errors_total, total: shop_requests_total}
`

func TestASoundSLODerivesItsRecordsAlertsAndTests(t *testing.T) {
	c, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	if diags.HasErrors() || len(c.SLOGroups) != 1 {
		t.Fatalf("want one derived group, got %d: %v", len(c.SLOGroups), diags)
	}
	s, g := &c.SLOs[0], c.SLOGroups[0]
	if g.Name != s.GroupName(c) || g.TestInterval != slorules.TestInterval {
		t.Errorf("group %q every %s, want %q every %s", g.Name, g.TestInterval, s.GroupName(c), slorules.TestInterval)
	}
	records := map[string]bool{}
	alerts := map[string]catalogue.Rule{}
	for _, r := range g.Rules {
		if r.Record != "" {
			records[r.Record] = true
		} else {
			alerts[r.Labels["severity"]] = r
		}
	}
	for _, w := range catalogue.SLIWindows() {
		if !records[catalogue.SLIErrorRecord(w)] {
			t.Errorf("no %s record", catalogue.SLIErrorRecord(w))
		}
	}
	for _, pol := range catalogue.SLOPolicies {
		a, ok := alerts[pol.Label]
		switch {
		case !ok:
			t.Errorf("no %s alert", pol.Severity)
		case a.Alert != s.AlertName(c) || a.Expr.Text != slorules.AlertCondition(c, s, pol):
			t.Errorf("%s alert %s: %s", pol.Severity, a.Alert, a.Expr.Text)
		case len(a.Tests) == 0:
			t.Errorf("the %s alert has no tests", pol.Severity)
		}
	}
	if len(c.AlertVariants(s.AlertName(c))) != 2 {
		t.Errorf("the derived alerts are not indexed: %v", c.AlertNames())
	}
	slorules.Derive(c)
	if len(c.SLOGroups) != 1 || len(c.SLOGroups[0].Rules) != len(g.Rules) {
		t.Errorf("deriving again changed the groups")
	}
}

func TestA28DaySLOsAlertsDescribeTheirFactorsToAThousandth(t *testing.T) {
	c, diags := specload.LoadBytes("spec.yaml", []byte(strings.Replace(spec, "    objective: 99.9\n", "    objective: 99.9\n    window: 28d\n", 1)))
	if diags.HasErrors() || len(c.SLOGroups) != 1 {
		t.Fatalf("want one derived group: %v", diags)
	}
	want := map[string]string{
		"critical": "more than 13.44× the sustainable rate over 1h and 5m, or 5.6× over 6h and 30m",
		"warning":  "more than 2.8× the sustainable rate over 1d and 2h, or 0.933× over 3d and 6h",
	}
	for _, r := range c.SLOGroups[0].Rules {
		if r.Alert == "" {
			continue
		}
		if d := r.Annotations["description"]; !strings.Contains(d, want[r.Labels["severity"]]) {
			t.Errorf("%s alert: %q, want it to say %q", r.Labels["severity"], d, want[r.Labels["severity"]])
		}
		if !strings.Contains(r.Expr.Text, "0.9333333333333335") && r.Labels["severity"] == "warning" {
			t.Errorf("the ticket alert's expression lost the exact factor: %s", r.Expr.Text)
		}
	}
}

// alikeSLOs are spec's SLO and others that share its test plans (one
// objective and window: a ratio of other series, an availability SLO)
// and one that shares none (99 %).
var alikeSLOs = strings.Replace(spec, "slos:\n", `      - {name: shop_up, type: gauge, help: Whether the shop answers (1) or not (0).}
slos:
`, 1) + `  - name: available-reads
    objective: 99.9
    sli:
      ratio: {bad: 'shop_errors_total{op="read"}', total: 'shop_requests_total{op="read"}'}
  - name: up
    objective: 99.9
    sli:
      availability: {metric: shop_up}
  - name: available-loosely
    objective: 99
    sli:
      ratio: {bad: shop_errors_total, total: shop_requests_total}
`

func TestSLOsDerivedTogetherHaveTheTestsEachHasDerivedAlone(t *testing.T) {
	c, diags := specload.LoadBytes("spec.yaml", []byte(alikeSLOs))
	if diags.HasErrors() || len(c.SLOs) != 4 || len(c.SLOGroups) != len(c.SLOs) {
		t.Fatalf("%d groups of %d SLOs: %v", len(c.SLOGroups), len(c.SLOs), diags)
	}
	together := c.SLOGroups
	for i := range c.SLOs {
		alone, _ := specload.LoadBytes("spec.yaml", []byte(alikeSLOs))
		alone.SLOs = alone.SLOs[i : i+1]
		alone.MarkSLOsSound([]bool{c.SLOSound(i)})
		slorules.Derive(alone)
		if len(alone.SLOGroups) != 1 {
			t.Fatalf("%s alone: %d groups", c.SLOs[i].Name, len(alone.SLOGroups))
		}
		got, want := tests(together[i]), tests(alone.SLOGroups[0])
		if len(want) == 0 {
			t.Fatalf("%s alone has no tests", c.SLOs[i].Name)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: derived with the others, its tests differ from its own:\n%v\nwant\n%v", c.SLOs[i].Name, got, want)
		}
	}
}

// tests returns the tests of a group's alerts, by alert.
func tests(g catalogue.RuleGroup) map[string][]catalogue.RuleTest {
	out := map[string][]catalogue.RuleTest{}
	for _, r := range g.Rules {
		if r.Alert != "" {
			out[r.Alert] = r.Tests
		}
	}
	return out
}
