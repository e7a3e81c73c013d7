package simulate

import (
	"regexp"
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// TestAMetricsOwnLabelValuesAreTheOnlyOnesServedForIt: apache_exporter's
// state label means a worker's state on apache_workers, a scoreboard slot's
// on apache_scoreboard and a connection's on apache_connections. With one
// label declaration the simulator served every metric every state (an idle
// connection, a keepalive worker); each metric's own label_values are
// served for it alone, an alert's matcher on one metric adds nothing to
// another, and a metric without its own keeps the label's values.
func TestAMetricsOwnLabelValuesAreTheOnlyOnesServedForIt(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: apache}
labels:
  - {name: state, example: busy}
metric_groups:
  - name: apache
    metrics:
      - {name: apache_workers, type: gauge, help: Apache worker statuses., labels: [state], label_values: {state: [idle, busy]}}
      - {name: apache_connections, type: gauge, help: Apache connection statuses., labels: [state], label_values: {state: [closing, keepalive, total, writing]}}
      - {name: apache_other, type: gauge, help: Another metric by state., labels: [state]}
alert_groups:
  - name: apache
    rules:
      - alert: ApacheWorkersAllBusy
        expr: apache_workers{state="idle"} == 0
        for: 5m
        labels: {severity: warning}
        annotations: {summary: No idle worker.}
        runbook: {meaning: Every worker is busy.}
      - alert: ApacheManyClosing
        expr: apache_connections{state="closing"} > 100
        for: 5m
        labels: {severity: warning}
        annotations: {summary: Connections pile up closing.}
        runbook: {meaning: Connections are not closed.}
`)
	body, err := Exposition(c, Options{Time: fixed})
	if err != nil {
		t.Fatal(err)
	}
	served := map[string][]string{}
	for _, m := range regexp.MustCompile(`(?m)^(apache_\w+)\{state="([^"]*)"\}`).FindAllStringSubmatch(string(body), -1) {
		served[m[1]] = append(served[m[1]], m[2])
	}
	for metric, want := range map[string][]string{
		"apache_workers":     {"busy", "idle"},
		"apache_connections": {"closing", "keepalive", "total", "writing"},
		"apache_other":       {"busy"},
	} {
		got := slices.Sorted(slices.Values(served[metric]))
		if !slices.Equal(got, want) {
			t.Errorf("%s is served with state %q, want %q", metric, got, want)
		}
	}
}
