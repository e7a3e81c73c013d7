package testtool

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
)

// Generate runs g on c and fails the test on an error.
func Generate(t testing.TB, g generators.Generator, c *catalogue.Catalogue) []generators.File {
	t.Helper()
	files, err := g.Generate(c)
	if err != nil {
		t.Fatalf("%s: %v", c.Service.Name, err)
	}
	return files
}

// Files runs g on c and returns its files by path below prefix (such as
// "rstmdb/logging/"), failing the test on an error or on a file outside
// prefix.
func Files(t testing.TB, g generators.Generator, c *catalogue.Catalogue, prefix string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, f := range Generate(t, g, c) {
		rel, ok := strings.CutPrefix(f.Path, prefix)
		if !ok {
			t.Fatalf("%s is outside %s", f.Path, prefix)
		}
		out[rel] = f.Data
	}
	return out
}

// CheckOut compares generated files of the seed services with the
// committed out/, their one golden: a file that differs fails the test.
// out/ is written whole by make generate, or by the pipeline's test with
// -update; with -update the comparison waits for that.
func CheckOut(t testing.TB, files []generators.File) {
	t.Helper()
	if golden.Updating() {
		return
	}
	root := Root(t)
	for _, f := range files {
		p := filepath.Join(root, "out", filepath.FromSlash(f.Path))
		want, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("out/%s: %v (run make generate and commit out/)", f.Path, err)
			continue
		}
		if !bytes.Equal(want, f.Data) {
			t.Errorf("out/%s differs from what the generator makes (run make generate and commit out/):\n%s",
				f.Path, golden.Diff(string(want), string(f.Data)))
		}
	}
}
