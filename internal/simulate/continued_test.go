package simulate

import (
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/testtool"
)

// TestAScenarioCountsOnFromWhereTheHealthyServiceLeftOff: a Varnish trial
// switched the simulator from healthy to a scenario under a running
// Prometheus; varnish_main_sess_drop leapt from 0 to 66 million, and the
// alert on its increase fired early with that value. At the moment the
// scenario begins every counter, histogram and summary reads what the
// healthy service had counted, and from then on grows at the scenario's
// rates; an exposition of the scenario alone (no Since) is grown at them
// since Start, as before.
func TestAScenarioCountsOnFromWhereTheHealthyServiceLeftOff(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: varnish}
metric_groups:
  - name: varnish
    metrics:
      - {name: varnish_main_sess_drop, type: counter, help: Sessions dropped for thread.}
      - {name: varnish_main_fetch_seconds, type: histogram, unit: seconds, help: Backend fetch time., buckets: [0.1, 1, 10]}
alert_groups:
  - name: varnish
    rules:
      - alert: VarnishSessionsDropping
        expr: increase(varnish_main_sess_drop[5m]) > 0
        labels: {severity: warning}
        annotations: {summary: Sessions are dropped.}
      - alert: VarnishSlowFetches
        expr: histogram_quantile(0.9, rate(varnish_main_fetch_seconds_bucket[5m])) > 5
        labels: {severity: warning}
        annotations: {summary: Fetches are slow.}
`)
	value := func(opts Options, series string) float64 {
		t.Helper()
		body, err := Exposition(c, opts)
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`).FindSubmatch(body)
		if m == nil {
			t.Fatalf("%s is not served:\n%s", series, body)
		}
		v, _ := strconv.ParseFloat(string(m[1]), 64)
		return v
	}
	later := fixed.Add(5 * time.Minute)
	for _, tc := range []struct{ scenario, series string }{
		{"VarnishSessionsDropping", "varnish_main_sess_drop"},
		{"VarnishSlowFetches", "varnish_main_fetch_seconds_sum"},
		{"VarnishSlowFetches", `varnish_main_fetch_seconds_bucket{le="1"}`},
	} {
		healthy := value(Options{Time: fixed}, tc.series)
		if begun := value(Options{Time: fixed, Since: fixed, Scenario: tc.scenario}, tc.series); begun != healthy {
			t.Errorf("%s: %s reads %g as the scenario begins, the healthy service %g", tc.scenario, tc.series, begun, healthy)
		}
		if value(Options{Time: later, Since: fixed, Scenario: tc.scenario}, tc.series) < healthy {
			t.Errorf("%s: %s fell after the scenario began", tc.scenario, tc.series)
		}
	}
	if grown := value(Options{Time: later, Since: fixed, Scenario: "VarnishSessionsDropping"}, "varnish_main_sess_drop"); grown <= 0 {
		t.Errorf("no session dropped five minutes into the scenario: %g", grown)
	}
	if alone := value(Options{Time: fixed, Scenario: "VarnishSessionsDropping"}, "varnish_main_sess_drop"); alone <= value(Options{Time: fixed}, "varnish_main_sess_drop") {
		t.Errorf("an exposition of the scenario alone is not grown at its rate since Start: %g", alone)
	}
}
