package speccodec_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
)

// loadFiles writes files (name → content) into a fresh service folder and
// loads it.
func loadFiles(t *testing.T, files map[string]string) (*catalogue.Catalogue, diag.List, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "shop")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, diags, _ := specload.Load(dir, specload.Options{})
	if c == nil {
		t.Fatalf("no catalogue: %v", diags)
	}
	return c, diags, dir
}

const importedMetrics = `apiVersion: obsgen.dev/v1
service:
  name: shop
  verify:
    ignore: [go_*]
metric_groups:
  - name: shop
    metrics:
      - {name: shop_up, type: gauge, help: Whether the shop is up.}
`

func TestTheServiceSectionMergesFieldByField(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		// errors are the expected error diagnostics as "file:line:col code".
		errors []string
		// says are fragments the first error's message must contain.
		says []string
		// check inspects a catalogue loaded without errors.
		check func(t *testing.T, c *catalogue.Catalogue, dir string)
	}{
		{
			name: "an imported name and verify settings merge with a hand-written title and description",
			files: map[string]string{
				"metrics.yaml": importedMetrics,
				"service.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  name: shop\n  title: Shop\n  description: Sells things.\n",
			},
			check: func(t *testing.T, c *catalogue.Catalogue, dir string) {
				s := c.Service
				if s.Name != "shop" || s.Title != "Shop" || s.Description != "Sells things." || s.Verify == nil || len(s.Verify.Ignore) != 1 {
					t.Errorf("merged service %+v", s)
				}
				if got, want := c.At(s.Pos, "title"), (catalogue.Pos{File: filepath.Join(dir, "service.yaml"), Line: 4, Col: 10}); got != want {
					t.Errorf("title at %s, want %s", got, want)
				}
				if got, want := c.At(s.Pos, "verify"), (catalogue.Pos{File: filepath.Join(dir, "metrics.yaml"), Line: 5, Col: 5}); got != want {
					t.Errorf("verify at %s, want %s", got, want)
				}
			},
		},
		{
			name: "a service section in one file only is taken as written",
			files: map[string]string{
				"metrics.yaml": importedMetrics,
				"zz.yaml":      "apiVersion: obsgen.dev/v1\nlabels:\n  - name: op\n",
			},
			check: func(t *testing.T, c *catalogue.Catalogue, dir string) {
				if c.Service.Name != "shop" || c.Service.Verify == nil {
					t.Errorf("service %+v", c.Service)
				}
			},
		},
		{
			name: "a field set in two files is a duplicate-section error at the second, naming the first",
			files: map[string]string{
				"a.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  name: shop\n  title: Shop\n",
				"b.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  name: shop\n  title: The shop\n",
			},
			errors: []string{"b.yaml:4:10 duplicate-section"},
			says:   []string{"service.title is already set at", "a.yaml:4:10"},
		},
		{
			name: "two different names are a duplicate-section error naming both",
			files: map[string]string{
				"a.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  name: shop\n",
				"b.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  name: shops\n",
			},
			errors: []string{"b.yaml:3:9 duplicate-section"},
			says:   []string{`"shops" differs from "shop"`, "a.yaml:3:9"},
		},
		{
			name: "a list set in two files is one error, not a concatenation",
			files: map[string]string{
				"a.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  name: shop\n  uses: [node]\n",
				"b.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  uses: [node]\n",
			},
			errors: []string{"b.yaml:3:9 duplicate-section"},
			says:   []string{"service.uses is already set at", "a.yaml:4:9"},
		},
		{
			name: "a problem with a field the second file sets is reported in that file",
			files: map[string]string{
				"a.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  verify:\n    ignore: [go_*]\n",
				"b.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  title: Shop\n  name: Bad Name\n",
			},
			errors: []string{"b.yaml:4:9 bad-name"},
		},
		{
			name: "a name no file sets is still missing",
			files: map[string]string{
				"a.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  title: Shop\n",
				"b.yaml": "apiVersion: obsgen.dev/v1\nservice:\n  description: Sells things.\n",
			},
			errors: []string{"a.yaml:3:3 missing-field"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, diags, dir := loadFiles(t, tc.files)
			var got []string
			var first *diag.Diagnostic
			for i, d := range diags {
				if d.Severity != diag.Error {
					continue
				}
				if first == nil {
					first = &diags[i]
				}
				rel, _ := filepath.Rel(dir, d.Pos.File)
				got = append(got, rel+":"+strconv.Itoa(d.Pos.Line)+":"+strconv.Itoa(d.Pos.Col)+" "+d.Code)
			}
			if strings.Join(got, "; ") != strings.Join(tc.errors, "; ") {
				t.Fatalf("errors %q, want %q:\n%v", got, tc.errors, diags)
			}
			for _, s := range tc.says {
				if first == nil || !strings.Contains(first.Message, s) {
					t.Errorf("the error does not say %q: %v", s, first)
				}
			}
			if tc.check != nil {
				tc.check(t, c, dir)
			}
		})
	}
}
