package grafana

import (
	"encoding/json"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestValueMappingsAreWrittenAndAnAlertsValueKeepsItsColour(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: mc}
metric_groups:
  - name: g
    metrics:
      - {name: mc_up, type: gauge, help: Whether the server answered.}
alert_groups:
  - name: mc
    rules:
      - alert: McDown
        expr: mc_up == 0
        for: 5m
        labels: {severity: critical}
        annotations: {summary: Down.}
dashboards:
  - uid: mc
    title: Mc
    rows:
      - title: R
        panels:
          - title: Up
            type: stat
            queries: [{expr: mc_up}]
            mappings:
              - {value: 1, text: Up, color: green}
              - {value: 0, text: Down, color: blue}
              - {from: 2, text: Many}
              - {no_value: true, text: Not scraped}
`)
	data := testtool.Files(t, Generator{}, c, "mc/grafana/")["dashboards/mc.json"]
	if problems := checkDashboard("mc", data); len(problems) > 0 {
		t.Fatalf("the dashboard does not check: %v", problems)
	}
	var got struct {
		Panels []struct {
			FieldConfig struct {
				Defaults struct {
					Mappings []map[string]any `json:"mappings"`
				} `json:"defaults"`
			} `json:"fieldConfig"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	var ms []map[string]any
	for _, p := range got.Panels {
		if len(p.FieldConfig.Defaults.Mappings) > 0 {
			ms = p.FieldConfig.Defaults.Mappings
		}
	}
	if len(ms) != 3 || ms[0]["type"] != "value" || ms[1]["type"] != "range" || ms[2]["type"] != "special" {
		t.Fatalf("want a value map, a range map and a special map, in that order: %v", ms)
	}
	values := ms[0]["options"].(map[string]any)
	up, down := values["1"].(map[string]any), values["0"].(map[string]any)
	if up["text"] != "Up" || up["color"] != "green" || down["text"] != "Down" || down["color"] != "red" {
		t.Errorf("want 1 as Up in green and 0 as Down in the critical alert's red (not the spec's blue): %v", values)
	}
	if r := ms[1]["options"].(map[string]any); r["from"] != 2.0 || r["to"] != nil || r["result"].(map[string]any)["text"] != "Many" {
		t.Errorf("the range: %v", r)
	}
	if s := ms[2]["options"].(map[string]any); s["match"] != "null+nan" || s["result"].(map[string]any)["text"] != "Not scraped" {
		t.Errorf("no value: %v", s)
	}
}
