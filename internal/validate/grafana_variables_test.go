package validate_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
)

func TestAGrafanaVariableOutsideAPanelSaysWhereVariablesWork(t *testing.T) {
	const spec = `apiVersion: obsgen.dev/v1
service: {name: gv}
metric_groups:
  - name: g
    metrics:
      - {name: gv_requests_total, type: counter, help: Requests., labels: [job]}
labels:
  - {name: job, description: Job.}
alert_groups:
  - name: gv
    rules:
      - alert: GvBusy
        expr: sum(rate(gv_requests_total[$__rate_interval])) > 10
        runbook: {meaning: Busy.}
      - alert: GvBroken
        expr: sum(rate(gv_requests_total[5m])) > (
        runbook: {meaning: Broken.}
dashboards:
  - uid: gv
    title: Gv
    rows:
      - title: R
        panels:
          - title: P
            type: timeseries
            queries:
              - expr: sum(rate(gv_requests_total[$__rate_interval]))
`
	_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	var syntax []diag.Diagnostic
	for _, d := range diags {
		if d.Code == "promql-syntax" {
			syntax = append(syntax, d)
		}
	}
	if len(syntax) != 2 {
		t.Fatalf("want the two alerts' syntax errors, got %v", syntax)
	}
	alert, broken := syntax[0], syntax[1]
	if alert.Pos.Line != 13 || !strings.Contains(alert.Message, "Grafana substitutes its variables ($__rate_interval, $job) in dashboard panels only") {
		t.Errorf("the alert's error: %s", alert)
	}
	// A syntax error of its own keeps Prometheus's message.
	if strings.Contains(broken.Message, "Grafana") {
		t.Errorf("a plain syntax error blames Grafana's variables: %s", broken)
	}
}
