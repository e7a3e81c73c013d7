package promql

import (
	"encoding/json"
	"testing"
)

func TestOnlyAPrometheusTargetsQueryIsPromQL(t *testing.T) {
	var list []map[string]any
	if err := json.Unmarshal([]byte(`[{"name": "datasource", "type": "datasource", "query": "prometheus"},
		{"name": "loki_datasource", "type": "datasource", "query": "loki"}]`), &list); err != nil {
		t.Fatal(err)
	}
	vars := DatasourceVariables(list)
	for _, tc := range []struct {
		name          string
		target, panel string
		want          bool
	}{
		{"a target naming no datasource uses the dashboard's default", `null`, `null`, true},
		{"a Loki target, by type (squid-mixin's logs dashboard)", `{"type": "loki", "uid": "${loki_datasource}"}`, `null`, false},
		{"a target through the Loki datasource variable", `{"uid": "${loki_datasource}"}`, `null`, false},
		{"a Prometheus target through its variable", `{"uid": "$datasource"}`, `null`, true},
		{"the panel's Loki datasource when the target names none", `null`, `{"type": "loki", "uid": "x"}`, false},
		{"a mixed panel leaves the target its own", `{"type": "prometheus", "uid": "p"}`, `{"type": "datasource", "uid": "-- Mixed --"}`, true},
		{"an old dashboard's datasource name", `null`, `"Loki"`, false},
		{"an old dashboard's variable name", `null`, `"$datasource"`, true},
		{"an old dashboard's Prometheus by another name", `null`, `"thanos"`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var target, panel any
			if err := json.Unmarshal([]byte(tc.target), &target); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(tc.panel), &panel); err != nil {
				t.Fatal(err)
			}
			if got := IsPromQLTarget(target, panel, vars); got != tc.want {
				t.Errorf("PromQL %v, want %v", got, tc.want)
			}
		})
	}
}
