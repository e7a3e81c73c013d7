// Package golden compares test output with files under testdata/ and, with
// `go test ./... -update`, rewrites them. Every package with tests imports
// it (directly or through a helper), so the -update flag is defined in every
// test binary.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/ instead of comparing")

// Updating reports whether the run rewrites golden files.
func Updating() bool { return *update }

// Check compares got with the golden file at path; with -update it writes
// got there instead (only when it changed).
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	want, err := os.ReadFile(path)
	if *update {
		if err == nil && bytes.Equal(want, got) {
			return
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err != nil {
		t.Fatalf("golden file %s: %v (run go test -update to create it)", path, err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the golden file (run go test -update to accept):\n%s", path, Diff(string(want), string(got)))
	}
}

// CheckDir compares a whole set of files (relative slash paths) with the
// golden folder dir; with -update it rewrites changed files and deletes
// files no longer produced.
func CheckDir(t testing.TB, dir string, files map[string][]byte) {
	t.Helper()
	on := map[string]bool{}
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			on[filepath.ToSlash(rel)] = true
		}
		return nil
	})
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		Check(t, filepath.Join(dir, filepath.FromSlash(name)), files[name])
		delete(on, name)
	}
	for name := range on {
		if *update {
			_ = os.Remove(filepath.Join(dir, filepath.FromSlash(name)))
			continue
		}
		t.Errorf("golden file %s/%s is no longer produced (run go test -update to delete it)", dir, name)
	}
}

// Diff returns a short line diff of want and got: the first lines that differ.
func Diff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 12; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			continue
		}
		shown++
		if i < len(w) {
			b.WriteString("- " + itoa(i+1) + ": " + wl + "\n")
		}
		if i < len(g) {
			b.WriteString("+ " + itoa(i+1) + ": " + gl + "\n")
		}
	}
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }
