package simulate

import (
	"bytes"
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// memcached is a catalogue of an exporter as prometheus/memcached_exporter
// serves it: its up gauge, its own build info, the service's families and
// a connection limit.
const memcached = `apiVersion: obsgen.dev/v1
service: {name: memcached}
labels:
  - {name: revision, example: unknown}
metric_groups:
  - name: memcached
    metrics:
      - {name: memcached_up, type: gauge, help: Could the memcached server be reached.}
      - {name: memcached_exporter_build_info, type: gauge, help: A metric with a constant '1' value labeled by version., labels: [revision]}
      - {name: memcached_current_connections, type: gauge, help: Current number of open connections.}
      - {name: memcached_max_connections, type: gauge, help: Maximum number of clients allowed.}
      - {name: memcached_commands_total, type: counter, help: Total number of all requests broken down by command.}
alert_groups:
  - name: memcached
    rules:
      - alert: MemcachedDown
        expr: memcached_up == 0
        for: 5m
        labels: {severity: critical}
        annotations: {summary: Memcached is down.}
      - alert: MemcachedConnectionLimitApproaching
        expr: (memcached_current_connections / memcached_max_connections * 100) > 95
        for: 15m
        labels: {severity: critical}
        annotations: {summary: Memcached nears its connection limit.}
`

// served returns the families the simulator serves under scenario.
func served(t *testing.T, scenario string) map[string]float64 {
	t.Helper()
	c := testtool.LoadSpec(t, memcached)
	body, err := Exposition(c, Options{Time: fixed, Since: fixed, Scenario: scenario})
	if err != nil {
		t.Fatal(err)
	}
	tp := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := tp.TextToMetricFamilies(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for name, f := range fams {
		if m := f.GetMetric(); len(m) > 0 && m[0].GetGauge() != nil {
			out[name] = m[0].GetGauge().GetValue()
		} else {
			out[name] = -1
		}
	}
	return out
}

func TestAnExporterThatCannotReachItsServiceServesOnlyItsOwnFamilies(t *testing.T) {
	got := served(t, "MemcachedDown")
	var names []string
	for n := range got {
		names = append(names, n)
	}
	slices.Sort(names)
	if want := []string{"memcached_exporter_build_info", "memcached_up"}; !slices.Equal(names, want) || got["memcached_up"] != 0 {
		t.Errorf("served %v (memcached_up %v), want only %v with memcached_up 0", names, got["memcached_up"], want)
	}
	if all := served(t, ""); len(all) != 5 || all["memcached_up"] != 1 || all["memcached_exporter_build_info"] != 1 {
		t.Errorf("a healthy memcached serves %v (an info gauge of revision \"unknown\" is 1, not a troubled 0)", all)
	}
}

func TestAScenarioKeepsAGaugeWithinItsLimit(t *testing.T) {
	got := served(t, "MemcachedConnectionLimitApproaching")
	used, limit := got["memcached_current_connections"], got["memcached_max_connections"]
	if used > limit || used*100/limit <= 95 {
		t.Errorf("%v connections of %v allowed: want above 95 %% and at most the limit", used, limit)
	}
	if healthy := served(t, ""); healthy["memcached_max_connections"] < 10*healthy["memcached_current_connections"] {
		t.Errorf("a healthy memcached uses %v of %v connections: the limit reads as a level, not a limit",
			healthy["memcached_current_connections"], healthy["memcached_max_connections"])
	}
}

func TestTheLimitHelpDoesNotTakeAnObservedMaximumForALimit(t *testing.T) {
	for help, want := range map[string]bool{
		"Maximum number of clients allowed.":                                  true,
		"Maximum amount of virtual memory available in bytes.":                true,
		"Max duration in seconds any active transaction has been running":     false,
		"The maximum number of items seen in a slab since the exporter began": false,
	} {
		if got := limitHelp.MatchString(help); got != want {
			t.Errorf("%q: limit %v, want %v", help, got, want)
		}
	}
}
