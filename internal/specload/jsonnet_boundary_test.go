package specload

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/jsonnetbox"
)

// boundaryLayout writes a spec root with one service, a shared library in
// the root, and a secret beside the root; it returns the service folder.
func boundaryLayout(t *testing.T, code string) (svc, secret string) {
	t.Helper()
	top := t.TempDir()
	secret = filepath.Join(top, "secret.txt")
	svc = filepath.Join(top, "specs", "shop")
	for name, body := range map[string]string{
		secret: "hunter2-boundary",
		filepath.Join(top, "specs", "lib", "name.libsonnet"): "'shop'",
		filepath.Join(svc, "spec.jsonnet"):                   code,
	} {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(secret, filepath.Join(svc, "link.txt")); err != nil {
		t.Fatal(err)
	}
	return svc, secret
}

func TestJsonnetImportsStayInsideTheReadBoundary(t *testing.T) {
	spec := func(expr string) string {
		return "{ apiVersion: 'obsgen.dev/v1', service: { name: import '../lib/name.libsonnet', description: " + expr + " } }\n"
	}
	for _, tc := range []struct {
		name, expr, rule string
		outside          bool
	}{
		{name: "an import from the spec root's shared library is read", expr: "'x'"},
		{name: "importstr of an absolute path is refused", expr: "importstr '%s'", rule: "no absolute paths"},
		{name: "importbin of an absolute path is refused", expr: "std.toString(importbin '%s')", rule: "no absolute paths"},
		{name: "import of .. out of the spec root is refused", expr: "importstr '../../secret.txt'", rule: "no escape by .."},
		{name: "importstr through a symbolic link leading out is refused", expr: "importstr 'link.txt'", rule: "no symbolic link leading out"},
		{name: "the lifted boundary reads outside, but quotes nothing from there", expr: "importstr 'link.txt'", outside: true},
	} {
		for _, inProcess := range []bool{false, true} {
			name := tc.name
			if inProcess {
				name += " in-process too"
			}
			t.Run(name, func(t *testing.T) {
				svc, secret := boundaryLayout(t, "")
				expr := tc.expr
				if strings.Contains(expr, "%s") {
					expr = strings.ReplaceAll(expr, "%s", secret)
				}
				if err := os.WriteFile(filepath.Join(svc, "spec.jsonnet"), []byte(spec(expr)), 0o644); err != nil {
					t.Fatal(err)
				}
				opts := Options{ReadOutside: tc.outside, Jsonnet: jsonnetbox.Options{InProcess: inProcess, Timeout: 10 * time.Second}}
				c, diags, src := loadBounded(t, svc, opts)
				for name, data := range src {
					if strings.Contains(string(data), "hunter2") {
						t.Errorf("the excerpt sources hold %s, from outside the boundary", name)
					}
				}
				for _, d := range diags {
					if strings.Contains(d.Message, "hunter2") {
						t.Errorf("a message quotes the secret: %s", d)
					}
				}
				if tc.rule == "" {
					if diags.HasErrors() {
						t.Fatalf("unexpected errors: %v", diags)
					}
					if c.Service.Name != "shop" {
						t.Errorf("the shared library was not read: %q", c.Service.Name)
					}
					return
				}
				if len(diags) != 1 || diags[0].Code != "read-boundary" || !strings.Contains(diags[0].Message, tc.rule) || diags[0].Pos.Line != 1 {
					t.Fatalf("want one positioned read-boundary error naming %q, got %v", tc.rule, diags)
				}
			})
		}
	}
}
