package lint

import (
	"os"
	"strings"
	"testing"
)

// readmeRow is the row of the README's lint table for one check.
func readmeRow(ch *Check) string {
	docs := strings.ReplaceAll(ch.Docs, "|", `\|`)
	for _, code := range []string{"_bucket", "_sum", "_count", "_total", "{{ $labels.x }}"} {
		docs = strings.ReplaceAll(docs, code, "`"+code+"`")
	}
	return "| `" + ch.Code + "` | " + ch.Severity.String() + " | " + docs + " |"
}

// TestTheREADMEListsEveryCheckAsTheRegistryDocumentsIt keeps the README's
// lint table the registry's: a row per check, in order, with its severity
// and sentence.
func TestTheREADMEListsEveryCheckAsTheRegistryDocumentsIt(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, ch := range Checks() {
		want = append(want, readmeRow(ch))
	}
	table := strings.Join(want, "\n")
	if !strings.Contains(string(data), table) {
		t.Errorf("README.md's lint table is not the registry's; it should read:\n%s", table)
	}
}
