package testtool

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
)

// Load loads the service folder dir and fails the test when it has an
// error.
func Load(t testing.TB, dir string) *catalogue.Catalogue {
	t.Helper()
	c, _ := LoadWithSources(t, dir)
	return c
}

// LoadWithSources is Load that also returns the spec files read, for
// excerpts.
func LoadWithSources(t testing.TB, dir string) (*catalogue.Catalogue, diag.Sources) {
	t.Helper()
	c, diags, src := specload.Load(dir, specload.Options{})
	if c == nil || diags.HasErrors() {
		t.Fatalf("%s does not load: %v", dir, diags.AtLeast(diag.Error))
	}
	return c, src
}

// Seed loads the seed service name from the repository's specs/.
func Seed(t testing.TB, name string) *catalogue.Catalogue {
	t.Helper()
	return Load(t, filepath.Join(Root(t), "specs", name))
}

// Root returns the repository's top folder: the one above the test's
// package folder that holds go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// LoadSpec loads a catalogue from the text of one spec file (spec.yaml)
// and fails the test when it has an error.
func LoadSpec(t testing.TB, spec string) *catalogue.Catalogue {
	t.Helper()
	c, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	if c == nil || diags.HasErrors() {
		t.Fatalf("the test spec does not load:\n%s\n%s", diags.AtLeast(diag.Error), spec)
	}
	return c
}
