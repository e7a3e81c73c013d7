package simulate

import (
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// guardedSpec is Apache's exporter with awesome-prometheus-alerts' rules,
// each guarded by "and ... > 0" (traffic, workers), one with the guard
// written first.
const guardedSpec = `apiVersion: obsgen.dev/v1
service: {name: apache}
labels:
  - {name: state, example: busy}
metric_groups:
  - name: apache
    metrics:
      - {name: apache_accesses_total, type: counter, help: Current total apache accesses (*)}
      - {name: apache_duration_ms_total, type: counter, unit: milliseconds, help: Total duration of all registered requests}
      - {name: apache_workers, type: gauge, help: Apache worker statuses, labels: [state]}
      - {name: apache_scoreboard, type: gauge, help: Apache scoreboard statuses, labels: [state]}
      - {name: apache_sent_kilobytes_total, type: counter, help: Current total kbytes sent (*)}
alert_groups:
  - name: apache
    rules:
      - alert: ApacheResponseTimeTooHigh
        expr: increase(apache_duration_ms_total[5m]) / increase(apache_accesses_total[5m]) > 5000 and increase(apache_accesses_total[5m]) > 0
        for: 2m
        labels: {severity: warning}
        annotations: {summary: Slow}
      - alert: ApacheWorkersLoad
        expr: (sum by (instance) (apache_workers{state="busy"}) / sum by (instance) (apache_scoreboard)) * 100 > 80 and sum by (instance) (apache_scoreboard) > 0
        for: 2m
        labels: {severity: warning}
        annotations: {summary: Busy}
      - alert: ApacheGuardFirst
        expr: rate(apache_accesses_total[5m]) > 0 and rate(apache_sent_kilobytes_total[5m]) > 100000
        for: 2m
        labels: {severity: warning}
        annotations: {summary: Slow}
`

// TestAHealthyServiceKeepsWhatAnAlertsGuardAsksFor: the healthy plan kept
// every condition of an alert false, its "and increase(accesses[5m]) > 0"
// too, so a healthy Apache served no requests and no workers (an Apache
// trial), silent for the wrong reason and drawn as "No data". The first
// condition that is not a presence check is the one kept false.
func TestAHealthyServiceKeepsWhatAnAlertsGuardAsksFor(t *testing.T) {
	c := testtool.LoadSpec(t, guardedSpec)
	p, err := newPlan(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []signal{
		{"apache_accesses_total", rateKind, normalPart},
		{"apache_scoreboard", levelKind, normalPart},
	} {
		if v := p.sig[s]; v <= 0 {
			t.Errorf("healthy %s (%v) is %v, want above 0", s.metric, s.kind, v)
		}
	}
	if got := firingAlerts(t, c, ""); len(got) > 0 {
		t.Errorf("a healthy service fires %v", got)
	}
	for _, alert := range []string{"ApacheResponseTimeTooHigh", "ApacheWorkersLoad", "ApacheGuardFirst"} {
		if got := firingAlerts(t, c, alert); !slices.Equal(got, []string{alert}) {
			t.Errorf("scenario %s fires %v", alert, got)
		}
	}
}
