package lint

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
)

// corpusDirs returns every spec folder of the repository's test data and
// seed specs: each testdata tree of every package, and specs/.
func corpusDirs(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..")
	var dirs []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if d.IsDir() && p != root && (strings.HasPrefix(name, ".") || name == "out" || name == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || !specload.IsSpecFile(name) {
			return nil
		}
		rel := filepath.ToSlash(p)
		if strings.Contains(rel, "/testdata/") || strings.Contains(rel, "/specs/") {
			dir := filepath.Dir(p)
			if len(dirs) == 0 || dirs[len(dirs)-1] != dir {
				dirs = append(dirs, dir)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

// TestNoCheckPanicsOnAnySpec runs every check, without the recovery Run
// adds, over every spec folder under any testdata/ and specs/, including
// the deliberately broken ones.
func TestNoCheckPanicsOnAnySpec(t *testing.T) {
	dirs := corpusDirs(t)
	if len(dirs) < 6 {
		t.Fatalf("the corpus is suspiciously small: %v", dirs)
	}
	for _, dir := range dirs {
		c, _, _ := specload.Load(dir, specload.Options{})
		if c == nil {
			continue
		}
		for _, ch := range Checks() {
			func() {
				defer func() {
					if v := recover(); v != nil {
						t.Errorf("%s panicked on %s: %v\n%s", ch.Code, dir, v, debug.Stack())
					}
				}()
				runOne(c, ch)
			}()
		}
	}
}

// TestBrokenSpecsLintAsTheirGolden keeps the findings on the broken corpus
// stable, so a change in what a check reports on odd input is reviewed.
func TestBrokenSpecsLintAsTheirGolden(t *testing.T) {
	entries, err := os.ReadDir("testdata/broken")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := "testdata/broken/" + e.Name()
		t.Run(e.Name(), func(t *testing.T) {
			c, _, src := specload.Load(dir, specload.Options{})
			if c == nil {
				t.Fatal("did not load")
			}
			var b bytes.Buffer
			if err := diag.WriteText(&b, Run(c), src); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, dir+".golden", b.Bytes())
		})
	}
}

func TestRunTurnsAPanickingCheckIntoADiagnostic(t *testing.T) {
	c := testtool.LoadSpec(t, base)
	boom := &Check{Code: "boom", run: func(*Context, *reporter) { panic("kaboom") }}
	got := runCheck(newContext(c), boom)
	if len(got) != 1 || got[0].Code != "lint-internal" || !strings.Contains(got[0].Message, "kaboom") || got[0].Severity != diag.Error {
		t.Fatalf("got %v", got)
	}
}
