package diff

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
)

const header = "apiVersion: obsgen.dev/v1\nservice: {name: s}\nmetric_groups:\n  - name: g\n    metrics:\n      - {name: x_total, type: counter, help: X., labels: [op]}\n      - {name: y_total, type: counter, help: Y.}\nlabels:\n  - {name: op, description: Op.}\n"

// titles lists a report's changes as their titles.
func titles(r *Report) string {
	var out []string
	for i := range r.Changes {
		c := &r.Changes[i]
		line := c.Title()
		for _, d := range c.Details() {
			line += "; " + d
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

func TestDiffReadsWhatAChangeMeans(t *testing.T) {
	rules := func(body string) string { return header + "alert_groups:\n  - name: a\n    rules:\n" + body }
	for _, tc := range []struct {
		name, base, head, want string
	}{
		{
			"an expression written differently but meaning the same is no change",
			rules("      - {alert: A, expr: 'rate(x_total[5m]) > 1', labels: {severity: page}}\n"),
			rules("      - alert: A\n        expr: |\n          rate( x_total[5m] )\n            > 1\n        labels: {severity: page}\n"),
			"",
		},
		{
			"alert variants are compared by name and labels: only the critical one changed",
			rules("      - {alert: A, expr: 'rate(x_total[5m]) > 1', labels: {severity: warning}}\n      - {alert: A, expr: 'rate(x_total[5m]) > 5', labels: {severity: critical}}\n"),
			rules("      - {alert: A, expr: 'rate(x_total[5m]) > 1', labels: {severity: warning}}\n      - {alert: A, expr: 'rate(x_total[5m]) > 9', labels: {severity: critical}}\n"),
			`alert A{severity="critical"} changed; threshold: > 5 → > 9`,
		},
		{
			"the only rule of a name whose severity changed is the same alert, changed",
			rules("      - {alert: A, expr: 'rate(x_total[5m]) > 1', labels: {severity: ticket}}\n"),
			rules("      - {alert: A, expr: 'rate(x_total[5m]) > 1', labels: {severity: page}, for: 5m}\n"),
			"alert A changed; for: (none) → 5m; severity: ticket → page",
		},
		{
			"an alert under a new name with the same expression and labels was renamed",
			rules("      - {alert: A, expr: 'rate(x_total[5m]) > 1'}\n"),
			rules("      - {alert: B, expr: 'rate(x_total[5m]) > 1'}\n"),
			"alert A renamed to B",
		},
		{
			"a metric the catalogue retypes while the exporter serves it as before (exposed_as) is not breaking",
			rules("      - {alert: A, expr: 'rate(y_total[5m]) > 1'}\n"),
			strings.Replace(rules("      - {alert: A, expr: 'rate(y_total[5m]) > 1'}\n"), "y_total, type: counter", "y_total, type: gauge, exposed_as: counter", 1),
			"metric y_total retyped; type: counter → gauge; served as before (TYPE counter): the catalogue now reads it as a gauge",
		},
		{
			"a retyped metric is breaking and names who reads it",
			rules("      - {alert: A, expr: 'rate(y_total[5m]) > 1'}\n"),
			strings.Replace(rules("      - {alert: A, expr: 'rate(y_total[5m]) > 1'}\n"), "y_total, type: counter", "y_total, type: gauge", 1),
			"metric y_total retyped (breaking); type: counter → gauge; reads it: alert A (s): reads it as a counter",
		},
		{
			"a removed label breaks only what matches or groups on it",
			rules("      - {alert: A, expr: 'sum by (op) (rate(x_total[5m])) > 1'}\n      - {alert: B, expr: 'sum(rate(x_total[5m])) > 1'}\n"),
			strings.Replace(rules("      - {alert: A, expr: 'sum by (op) (rate(x_total[5m])) > 1'}\n      - {alert: B, expr: 'sum(rate(x_total[5m])) > 1'}\n"), "labels: [op]", "labels: []", 1),
			"metric x_total changed (breaking); labels: op → (none); label op removed; reads it: alert A (s): still uses label op",
		},
		{
			"a removed label breaks an alert whose notification prints it",
			rules("      - {alert: A, expr: 'rate(x_total[5m]) > 1', annotations: {summary: 'errors on {{ $labels.op }}'}}\n"),
			strings.Replace(rules("      - {alert: A, expr: 'rate(x_total[5m]) > 1', annotations: {summary: 'errors on {{ $labels.op }}'}}\n"), "labels: [op]", "labels: []", 1),
			"metric x_total changed (breaking); labels: op → (none); label op removed; reads it: alert A (s): still uses label op",
		},
		{
			"a graph that stacks its series and a query with its own unit are changes of the panel",
			header + "dashboards:\n  - uid: d\n    title: D\n    rows:\n      - title: R\n        panels:\n          - title: P\n            type: timeseries\n            queries:\n              - {expr: 'rate(x_total[5m])'}\n              - {expr: 'rate(y_total[5m])'}\n",
			header + "dashboards:\n  - uid: d\n    title: D\n    rows:\n      - title: R\n        panels:\n          - title: P\n            type: timeseries\n            stack: normal\n            queries:\n              - {expr: 'rate(x_total[5m])'}\n              - {expr: 'rate(y_total[5m])', unit: percentunit}\n",
			"panel D / P changed; stack: (none) → normal; query units: (none) → query 2 percentunit",
		},
		{
			"value mappings and a query's min interval are changes of the panel",
			header + "dashboards:\n  - uid: d\n    title: D\n    rows:\n      - title: R\n        panels:\n          - title: P\n            type: stat\n            queries:\n              - {expr: 'rate(x_total[5m])'}\n",
			header + "dashboards:\n  - uid: d\n    title: D\n    rows:\n      - title: R\n        panels:\n          - title: P\n            type: stat\n            mappings: [{value: 0, text: Idle, color: blue}, {from: 1, text: Busy}]\n            queries:\n              - {expr: 'rate(x_total[5m])', min_interval: 2m}\n",
			"panel D / P changed; value mappings: (none) → 0: Idle (blue), 1..: Busy; query min intervals: (none) → query 1 2m",
		},
		{
			"a removed label breaks a panel whose legend names its lines by it",
			header + "dashboards:\n  - uid: d\n    title: D\n    rows:\n      - title: R\n        panels:\n          - title: P\n            type: timeseries\n            queries:\n              - {expr: 'rate(x_total[5m])', legend: '{{ op }}'}\n",
			strings.Replace(header, "labels: [op]", "labels: []", 1) + "dashboards:\n  - uid: d\n    title: D\n    rows:\n      - title: R\n        panels:\n          - title: P\n            type: timeseries\n            queries:\n              - {expr: 'rate(x_total[5m])', legend: '{{ op }}'}\n",
			"metric x_total changed (breaking); labels: op → (none); label op removed; reads it: panel D / P (s): still uses label op",
		},
		{
			"a label value the metric no longer takes breaks what selects it, not what sums over or matches any value",
			strings.Replace(rules("      - {alert: A, expr: 'rate(x_total{op=\"put\"}[5m]) > 1'}\n      - {alert: B, expr: 'sum(rate(x_total[5m])) > 1'}\n      - {alert: C, expr: 'rate(x_total{op=~\".+\"}[5m]) > 1'}\n"), "labels: [op]", "labels: [op], label_values: {op: [get, put]}", 1),
			strings.Replace(rules("      - {alert: A, expr: 'rate(x_total{op=\"put\"}[5m]) > 1'}\n      - {alert: B, expr: 'sum(rate(x_total[5m])) > 1'}\n      - {alert: C, expr: 'rate(x_total{op=~\".+\"}[5m]) > 1'}\n"), "labels: [op]", "labels: [op], label_values: {op: [get]}", 1),
			`metric x_total changed (breaking); label op no longer takes "put"; reads it: alert A (s): still selects op="put"`,
		},
		{
			"a value the label declares no more is lost by every metric that carries it; one nothing selects is no break",
			strings.Replace(rules("      - {alert: A, expr: 'rate(x_total{op=~\"get|head\"}[5m]) > 1'}\n"), "{name: op, description: Op.}", "{name: op, description: Op., values: [{value: get}, {value: put}]}", 1),
			strings.Replace(rules("      - {alert: A, expr: 'rate(x_total{op=~\"get|head\"}[5m]) > 1'}\n"), "{name: op, description: Op.}", "{name: op, description: Op., values: [{value: get}, {value: delete}]}", 1),
			`metric x_total changed; label op gains "delete"; label op no longer takes "put"`,
		},
		{
			"a label that comes to take any value, or to enumerate the values it took, loses none",
			strings.Replace(rules("      - {alert: A, expr: 'rate(x_total{op=\"put\"}[5m]) > 1'}\n"), "labels: [op]", "labels: [op], label_values: {op: [get, put]}", 1),
			rules("      - {alert: A, expr: 'rate(x_total{op=\"put\"}[5m]) > 1'}\n"),
			"",
		},
		{
			"a renamed scrape job breaks what selects it by name, not what selects the new name too",
			strings.Replace(rules("      - {alert: Down, expr: 'up{job=\"a\"} == 0'}\n      - {alert: AnyDown, expr: 'up{job=~\"a|b\"} == 0'}\n"), "labels:\n", "scrape:\n  targets:\n    - {variant: static, job: a, static: [\"localhost:1\"]}\nlabels:\n", 1),
			strings.Replace(rules("      - {alert: Down, expr: 'up{job=\"a\"} == 0'}\n      - {alert: AnyDown, expr: 'up{job=~\"a|b\"} == 0'}\n"), "labels:\n", "scrape:\n  targets:\n    - {variant: static, job: b, static: [\"localhost:1\"]}\nlabels:\n", 1),
			`scrape job a renamed to b (breaking); reads it: alert Down (s): still selects job="a"`,
		},
		{
			"two metrics removed and two added alike are not guessed to be renames",
			header,
			strings.NewReplacer("x_total, type: counter, help: X., labels: [op]", "a_total, type: counter, help: Y.", "y_total", "b_total").Replace(header),
			"metric a_total added; type: (none) → counter\nmetric b_total added; type: (none) → counter\nmetric x_total removed (breaking)\nmetric y_total removed (breaking)",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Compare([]*catalogue.Catalogue{testtool.LoadSpec(t, tc.base)}, []*catalogue.Catalogue{testtool.LoadSpec(t, tc.head)}, Options{Base: "base"})
			if got := titles(r); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestAnSLOThatReadsARemovedMetricIsNamedAsAnSLO(t *testing.T) {
	slo := "slos:\n  - name: avail\n    objective: 99.9\n    window: 30d\n    sli:\n      ratio: {bad: y_total, total: x_total}\n"
	base := header + slo
	head := strings.Replace(base, "      - {name: y_total, type: counter, help: Y.}\n", "", 1)
	r := Compare([]*catalogue.Catalogue{testtool.LoadSpec(t, base)}, []*catalogue.Catalogue{testtool.LoadSpec(t, head)}, Options{Base: "base"})
	for i := range r.Changes {
		if c := &r.Changes[i]; c.Kind == KindMetric {
			if got, want := strings.Join(c.Details(), "; "), "reads it: SLO avail (s): still reads y_total"; got != want {
				t.Errorf("metric y_total removed: %s, want %s", got, want)
			}
			return
		}
	}
	t.Fatalf("no metric change in\n%s", titles(r))
}

func TestOneSLOsRulesRemovedBreakTheirReadersThoughOthersRecordTheNames(t *testing.T) {
	slo := func(name string) string {
		return "  - name: " + name + "\n    objective: 99.9\n    window: 30d\n    sli:\n      ratio: {bad: y_total, total: x_total}\n"
	}
	base := header + "slos:\n" + slo("avail") + slo("other")
	head := header + "slos:\n" + slo("other")
	r := Compare([]*catalogue.Catalogue{testtool.LoadSpec(t, base)}, []*catalogue.Catalogue{testtool.LoadSpec(t, head)}, Options{Base: "base"})
	found := false
	for i := range r.Changes {
		c := &r.Changes[i]
		if c.Kind != KindRecord {
			continue
		}
		if c.Op != Removed || !c.Breaking || !strings.Contains(c.Name, `slo="avail"`) {
			t.Errorf("%s: want only avail's rules, removed and breaking", c.Title())
		}
		if strings.HasPrefix(c.Name, "slo:objective:ratio{") {
			found = true
		}
	}
	if !found {
		t.Errorf("slo:objective:ratio of avail is not reported removed:\n%s", titles(r))
	}
}

func TestAnSLOChangeSaysWhatItPromisesBeforeTheRulesItDerives(t *testing.T) {
	slo := "slos:\n  - name: avail\n    objective: 99.9\n    window: 30d\n    sli:\n      ratio: {bad: y_total, total: x_total}\n"
	for _, tc := range []struct{ name, head, want string }{
		{"a lower objective", strings.Replace(slo, "99.9", "99.5", 1), "SLO avail changed; objective: 99.9 % → 99.5 %"},
		{"another window", strings.Replace(slo, "30d", "28d", 1), "SLO avail changed; window: 30d → 4w"},
		{"the SLI counting good events instead",
			strings.Replace(slo, "{bad: y_total, total: x_total}", "{good: y_total, total: x_total}", 1),
			"SLO avail changed; sli: ratio: bad y_total / total x_total → ratio: 1 - good y_total / total x_total"},
		{"the SLO removed", "", "SLO avail removed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Compare([]*catalogue.Catalogue{testtool.LoadSpec(t, header+slo)}, []*catalogue.Catalogue{testtool.LoadSpec(t, header+tc.head)}, Options{Base: "base"})
			first, _, _ := strings.Cut(titles(r), "\n")
			if first != tc.want {
				t.Errorf("first change %q, want %q; all:\n%s", first, tc.want, titles(r))
			}
		})
	}
}

func TestEveryFormatWritesAnEmptyReport(t *testing.T) {
	for _, f := range Formats {
		var b strings.Builder
		if err := Write(&b, &Report{Base: "main"}, f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if err := Write(&strings.Builder{}, &Report{}, "yaml"); err == nil {
		t.Error("an unknown format was accepted")
	}
}
