package verify_test

import (
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/verify"
)

// TestServedValuesAreJudgedByTheMetricsOwnLabelValues: apache_exporter's
// state is busy or idle on apache_workers and one of the scoreboard's
// states on apache_scoreboard; the label itself is free. A worker served in
// a scoreboard state is outside what the catalogue says of apache_workers,
// and the scoreboard's states are fine on the scoreboard.
func TestServedValuesAreJudgedByTheMetricsOwnLabelValues(t *testing.T) {
	c, diags := specload.LoadBytes("spec.yaml", []byte(`apiVersion: obsgen.dev/v1
service: {name: apache}
labels:
  - {name: state}
metric_groups:
  - name: apache
    metrics:
      - {name: apache_workers, type: gauge, help: Apache worker statuses., labels: [state], label_values: {state: [busy, idle]}}
      - {name: apache_scoreboard, type: gauge, help: Apache scoreboard statuses., labels: [state], label_values: {state: [closing, idle, keepalive, read]}}
`))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	exposed := "# HELP apache_workers Apache worker statuses.\n# TYPE apache_workers gauge\n" +
		"apache_workers{state=\"busy\"} 1\napache_workers{state=\"idle\"} 74\napache_workers{state=\"keepalive\"} 2\n" +
		"# HELP apache_scoreboard Apache scoreboard statuses.\n# TYPE apache_scoreboard gauge\n" +
		"apache_scoreboard{state=\"closing\"} 0\napache_scoreboard{state=\"idle\"} 74\napache_scoreboard{state=\"keepalive\"} 2\napache_scoreboard{state=\"read\"} 0\n"
	r := check(t, c, "apache.prom", exposed, verify.Options{})
	var got []string
	for _, d := range r.Diags.AtLeast(diag.Warning) {
		got = append(got, d.Severity.String()+": "+d.Code+": "+d.Message)
	}
	want := []string{`error: unknown-label-value: apache_workers has value "keepalive" outside the label_values of apache_workers for state (busy, idle)`}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
