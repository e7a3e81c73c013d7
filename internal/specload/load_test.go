package specload

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
)

// render prints diagnostics as the CLI does, with paths relative to testdata.
func render(t *testing.T, l diag.List, src diag.Sources) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := diag.WriteText(&b, l, src); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// loadBounded loads dir, failing the test if loading hangs: every input,
// however hostile, must finish (the bound is a hang guard, not a target).
func loadBounded(t *testing.T, dir string, opts Options) (*catalogue.Catalogue, diag.List, diag.Sources) {
	t.Helper()
	type result struct {
		c     *catalogue.Catalogue
		diags diag.List
		src   diag.Sources
	}
	done := make(chan result, 1)
	go func() {
		c, diags, src := Load(dir, opts)
		done <- result{c, diags, src}
	}()
	select {
	case r := <-done:
		return r.c, r.diags, r.src
	case <-time.After(30 * time.Second):
		t.Fatalf("loading %s did not finish", dir)
		return nil, nil, nil
	}
}

func TestAFileOverTheSizeLimitIsRefusedUnread(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("# padding line of a huge spec file\n"), MaxFileSize/30)
	if err := os.WriteFile(filepath.Join(dir, "spec.yaml"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	_, diags, _ := Load(dir, Options{})
	if len(diags) != 1 || diags[0].Code != "too-large" {
		t.Fatalf("want one too-large diagnostic, got %v", diags)
	}
}

func TestSeedSpecsLoadWithoutErrors(t *testing.T) {
	for _, dir := range []string{"../../specs/rstmdb", "../../specs/stemedb"} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			opts := Options{Jsonnet: jsonnetbox.Options{MaxStack: 200, Timeout: 3 * time.Second}}
			c, diags, src := loadBounded(t, dir, opts)
			if diags.HasErrors() {
				t.Fatalf("seed spec has errors:\n%s", render(t, diags, src))
			}
			if c.Service.Name != filepath.Base(dir) {
				t.Errorf("service name %q, want %q", c.Service.Name, filepath.Base(dir))
			}
			if len(c.Metrics()) == 0 || len(c.Alerts()) == 0 {
				t.Errorf("seed spec lost its metrics or alerts: %d metrics, %d alerts", len(c.Metrics()), len(c.Alerts()))
			}
		})
	}
}

func TestExpressionOffsetsMapToFilePositions(t *testing.T) {
	src := "apiVersion: obsgen.dev/v1\nservice:\n  name: s\nqueries:\n  - title: Q\n    queries:\n" +
		"      - name: plain\n        title: P\n        expr: rate(x[5m])\n" +
		"      - name: quoted\n        title: Q\n        expr: \"up{job=\\\"a\\\"} == 1\"\n" +
		"      - name: block\n        title: B\n        expr: |\n          sum(\n            rate(x[5m]))\n"
	c, diags := LoadBytes("mem.yaml", []byte(src))
	if diags.HasErrors() {
		t.Fatalf("unexpected errors: %v", diags)
	}
	cases := []struct {
		name      string
		query     string
		needle    string
		line, col int
	}{
		{"a plain scalar maps by column", "plain", "x[5m]", 9, 20},
		{"a quoted scalar skips the opening quote and escapes", "quoted", "== 1", 12, 30},
		{"a block scalar maps to the content line", "block", "rate", 17, 13},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q := c.Query(tc.query)
			if q == nil {
				t.Fatalf("query %s not loaded", tc.query)
			}
			off := strings.Index(q.Expr.Text, tc.needle)
			got := q.Expr.OffsetPos(off)
			if got.Line != tc.line || got.Col != tc.col {
				t.Errorf("offset of %q maps to %d:%d, want %d:%d", tc.needle, got.Line, got.Col, tc.line, tc.col)
			}
		})
	}
}

func TestSpecFilesAreMergedAcrossAFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.yaml", "apiVersion: obsgen.dev/v1\nservice:\n  name: s\nlabels:\n  - name: op\n")
	write("b.yml", "apiVersion: obsgen.dev/v1\nlabels:\n  - name: code\nmetric_groups:\n  - name: g\n    metrics:\n      - {name: s_requests_total, type: counter, help: R., labels: [op, code]}\n")
	write("c.jsonnet", "{ apiVersion: 'obsgen.dev/v1', queries: [{ title: 'Q', queries: [{ name: 'r', title: 'R', expr: 'rate(s_requests_total[5m])' }] }] }")
	write("notes.txt", "not a spec")
	c, diags, _ := Load(dir, Options{})
	if diags.HasErrors() {
		t.Fatalf("unexpected errors: %v", diags)
	}
	if len(c.Labels) != 2 || c.Metric("s_requests_total") == nil || c.Query("r") == nil {
		t.Errorf("merge lost something: labels %d, metric %v, query %v", len(c.Labels), c.Metric("s_requests_total"), c.Query("r"))
	}
	if len(c.Files) != 3 {
		t.Errorf("loaded files %v, want the three spec files", c.Files)
	}
}

// TestDiscoverFindsServiceFolders discovers services in a folder it makes
// itself, so that adding a service to specs/ changes nothing here.
func TestDiscoverFindsServiceFolders(t *testing.T) {
	root := t.TempDir()
	for _, svc := range []string{"billing", "payments"} {
		if err := os.MkdirAll(filepath.Join(root, "specs", svc), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, "specs", svc, "service.yaml"), []byte("apiVersion: obsgen.dev/v1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(root, "specs", ".hidden", "x.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	specs := filepath.Join(root, "specs")
	billing, payments := filepath.Join(specs, "billing"), filepath.Join(specs, "payments")
	cases := []struct {
		name string
		args []string
		want []string
		err  bool
	}{
		{"a parent folder stands for its services", []string{specs}, []string{billing, payments}, false},
		{"a service folder stands for itself", []string{payments}, []string{payments}, false},
		{"a folder named twice is listed once", []string{payments, payments + "/"}, []string{payments}, false},
		{"a folder without spec files is an error", []string{filepath.Join(root, "empty")}, nil, true},
		{"a missing folder is an error", []string{"no/such/dir"}, nil, true},
		{"a file is an error", []string{"load.go"}, nil, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Discover(tc.args)
			if (err != nil) != tc.err {
				t.Fatalf("err = %v, want error %v", err, tc.err)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
