package testtool

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/generators"
)

// WriteTree writes files (slash paths relative to the folder, their
// contents as text or bytes) under a new temporary folder and returns it.
func WriteTree[T ~string | ~[]byte](t testing.TB, files map[string]T) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// WriteFiles writes generated files under a new temporary folder, as
// obsgen writes them into out/, and returns it.
func WriteFiles(t testing.TB, files []generators.File) string {
	t.Helper()
	tree := make(map[string][]byte, len(files))
	for _, f := range files {
		tree[f.Path] = f.Data
	}
	return WriteTree(t, tree)
}
