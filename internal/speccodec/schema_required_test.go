package speccodec_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/obsgen/obsgen/internal/specload"
)

func TestTheSchemaRequiresWhatValidationAlwaysRequires(t *testing.T) {
	data, err := speccodec.Schema()
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	// A metric needs its name, type and help: validation says
	// "metric X needs a type", the schema lets an editor say it first.
	metric, _ := s["$defs"].(map[string]any)["Metric"].(map[string]any)
	if metric == nil {
		t.Fatalf("no Metric definition in the schema")
	}
	var req []string
	rs, _ := metric["required"].([]any)
	for _, r := range rs {
		req = append(req, r.(string))
	}
	for _, want := range []string{"name", "type", "help"} {
		if !slices.Contains(req, want) {
			t.Errorf("metric schema requires %v, want %s among them", req, want)
		}
	}
	spec := `apiVersion: obsgen.dev/v1
service: {name: shop}
metric_groups:
  - name: g
    metrics:
      - {name: shop_x}
`
	_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	n := 0
	for _, d := range diags {
		if d.Code == "missing-field" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("validation: want type and help missing, got %v", diags)
	}
}
