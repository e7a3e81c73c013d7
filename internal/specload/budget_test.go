package specload

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTheRunBudgetRefusesWhatWouldGoOverIt(t *testing.T) {
	for _, tc := range []struct {
		name, file, body string
		limit            int64
		refused          string // "" when it loads
	}{
		{name: "a spec within the budget loads", file: "spec.yaml",
			body: "apiVersion: obsgen.dev/v1\nservice: {name: shop}\n", limit: 1 << 10},
		{name: "a spec file over the budget is refused unread", file: "spec.yaml",
			body: "apiVersion: obsgen.dev/v1\nservice: {name: shop}\n# " + strings.Repeat("x", 2000) + "\n", limit: 1 << 10,
			refused: "this file would take the specs of this run over 1024 bytes"},
		{name: "a small Jsonnet file whose document is over the budget is refused", file: "spec.jsonnet",
			body: "{ apiVersion: 'obsgen.dev/v1', service: { name: 'shop', description: std.join('', std.makeArray(2000, function(i) 'x')) } }\n", limit: 1 << 10,
			refused: "the evaluated document would take the specs of this run over 1024 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "shop")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, tc.file), []byte(tc.body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, diags, _ := loadBounded(t, dir, Options{Budget: NewBudget(tc.limit)})
			var refusals []string
			for _, d := range diags {
				if d.Code == "too-large" {
					refusals = append(refusals, d.Message)
				}
			}
			switch {
			case tc.refused == "" && len(refusals) > 0:
				t.Fatalf("refused: %v", refusals)
			case tc.refused != "" && (len(refusals) != 1 || !strings.Contains(refusals[0], tc.refused)):
				t.Fatalf("want one refusal saying %q, got %v", tc.refused, diags)
			}
		})
	}
}
