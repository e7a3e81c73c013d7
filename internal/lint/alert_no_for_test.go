package lint

import (
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

func TestAlertNoFor(t *testing.T) {
	runSpecCases(t, alertNoFor, []specCase{
		{name: "an alert with for is fine", yaml: alertYAML(goodAlert)},
		{name: "an alert without for", yaml: alertYAML(goodAlert, "      - alert: Blip\n        expr: shop_nodes < 3\n"), want: []string{"10:16"}},
		{name: "an explicit for: 0s is deliberate", yaml: alertYAML("      - alert: Zero\n        expr: shop_nodes < 3\n        for: 0s\n")},
	})
}

// TestHygieneChecksLeaveRejectedValuesToValidation: a for, severity or
// summary that is written but invalid is reported once, by validation,
// not again as missing.
func TestHygieneChecksLeaveRejectedValuesToValidation(t *testing.T) {
	spec := base + alertYAML("      - alert: Bad\n        expr: shop_nodes < 3\n        for: 1 minute\n        labels: {severity: [warning]}\n"+
		"        annotations: {summary: [s]}\n        runbook: {meaning: M}\n")
	c, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	if !diags.HasErrors() {
		t.Fatal("the spec should not validate")
	}
	for _, ch := range []*Check{alertNoFor, alertNoSeverity, alertNoSummary} {
		if got := runOne(c, ch); len(got) != 0 {
			t.Errorf("%s repeats a validation error: %v", ch.Code, got)
		}
	}
}
