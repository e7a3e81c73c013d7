package specload

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/jsonnetbox"
)

// addCorpus seeds a fuzz target with every spec file under the test corpus
// and the seed specs whose name ends in ext.
func addCorpus(f *testing.F, ext string) {
	for _, pattern := range []string{"../../testdata/bad/*/*" + ext, "../../specs/*/*" + ext} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
}

// FuzzLoadYAML checks that no YAML input panics the loader or escapes its
// limits, and that every diagnostic names the file.
func FuzzLoadYAML(f *testing.F) {
	addCorpus(f, ".yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		c, diags := LoadBytes("fuzz.yaml", data)
		if c == nil {
			t.Fatal("LoadBytes returned no catalogue")
		}
		for _, d := range diags {
			if d.Pos.File != "fuzz.yaml" || d.Code == "" || d.Message == "" {
				t.Fatalf("malformed diagnostic %+v", d)
			}
		}
	})
}

// secretForms are the ways the content of the secret file outside the
// spec root could reach a message or a result: as it is, in other case,
// as an identifier (secret.jsonnet's unknown variable), base64 (std.base64), and as the numbers importbin gives.
func secretForms(secret string) []string {
	nums := make([]string, 0, 8)
	for _, b := range []byte(secret)[:8] {
		nums = append(nums, strconv.Itoa(int(b)))
	}
	return []string{secret, strings.ToUpper(secret), strings.ToLower(secret), strings.ReplaceAll(secret, "-", "_"),
		base64.StdEncoding.EncodeToString([]byte(secret)), strings.Join(nums, ", "), strings.Join(nums, ",")}
}

// fuzzSecret is the content of the files outside the spec root the fuzzed
// programs try to read.
const fuzzSecret = "Qx7-outside-9fKe2"

// jsonnetFuzzLayout writes a spec root with files inside (a library, a
// text file) and a secret folder beside it, reached by symbolic links from
// inside too; it returns the folder holding both and the service folder.
func jsonnetFuzzLayout(t *testing.T) (top, svc string) {
	t.Helper()
	top = t.TempDir()
	svc = filepath.Join(top, "specs", "shop")
	for name, body := range map[string]string{
		"specs/lib/name.libsonnet": "'shop'",
		"specs/shop/notes.txt":     "inside",
		"jlib/k.libsonnet":         "{ k: 'jlib' }",
		"secret/secret.txt":        fuzzSecret,
		"secret/secret.libsonnet":  "'" + fuzzSecret + "'",
		"secret/secret.jsonnet":    "{ a: " + strings.ReplaceAll(fuzzSecret, "-", "_") + " }",
		"secret/bad.libsonnet":     fuzzSecret + " }",
		"secret/error.libsonnet":   "error '" + fuzzSecret + "'",
	} {
		name = filepath.Join(top, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		"specs/shop/link.txt":      filepath.Join(top, "secret", "secret.txt"),
		"specs/shop/secretdir":     "../../secret",
		"specs/lib/up":             "../..",
		"jlib/out.libsonnet":       "../secret/secret.libsonnet",
		"specs/shop/lib.libsonnet": "../lib/name.libsonnet",
	} {
		if err := os.Symlink(target, filepath.Join(top, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	return top, svc
}

// FuzzLoadJsonnet checks that no Jsonnet program panics the loader or runs
// past its stack and time bounds, and that none, however it imports
// (import, importstr, importbin; absolute, by .., through links, from the
// -J folder), gets any of the secret files beside the spec root into a
// diagnostic, an excerpt or the catalogue. $TOP in the program is the
// folder holding the spec root and the secret folder.
func FuzzLoadJsonnet(f *testing.F) {
	addCorpus(f, ".jsonnet")
	f.Add([]byte("{ apiVersion: 'obsgen.dev/v1', service: { name: 's' } }"))
	for _, expr := range []string{
		"import '../lib/name.libsonnet'", "importstr 'notes.txt'", "std.toString(importbin 'notes.txt')",
		"importstr '$TOP/secret/secret.txt'", "import '$TOP/secret/secret.libsonnet'", "importstr '../../secret/secret.txt'",
		"importstr 'link.txt'", "importstr 'secretdir/secret.txt'", "importstr '../lib/up/secret/secret.txt'",
		"import 'out.libsonnet'", "(import 'k.libsonnet').k", "std.base64(importbin 'link.txt')",
		"(import '../../secret/secret.jsonnet').a", "import '../../secret/bad.libsonnet'", "import 'secretdir/error.libsonnet'",
		"std.parseJson(importstr '$TOP/secret/secret.txt')", "error importstr 'link.txt'", "import 'lib.libsonnet'",
	} {
		f.Add([]byte("{ apiVersion: 'obsgen.dev/v1', service: { name: 'shop', description: " + expr + " } }"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 {
			return
		}
		top, svc := jsonnetFuzzLayout(t)
		code := strings.ReplaceAll(string(data), "$TOP", top)
		if err := os.WriteFile(filepath.Join(svc, "spec.jsonnet"), []byte(code), 0o644); err != nil {
			t.Fatal(err)
		}
		opts := Options{Jsonnet: jsonnetbox.Options{MaxStack: 100, Timeout: time.Second, MaxOutput: 1 << 20,
			JPaths: []string{filepath.Join(top, "jlib")}}}
		c, diags, src := Load(svc, opts)
		result, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("the catalogue cannot be shown: %v", err)
		}
		for _, d := range diags {
			if d.Code == "" || d.Message == "" {
				t.Fatalf("malformed diagnostic %+v", d)
			}
		}
		for _, form := range secretForms(fuzzSecret) {
			for _, d := range diags {
				if strings.Contains(d.String(), form) {
					t.Fatalf("a diagnostic holds the secret (%q): %s", form, d)
				}
			}
			for name, text := range src {
				if strings.Contains(string(text), form) {
					t.Fatalf("the excerpt source %s holds the secret (%q)", name, form)
				}
			}
			if strings.Contains(string(result), form) {
				t.Fatalf("the catalogue holds the secret (%q): %s", form, result)
			}
		}
	})
}
