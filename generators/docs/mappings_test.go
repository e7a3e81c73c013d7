package docs

import (
	"encoding/json"
	"math"
	"testing"
)

func TestAPreviewShowsTheTextAValueMappingGives(t *testing.T) {
	var ms []valueMapping
	// As the grafana generator writes them: values (one only coloured by
	// an alert), a range and no value.
	const written = `[{"type": "value", "options": {"1": {"text": "Up", "color": "green", "index": 0}, "0": {"color": "red", "index": 2}}},
		{"type": "range", "options": {"from": 2, "to": null, "result": {"text": "Many", "index": 1}}},
		{"type": "special", "options": {"match": "null+nan", "result": {"text": "Not scraped", "index": 3}}}]`
	if err := json.Unmarshal([]byte(written), &ms); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		v           float64
		text, color string
	}{{1, "Up", "green"}, {0, "", "red"}, {2, "Many", ""}, {7.5, "Many", ""}, {1.5, "", ""}, {math.NaN(), "Not scraped", ""}} {
		if text, color := mappedText(ms, tc.v); text != tc.text || color != tc.color {
			t.Errorf("%v shows %q in %q, want %q in %q", tc.v, text, color, tc.text, tc.color)
		}
	}
}
