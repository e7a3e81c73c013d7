package speccodec_test

import (
	"encoding/json"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/speccodec"
)

func TestSchemaMatchesTheCommittedCopy(t *testing.T) {
	data, err := speccodec.Schema()
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	defs := doc["$defs"].(map[string]any)
	for _, name := range []string{"Metric", "Rule", "Dashboard", "Panel", "ScrapeTarget", "Logging", "Health", "Journey"} {
		if _, ok := defs[name]; !ok {
			t.Errorf("schema lacks $defs/%s", name)
		}
	}
	metric := defs["Metric"].(map[string]any)
	if metric["additionalProperties"] != false {
		t.Error("struct schemas must be closed (additionalProperties: false)")
	}
	golden.Check(t, "../../schema/obsgen.schema.json", data)
}
