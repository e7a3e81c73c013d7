package specload

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/jsonnetbox"
)

// addCorpus seeds a fuzz target with every spec file under the test corpus
// and the seed specs whose name ends in ext.
func addCorpus(f *testing.F, ext string) {
	for _, pattern := range []string{"../catalogue/testdata/bad/*/*" + ext, "../../specs/*/*" + ext} {
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

// FuzzLoadJsonnet checks that no Jsonnet program panics the loader or runs
// past its stack and time bounds.
func FuzzLoadJsonnet(f *testing.F) {
	addCorpus(f, ".jsonnet")
	f.Add([]byte("{ apiVersion: 'obsgen.dev/v1', service: { name: 's' } }"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 || strings.Contains(string(data), "import") {
			return // imports would read the file system
		}
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "spec.jsonnet"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		opts := Options{Jsonnet: jsonnetbox.Options{MaxStack: 100, Timeout: time.Second, MaxOutput: 1 << 20}}
		_, diags, _ := Load(dir, opts)
		for _, d := range diags {
			if d.Code == "" || d.Message == "" {
				t.Fatalf("malformed diagnostic %+v", d)
			}
		}
	})
}
