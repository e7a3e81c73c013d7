package importer

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// describe writes mappings as the catalogue does.
func describe(ms []catalogue.ValueMapping) string {
	var out []string
	for _, m := range ms {
		out = append(out, m.String())
	}
	return strings.Join(out, ", ")
}

func TestValueMappingsImportAsGrafanaOfEveryVersionWroteThem(t *testing.T) {
	for _, tc := range []struct {
		name, mappings, valueMaps, rangeMaps string
		want                                 string
		lost                                 []string
	}{
		{name: "Grafana 8 and later, in the order Grafana lists them",
			mappings: `[{"type": "value", "options": {"1": {"text": "Up", "color": "green", "index": 1}, "0": {"text": "Down", "color": "red", "index": 0}}},
				{"type": "range", "options": {"from": 2, "to": null, "result": {"text": "Many", "index": 2}}},
				{"type": "special", "options": {"match": "null+nan", "result": {"text": "N/A", "index": 3}}}]`,
			want: "0: Down (red), 1: Up (green), 2..: Many, no value: N/A"},
		{name: "what the catalogue cannot hold is said",
			mappings: `[{"type": "value", "options": {"ok": {"text": "Fine"}, "2": {"color": "orange"}}},
				{"type": "regex", "options": {"pattern": "^www\\.", "result": {"text": "web"}}},
				{"type": "special", "options": {"match": "true", "result": {"text": "Yes"}}}]`,
			lost: []string{`the colour-only mapping of value 2`, `the mapping of the text "ok"`, `the mapping of the pattern "^www\\."`, `the mapping of true`}},
		{name: "Grafana 7's numbered types",
			mappings: `[{"id": 0, "type": 1, "value": "1", "text": "UP", "op": "="}, {"id": 1, "type": 2, "from": "10", "to": "20", "text": "Busy"}]`,
			want:     "1: UP, 10..20: Busy"},
		{name: "a singlestat's value maps, its default empty range left out",
			valueMaps: `[{"op": "=", "text": "Down", "value": "0"}, {"op": "=", "text": "N/A", "value": "null"}]`,
			rangeMaps: `[{"from": "null", "to": "null", "text": "N/A"}]`,
			want:      "0: Down, no value: N/A"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var mappings, valueMaps, rangeMaps []any
			for _, x := range []struct {
				text string
				into *[]any
			}{{tc.mappings, &mappings}, {tc.valueMaps, &valueMaps}, {tc.rangeMaps, &rangeMaps}} {
				if x.text != "" {
					if err := json.Unmarshal([]byte(x.text), x.into); err != nil {
						t.Fatal(err)
					}
				}
			}
			got, lost := importMappings(mappings, valueMaps, rangeMaps)
			if describe(got) != tc.want {
				t.Errorf("mappings %q, want %q", describe(got), tc.want)
			}
			slices.Sort(lost)
			slices.Sort(tc.lost)
			if !slices.Equal(lost, tc.lost) {
				t.Errorf("left out %q, want %q", lost, tc.lost)
			}
		})
	}
}
