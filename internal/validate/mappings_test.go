package validate_test

import (
	"strings"
	"testing"
)

func TestAValueMappingMapsOneValueRangeOrNoValueOnceInAPanelThatShowsIt(t *testing.T) {
	const spec = `apiVersion: obsgen.dev/v1
service: {name: mc}
metric_groups:
  - name: g
    metrics:
      - {name: mc_up, type: gauge, help: Whether the server answered.}
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
              - {value: 0, text: Down, color: red}
              - {from: 2, text: Many}
              - {no_value: true, text: Not scraped}
          - title: Odd
            type: stat
            queries: [{expr: mc_up}]
            mappings:
              - {value: 1, from: 0, to: 1, text: Both}
              - {from: 5, to: 2, text: Empty}
              - {value: 3, text: Three}
              - {value: 3, text: Again}
          - title: Heat
            type: heatmap
            queries: [{expr: mc_up}]
            mappings: [{value: 1, text: Up}]
`
	got := errorsOf(spec)
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"spec.yaml:25:17: error: bad-value: panel \"Odd\": a value mapping maps exactly one of a value, a range (from, to) or no_value",
		"spec.yaml:26:24: error: bad-value: panel \"Odd\": mapping \"Empty\" runs from 5 to 2, an empty range",
		"spec.yaml:28:25: error: bad-value: panel \"Odd\" maps value 3 twice: Grafana shows the first",
		"spec.yaml:32:23: error: bad-value: panel \"Heat\" is a heatmap, which shows no value mapping's text",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %s", want)
		}
	}
	if len(got) != 4 {
		t.Errorf("want 4 errors, got:\n%s", all)
	}
}
