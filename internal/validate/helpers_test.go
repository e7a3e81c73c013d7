package validate_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
)

// loadSpec writes spec as spec.yaml of a new folder and loads it; file is
// the path diagnostics name.
func loadSpec(t *testing.T, spec string) (c *catalogue.Catalogue, diags diag.List, file string) {
	t.Helper()
	dir := t.TempDir()
	file = filepath.Join(dir, "spec.yaml")
	if err := os.WriteFile(file, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	c, diags, _ = specload.Load(dir, specload.Options{})
	return c, diags, file
}
