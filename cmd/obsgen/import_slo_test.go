package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportSlothWritesSLOsThatLintBesideTheCatalogue: the Sloth
// comparison's SLOs, imported into a copy of a catalogue with the metrics
// they read, lint and test clean; a file with an SLI obsgen cannot read
// exits 1 naming it.
func TestImportSlothWritesSLOsThatLintBesideTheCatalogue(t *testing.T) {
	root := t.TempDir()
	svc, err := os.ReadFile(filepath.Join("..", "..", "scripts", "slothcompare", "spec", "rstmdb", "service.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	metrics, _, _ := strings.Cut(string(svc), "\nslos:\n")
	dir := filepath.Join(root, "specs", "rstmdb")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "service.yaml"), []byte(metrics+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sloth := filepath.Join("..", "..", "scripts", "slothcompare", "sloth.yaml")
	abs, _ := filepath.Abs(sloth)
	code, _, stderr := obsgen(t, root, "import", "--sloth", abs, "--out", "specs/rstmdb/slos.yaml")
	if code != 0 || !strings.Contains(stderr, "3 SLOs read") {
		t.Fatalf("import: exit %d\n%s", code, stderr)
	}
	if code, stdout, stderr := obsgen(t, root, "lint", "--fail-on", "warning", "specs/rstmdb"); code != 0 {
		t.Errorf("lint of the imported SLOs: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, _ := obsgen(t, root, "test", "specs/rstmdb"); code != 0 || !strings.Contains(stdout, "27 passed, 0 failed") {
		t.Errorf("the imported SLOs' tests: exit %d\n%s", code, stdout)
	}
	bad := filepath.Join(root, "bad.yaml")
	if err := os.WriteFile(bad, []byte("version: prometheus/v1\nservice: x\nslos:\n  - name: a\n    objective: 99\n    sli: {raw: {error_ratio_query: 'max(x)'}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := obsgen(t, root, "import", "--sloth", bad); code != 1 || !strings.Contains(stderr, "bad.yaml:4:5: error: import-slo") {
		t.Errorf("an unreadable SLI: exit %d\n%s", code, stderr)
	}
}
