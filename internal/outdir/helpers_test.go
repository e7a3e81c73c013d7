package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A tree is a folder's content as the tests see it: regular files by slash
// path with their content, symbolic links as "-> target", and directories
// as "path/" with no content.

// set returns files from alternating paths and contents.
func set(pathsAndData ...string) []File {
	var fs []File
	for i := 0; i < len(pathsAndData); i += 2 {
		fs = append(fs, File{Path: pathsAndData[i], Data: []byte(pathsAndData[i+1])})
	}
	return fs
}

// bigSet returns n files spread over directories, with content and some
// paths depending on tag.
func bigSet(tag string, n int) []File {
	var files []File
	for i := range n {
		p := fmt.Sprintf("svc%02d/kind%d/file%03d.yaml", i%10, i%3, i)
		if i%25 == 0 {
			p = fmt.Sprintf("only-%s/file%03d.yaml", tag, i)
		}
		files = append(files, File{Path: p, Data: []byte(strings.Repeat(tag+" "+p+"\n", 20))})
	}
	return files
}

// readTree returns what dir holds, following dir itself if it is a link;
// nil if dir does not exist.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	root, err := filepath.EvalSymlinks(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	tree := map[string]string{}
	err = filepath.WalkDir(root, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, name)
		rel = filepath.ToSlash(rel)
		switch {
		case rel == ".":
		case d.IsDir():
			tree[rel+"/"] = ""
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(name)
			if err != nil {
				return err
			}
			tree[rel] = "-> " + target
		default:
			data, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			tree[rel] = string(data)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("read tree: %v", err)
	}
	return tree
}

// wantTree returns the tree Write should make from files, with the foreign
// things in extra (in readTree's form) beside them.
func wantTree(files []File, extra map[string]string) map[string]string {
	tree := map[string]string{ManifestName: string(manifestOf(files).encode())}
	add := func(p, content string) {
		tree[p] = content
		for _, a := range ancestors(strings.TrimSuffix(p, "/")) {
			tree[a+"/"] = ""
		}
	}
	for _, f := range files {
		add(f.Path, string(f.Data))
	}
	for p, c := range extra {
		add(p, c)
	}
	return tree
}

// plant makes the things in extra (in readTree's form) inside dir.
func plant(t *testing.T, dir string, extra map[string]string) {
	t.Helper()
	for _, p := range slices.Sorted(maps.Keys(extra)) {
		name := filepath.Join(dir, filepath.FromSlash(p))
		c := extra[p]
		var err error
		switch {
		case strings.HasSuffix(p, "/"):
			err = os.MkdirAll(name, 0o755)
		case strings.HasPrefix(c, "-> "):
			if err = os.MkdirAll(filepath.Dir(name), 0o755); err == nil {
				err = os.Symlink(strings.TrimPrefix(c, "-> "), name)
			}
		default:
			if err = os.MkdirAll(filepath.Dir(name), 0o755); err == nil {
				err = os.WriteFile(name, []byte(c), 0o644)
			}
		}
		if err != nil {
			t.Fatalf("plant %s: %v", p, err)
		}
	}
}

// diffTrees describes how got differs from want, or returns "".
func diffTrees(got, want map[string]string) string {
	var b strings.Builder
	for _, p := range slices.Sorted(maps.Keys(want)) {
		if g, ok := got[p]; !ok {
			fmt.Fprintf(&b, "  missing %s\n", p)
		} else if g != want[p] {
			fmt.Fprintf(&b, "  %s has %.60q, want %.60q\n", p, g, want[p])
		}
	}
	for _, p := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[p]; !ok {
			fmt.Fprintf(&b, "  unexpected %s\n", p)
		}
	}
	return b.String()
}

// assertTree fails the test if dir does not hold want.
func assertTree(t *testing.T, dir string, want map[string]string) {
	t.Helper()
	if d := diffTrees(readTree(t, dir), want); d != "" {
		t.Fatalf("%s differs:\n%s", dir, d)
	}
}

// obsgenLeftovers returns staging and temporary names next to dir.
func obsgenLeftovers(t *testing.T, dir string) []string {
	t.Helper()
	names, err := os.ReadDir(filepath.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, n := range names {
		if strings.Contains(n.Name(), stageMark) || strings.Contains(n.Name(), tempMark) {
			left = append(left, n.Name())
		}
	}
	return left
}

// assertNoStage fails the test if a staging directory is next to dir.
func assertNoStage(t *testing.T, dir string) {
	t.Helper()
	if left := obsgenLeftovers(t, dir); len(left) > 0 {
		t.Fatalf("left behind next to %s: %v", dir, left)
	}
}

// strategy is one of Write's two ways of replacing an existing tree.
type strategy struct {
	name     string
	exchange func(a, b string) error
}

var strategies = []strategy{
	{"whole-tree swap", renameExchange},
	{"file-by-file fallback", func(a, b string) error { return errExchangeUnsupported }},
}

// use makes Write use s until the test ends.
func (s strategy) use(t *testing.T) {
	saved := exchange
	exchange = s.exchange
	t.Cleanup(func() { exchange = saved })
}

// failAt makes Write fail at step until the test ends, calling do first if
// it is not nil.
func failAt(t *testing.T, step string, do func()) {
	saved := failpoint
	failpoint = func(s string) error {
		if s != step {
			return nil
		}
		if do != nil {
			do()
			return nil
		}
		return errors.New("injected failure at " + s)
	}
	t.Cleanup(func() { failpoint = saved })
}

// mustWrite calls Write and fails the test on error.
func mustWrite(t *testing.T, dir string, files []File) {
	t.Helper()
	if err := Write(dir, files); err != nil {
		t.Fatalf("Write: %v", err)
	}
}
