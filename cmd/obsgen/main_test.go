package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
)

// obsgen runs the CLI in-process from dir and returns exit code and output.
func obsgen(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	if dir != "" {
		// Only for this run: the caller's relative paths stay valid
		// (t.Chdir would last until the test ends).
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Chdir(dir); err != nil {
			t.Fatal(err)
		}
		defer func() {
			if err := os.Chdir(wd); err != nil {
				t.Fatal(err)
			}
		}()
	}
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// copySpecs copies the seed specs, and the organisation.yaml beside
// them, into a fresh project folder.
func copySpecs(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	org, err := os.ReadFile(filepath.Join("..", "..", "specs", "organisation.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "specs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "specs", "organisation.yaml"), org, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, svc := range []string{"rstmdb", "stemedb"} {
		src := filepath.Join("..", "..", "specs", svc)
		dst := filepath.Join(root, "specs", svc)
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		entries, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(src, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return root
}

func TestExitCodesOfEveryCommand(t *testing.T) {
	root := copySpecs(t)
	broken := filepath.Join(root, "broken")
	if err := os.MkdirAll(broken, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(broken, "spec.yaml"), []byte("apiVersion: obsgen.dev/v1\nservice:\n  name: Bad Name\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"generate on good specs exits 0", []string{"generate"}, 0},
		{"check right after generate exits 0", []string{"check"}, 0},
		{"lint on good specs exits 0", []string{"lint", "specs"}, 0},
		{"lint with --fail-on warning fails on the seeds' warnings", []string{"lint", "--fail-on", "warning"}, 1},
		{"lint on a broken spec exits 1", []string{"lint", "broken"}, 1},
		{"generate on a broken spec exits 1", []string{"generate", "broken", "--out", "out2"}, 1},
		{"check on a broken spec exits 1", []string{"check", "broken"}, 1},
		{"a missing spec folder exits 2", []string{"lint", "no-such-folder"}, 2},
		{"an unknown flag exits 2", []string{"generate", "--frobnicate"}, 2},
		{"an unknown command exits 2", []string{"frobnicate"}, 2},
		{"an unknown format exits 2", []string{"lint", "--format", "xml"}, 2},
		{"an unknown severity exits 2", []string{"lint", "--fail-on", "fatal"}, 2},
		{"a malformed --ext-str exits 2", []string{"lint", "--ext-str", "novalue"}, 2},
		{"schema takes no arguments", []string{"schema", "extra"}, 2},
		{"schema exits 0", []string{"schema"}, 0},
		{"completion exits 0", []string{"completion", "bash"}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := obsgen(t, root, tc.args...)
			if code != tc.want {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.want, stdout, stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(root, "out2")); !os.IsNotExist(err) {
		t.Errorf("generate on a broken spec created its output folder (err %v)", err)
	}
}

func TestEveryCommandHasHelpWithAnExample(t *testing.T) {
	for _, cmd := range []string{"generate", "check", "lint", "schema"} {
		t.Run(cmd, func(t *testing.T) {
			code, stdout, _ := obsgen(t, "", cmd, "--help")
			if code != 0 {
				t.Fatalf("exit %d", code)
			}
			if !strings.Contains(stdout, "Examples:") || !strings.Contains(stdout, "obsgen "+cmd) {
				t.Errorf("help lacks an example:\n%s", stdout)
			}
		})
	}
}

func TestCheckListsStaleMissingAndExtraFiles(t *testing.T) {
	root := copySpecs(t)
	if code, _, stderr := obsgen(t, root, "generate"); code != 0 {
		t.Fatalf("generate: exit %d\n%s", code, stderr)
	}
	alerts := filepath.Join(root, "out/rstmdb/prometheus/alerts.yaml")
	data, err := os.ReadFile(alerts)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)-2] ^= 1 // change one byte
	if err := os.WriteFile(alerts, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(root, "out/stemedb/prometheus/scrape.yaml")); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(root, "out/rstmdb/NOTES.txt")
	if err := os.WriteFile(foreign, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := obsgen(t, root, "check")
	if code != 1 {
		t.Fatalf("check exit %d, want 1\n%s", code, stdout)
	}
	for _, want := range []string{"stale: out/rstmdb/prometheus/alerts.yaml", "missing: out/stemedb/prometheus/scrape.yaml"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("check output lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "NOTES.txt") && strings.Contains(stdout, "extra: out/rstmdb/NOTES.txt") {
		t.Errorf("a file obsgen did not write is reported as extra:\n%s", stdout)
	}
	// Removing a dashboard-like generated output from the spec makes its file extra.
	if err := os.Remove(filepath.Join(root, "specs/rstmdb/scrape.yaml")); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := obsgen(t, root, "generate"); code != 0 {
		t.Fatalf("generate: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(foreign); err != nil {
		t.Errorf("generate deleted a file it did not write: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "out/rstmdb/prometheus/scrape-dns.yaml")); !os.IsNotExist(err) {
		t.Errorf("a file obsgen no longer generates was kept (err %v)", err)
	}
}

func TestLintOutputFormats(t *testing.T) {
	root := copySpecs(t)
	cases := []struct {
		format string
		valid  func(string) error
	}{
		{"text", func(string) error { return nil }},
		{"json", func(s string) error { var v []map[string]any; return json.Unmarshal([]byte(s), &v) }},
		{"sarif", func(s string) error { var v map[string]any; return json.Unmarshal([]byte(s), &v) }},
		{"github", func(s string) error { return nil }},
	}
	for _, tc := range cases {
		t.Run(tc.format, func(t *testing.T) {
			code, stdout, _ := obsgen(t, root, "lint", "specs/rstmdb", "--format", tc.format)
			if code != 0 {
				t.Fatalf("exit %d", code)
			}
			if err := tc.valid(stdout); err != nil {
				t.Errorf("%s output does not parse: %v\n%s", tc.format, err, stdout)
			}
			golden.Check(t, filepath.Join("testdata", "lint-rstmdb."+tc.format), []byte(stdout))
		})
	}
}

func TestBrokenSpecDiagnosticsMatchTheGolden(t *testing.T) {
	code, stdout, _ := obsgen(t, "", "lint", "../../internal/catalogue/testdata/bad/ten-mistakes")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	golden.Check(t, "testdata/lint-ten-mistakes.txt", []byte(stdout))
}

func TestSchemaCommandPrintsTheCommittedSchema(t *testing.T) {
	_, stdout, _ := obsgen(t, "", "schema")
	want, err := os.ReadFile("../../schema/obsgen.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if stdout != string(want) {
		t.Error("obsgen schema differs from schema/obsgen.schema.json (run go test ./... -update)")
	}
}

func TestGoInstallBuildsTheCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "obsgen")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "--help").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "generate") {
		t.Fatalf("obsgen --help: %v\n%s", err, out)
	}
}
