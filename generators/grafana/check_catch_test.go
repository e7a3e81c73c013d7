package grafana

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestTheImportChecksCatchBrokenDashboards breaks a generated dashboard in
// one way at a time and expects the checks to say so: they can fail.
func TestTheImportChecksCatchBrokenDashboards(t *testing.T) {
	c := sampleCatalogue(t)
	good, err := DashboardJSON(c, c.Dashboards[0])
	if err != nil {
		t.Fatal(err)
	}
	if problems := checkDashboard("sample-everything", good); len(problems) > 0 {
		t.Fatalf("the unbroken dashboard fails: %v", problems)
	}
	// panels[1] is the first panel of the first (open) row; panels[2] the
	// next; the last top-level item is the collapsed row.
	tests := []struct {
		name  string
		spoil func(d map[string]any)
		want  string
	}{
		{"an unknown panel option", func(d map[string]any) { jsonPanel(d, 1)["options"].(map[string]any)["colour"] = "red" }, "unexpected field 'colour'"},
		{"an unknown target field", func(d map[string]any) { firstTarget(d, 1)["expression"] = "up" }, "unexpected field 'expression'"},
		{"a mistyped grid position", func(d map[string]any) { jsonPanel(d, 1)["gridPos"].(map[string]any)["w"] = "wide" }, "gridPos"},
		{"an unknown dashboard field", func(d map[string]any) { d["rows"] = []any{} }, "unexpected field 'rows'"},
		{"a query that does not parse", func(d map[string]any) { firstTarget(d, 1)["expr"] = "sum(up" }, "does not parse"},
		{"a query using an undeclared variable", func(d map[string]any) { firstTarget(d, 1)["expr"] = `up{job=~"$job"}` }, "$job, which is no variable"},
		{"a hard-coded datasource", func(d map[string]any) { jsonPanel(d, 1)["datasource"].(map[string]any)["uid"] = "P1809F7CD0C75ACF3" }, "does not use the ${datasource}"},
		{"a panel without targets", func(d map[string]any) { delete(jsonPanel(d, 1), "targets") }, "has no target"},
		{"a panel without a title", func(d map[string]any) { jsonPanel(d, 1)["title"] = " " }, "has no title"},
		{"two targets with one refId", func(d map[string]any) {
			p := jsonPanel(d, 1)
			p["targets"] = append(p["targets"].([]any), p["targets"].([]any)[0])
		}, "repeated refId"},
		{"two panels with one id", func(d map[string]any) { jsonPanel(d, 2)["id"] = jsonPanel(d, 1)["id"] }, "used twice"},
		{"overlapping panels", func(d map[string]any) { jsonPanel(d, 2)["gridPos"].(map[string]any)["x"] = 4 }, "overlaps"},
		{"a panel wider than the grid", func(d map[string]any) { jsonPanel(d, 3)["gridPos"].(map[string]any)["w"] = 20 }, "does not fit the grid"},
		{"an open row holding panels", func(d map[string]any) {
			row := jsonPanel(d, 0)
			row["panels"] = []any{jsonPanel(d, 1)}
		}, "open row 0 holds panels"},
		{"a link hidden in the controls menu", func(d map[string]any) {
			d["links"].([]any)[0].(map[string]any)["placement"] = "inControlsMenu"
		}, "placed in the controls menu"},
		{"an old schema version", func(d map[string]any) { d["schemaVersion"] = 16 }, "older than"},
		{"a uid that is not the file name", func(d map[string]any) { d["uid"] = "other" }, "not the file name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d map[string]any
			if err := json.Unmarshal(good, &d); err != nil {
				t.Fatal(err)
			}
			tt.spoil(d)
			broken, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			problems := checkDashboard("sample-everything", broken)
			for _, p := range problems {
				if strings.Contains(p, tt.want) {
					return
				}
			}
			t.Errorf("no problem mentions %q; got %q", tt.want, problems)
		})
	}
}

func jsonPanel(d map[string]any, i int) map[string]any {
	return d["panels"].([]any)[i].(map[string]any)
}

func firstTarget(d map[string]any, i int) map[string]any {
	return jsonPanel(d, i)["targets"].([]any)[0].(map[string]any)
}
