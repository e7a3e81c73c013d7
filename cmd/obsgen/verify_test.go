package main

import (
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
)

const (
	smallSpec = "../../internal/verify/testdata/small"
	smallProm = "../../internal/verify/testdata/small.prom"
	smallOM   = "../../internal/verify/testdata/small.om"
)

// writeTemp writes data to a file in a fresh folder and returns its path.
func writeTemp(t *testing.T, name, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// writeFile writes data to path, making its folders.
func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyExitCodes(t *testing.T) {
	good, err := os.ReadFile(smallProm)
	if err != nil {
		t.Fatal(err)
	}
	absent := writeTemp(t, "absent.prom", strings.Replace(string(good), "small_queue_length 4\n", "", 1))
	extra := writeTemp(t, "extra.prom", string(good)+"# TYPE small_new_total counter\nsmall_new_total 1\n")
	broken := writeTemp(t, "broken.prom", "small_queue_length four\n")
	badSpec := filepath.Join(t.TempDir(), "bad")
	if err := os.MkdirAll(badSpec, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(badSpec, "spec.yaml"), []byte("apiVersion: obsgen.dev/v1\nservice:\n  name: Bad Name\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	closed := closedURL(t)
	cases := []struct {
		name string
		args []string
		want int
		says string
	}{
		{"a matching exposition exits 0", []string{"verify", smallSpec, "--file", smallProm}, 0, "100.0%"},
		{"an OpenMetrics file exits 0", []string{"verify", smallSpec, "--file", smallOM}, 0, "100.0%"},
		{"an absent documented metric exits 1", []string{"verify", smallSpec, "--file", absent}, 1, "absent-metric"},
		{"an undocumented metric is a warning: exit 0", []string{"verify", smallSpec, "--file", extra}, 0, "undocumented-metric"},
		{"--ignore silences it", []string{"verify", smallSpec, "--file", extra, "--ignore", "small_new_*"}, 0, "5/5 (100.0%)"},
		{"an exposition that does not parse exits 1", []string{"verify", smallSpec, "--file", broken}, 1, "exposition-syntax"},
		{"a spec with errors exits 1", []string{"verify", badSpec, "--file", smallProm}, 1, "bad-name"},
		{"neither --url nor --file exits 2", []string{"verify", smallSpec}, 2, "exactly one of --url"},
		{"both --url and --file exit 2", []string{"verify", smallSpec, "--file", smallProm, "--url", "http://x/metrics"}, 2, "exactly one of --url"},
		{"no spec exits 2", []string{"verify", "--file", smallProm}, 2, "accepts 1 arg"},
		{"a missing file exits 2", []string{"verify", smallSpec, "--file", "no-such.prom"}, 2, "no-such.prom"},
		{"an unreachable URL exits 2", []string{"verify", smallSpec, "--url", closed}, 2, "connection refused"},
		{"an unknown format exits 2", []string{"verify", smallSpec, "--file", smallProm, "--format", "xml"}, 2, "unknown --format"},
		{"an unknown component exits 2", []string{"verify", smallSpec, "--file", smallProm, "--component", "nope"}, 2, "--component"},
		{"a bad glob exits 2", []string{"verify", smallSpec, "--file", smallProm, "--ignore", "go_["}, 2, "not a usable glob"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := obsgen(t, "", tc.args...)
			if code != tc.want {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.want, stdout, stderr)
			}
			if !strings.Contains(stdout+stderr, tc.says) {
				t.Errorf("output lacks %q:\nstdout:\n%s\nstderr:\n%s", tc.says, stdout, stderr)
			}
		})
	}
}

// closedURL returns a URL on 127.0.0.1 where nothing listens.
func closedURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr + "/metrics"
}

func TestVerifyOutputFormats(t *testing.T) {
	good, err := os.ReadFile(smallProm)
	if err != nil {
		t.Fatal(err)
	}
	// One error, one warning, from a fixed file name so the golden is stable.
	mutated := strings.Replace(string(good), "small_queue_length 4\n", "", 1) + "# TYPE small_new_total counter\nsmall_new_total 1\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "metrics.prom"), []byte(mutated), 0o644); err != nil {
		t.Fatal(err)
	}
	spec, err := filepath.Abs(smallSpec)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		format string
		valid  func(string) error
	}{
		{"text", func(string) error { return nil }},
		{"json", func(s string) error { var v []map[string]any; return json.Unmarshal([]byte(s), &v) }},
		{"github", func(string) error { return nil }},
	}
	for _, tc := range cases {
		t.Run(tc.format, func(t *testing.T) {
			code, stdout, stderr := obsgen(t, dir, "verify", spec, "--file", "metrics.prom", "--format", tc.format)
			if code != 1 {
				t.Fatalf("exit %d, want 1\n%s%s", code, stdout, stderr)
			}
			if err := tc.valid(stdout); err != nil {
				t.Errorf("%s output does not parse: %v\n%s", tc.format, err, stdout)
			}
			if tc.format != "text" && !strings.Contains(stderr, "coverage:") {
				t.Errorf("the coverage is not on standard error: %q", stderr)
			}
			out := strings.ReplaceAll(stdout+stderr, spec, "SPEC")
			golden.Check(t, filepath.Join("testdata", "verify-small."+tc.format), []byte(out))
		})
	}
}

func TestVerifyFetchesAURLInTheFormatItAnswers(t *testing.T) {
	om, err := os.ReadFile(smallOM)
	if err != nil {
		t.Fatal(err)
	}
	var accept string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		accept = r.Header.Get("Accept")
		w.Header().Set("Content-Type", "application/openmetrics-text; version=1.0.0; charset=utf-8")
		_, _ = w.Write(om)
	}))
	defer srv.Close()
	code, stdout, stderr := obsgen(t, "", "verify", smallSpec, "--url", srv.URL+"/metrics", "--timeout", "2s")
	if code != 0 || !strings.Contains(stdout, "documented metrics present 5/5 (100.0%)") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	if !strings.HasPrefix(accept, "text/plain") {
		t.Errorf("Accept %q", accept)
	}
}

func TestImportThenVerifyThroughTheCLI(t *testing.T) {
	out := filepath.Join(t.TempDir(), "small", "metrics.yaml")
	code, stdout, stderr := obsgen(t, "", "import", "--file", smallProm, "--service", "small", "--ignore", "go_*", "--out", out)
	if code != 0 {
		t.Fatalf("import: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, _ := obsgen(t, "", "lint", filepath.Dir(out), "--fail-on", "warning"); code != 0 {
		t.Errorf("lint of the imported spec: exit %d\n%s", code, stdout)
	}
	code, stdout, stderr = obsgen(t, "", "verify", filepath.Dir(out), "--file", smallProm)
	if code != 0 || stdout != "small: coverage: documented metrics present 5/5 (100.0%), exposed metrics documented 5/5 (100.0%)\n" {
		t.Errorf("verify of the imported spec: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := obsgen(t, "", "import", "--file", smallProm, "--service", "small", "--out", out); code != 2 || !strings.Contains(stderr, "--force") {
		t.Errorf("import over an existing file: exit %d, %s", code, stderr)
	}
	if code, _, _ := obsgen(t, "", "import", "--file", smallProm, "--service", "small", "--out", out, "--force"); code != 0 {
		t.Errorf("import --force: exit %d", code)
	}
	code, stdout, _ = obsgen(t, "", "import", "--file", smallProm, "--service", "small")
	if code != 0 || !strings.HasPrefix(stdout, "# yaml-language-server: $schema=https://obsgen.dev/schema/v1/obsgen.schema.json\n# Imported by `obsgen import`") {
		t.Errorf("import to standard output: exit %d\n%s", code, stdout)
	}
}

func TestAnImportMergesWithAHandWrittenServiceFileAndNamesTheProjectSchema(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "schema", "obsgen.schema.json"), "{}\n")
	dir := filepath.Join(root, "specs", "small")
	writeFile(t, filepath.Join(dir, "service.yaml"), "apiVersion: obsgen.dev/v1\nservice:\n  name: small\n  title: Small\n  description: A small service.\n")
	out := filepath.Join(dir, "metrics.yaml")
	if code, stdout, stderr := obsgen(t, "", "import", "--file", smallProm, "--service", "small", "--ignore", "go_*", "--enumerate", "--out", out); code != 0 {
		t.Fatalf("import: exit %d\n%s%s", code, stdout, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# yaml-language-server: $schema=../../schema/obsgen.schema.json\n") {
		t.Errorf("the spec does not name the project's schema by its path from the spec:\n%.300s", data)
	}
	if !strings.Contains(string(data), "values:") {
		t.Errorf("--enumerate wrote no enumeration:\n%s", data)
	}
	if code, stdout, _ := obsgen(t, "", "lint", dir, "--fail-on", "warning"); code != 0 {
		t.Errorf("lint of the imported spec beside service.yaml: exit %d\n%s", code, stdout)
	}
	if code, stdout, stderr := obsgen(t, "", "verify", dir, "--file", smallProm); code != 0 || !strings.Contains(stdout, "present 5/5 (100.0%), exposed metrics documented 5/5 (100.0%)") {
		t.Errorf("verify: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestImportExitCodes(t *testing.T) {
	broken := writeTemp(t, "broken.prom", "a one\n")
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"no --service exits 2", []string{"import", "--file", smallProm}, 2},
		{"a bad service name exits 2", []string{"import", "--file", smallProm, "--service", "Bad Name"}, 2},
		{"no exposition exits 2", []string{"import", "--service", "x"}, 2},
		{"an exposition that does not parse exits 1", []string{"import", "--file", broken, "--service", "x"}, 1},
		{"positional arguments exit 2", []string{"import", "specs", "--file", smallProm, "--service", "x"}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if code, stdout, stderr := obsgen(t, "", tc.args...); code != tc.want {
				t.Errorf("exit %d, want %d\n%s%s", code, tc.want, stdout, stderr)
			}
		})
	}
}

func TestVerifyAndImportHaveHelpWithAnExample(t *testing.T) {
	for _, cmd := range []string{"verify", "import"} {
		code, stdout, _ := obsgen(t, "", cmd, "--help")
		if code != 0 || !strings.Contains(stdout, "Examples:") || !strings.Contains(stdout, "obsgen "+cmd) {
			t.Errorf("%s --help: exit %d\n%s", cmd, code, stdout)
		}
	}
}
