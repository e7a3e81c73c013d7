package outdir

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// foreignSegments are the names the fuzzed trees are built from: a
// generated file, a foreign one, a hidden one and a service folder can all
// share them.
var foreignSegments = []string{"a", "b", "svc", "kubernetes", "x.yaml", "zz-rbac.yaml", ".hidden", "grafana"}

// foreignGlobs are the allow-lists the fuzzed trees are checked with,
// matching some of the names above (and one that is not a glob at all).
var foreignGlobs = []string{"*", "a", "svc/*", "*/x.yaml", "svc/kubernetes/zz-rbac.yaml", "kubernetes", "[", "*/*/*"}

// foreignTree is a fuzzed output folder: what obsgen wrote (and its
// manifest lists), what it now generates, and what was planted beside.
type foreignTree struct {
	written, generated []File
	// files, dirs, inLinks, outLinks, outDirLinks and replaced are planted,
	// in this order: foreign files, directories, symbolic links to a
	// place inside, to a file outside and to a folder outside, and
	// written files replaced by a link to the file outside.
	files, dirs, inLinks, outLinks, outDirLinks, replaced []string
	globs                                                 []string
}

// decodeForeignTree reads a foreignTree from fuzz input: one byte picks an
// operation, the next ones its path (a depth of one to three, then a
// segment each).
func decodeForeignTree(data []byte) foreignTree {
	var ft foreignTree
	next := func() int {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return int(b)
	}
	pathOf := func() string {
		depth := 1 + next()%3
		segs := make([]string, depth)
		for i := range segs {
			segs[i] = foreignSegments[next()%len(foreignSegments)]
		}
		return strings.Join(segs, "/")
	}
	for len(data) > 0 {
		switch op := next() % 10; op {
		case 0:
			ft.written = addFile(ft.written, pathOf(), "w")
		case 1:
			ft.generated = addFile(ft.generated, pathOf(), "g")
		case 2:
			p := pathOf()
			ft.written = addFile(ft.written, p, "same")
			ft.generated = addFile(ft.generated, p, "same")
		case 3:
			ft.files = append(ft.files, pathOf())
		case 4:
			ft.dirs = append(ft.dirs, pathOf())
		case 5:
			ft.inLinks = append(ft.inLinks, pathOf())
		case 6:
			ft.outLinks = append(ft.outLinks, pathOf())
		case 7:
			ft.outDirLinks = append(ft.outDirLinks, pathOf())
		case 8:
			ft.replaced = append(ft.replaced, pathOf())
		case 9:
			ft.globs = append(ft.globs, foreignGlobs[next()%len(foreignGlobs)])
		}
	}
	return ft
}

// addFile adds a file at p to files unless it would clash with one there:
// the same path, or a file where the other needs a directory.
func addFile(files []File, p, data string) []File {
	for _, f := range files {
		if f.Path == p || strings.HasPrefix(f.Path, p+"/") || strings.HasPrefix(p, f.Path+"/") {
			return files
		}
	}
	return append(files, File{Path: p, Data: []byte(data + " " + p)})
}

// plantable reports whether something can be planted at rel in dir without
// going through a symbolic link: nothing is there, and no directory above
// it is a link or a file.
func plantable(dir, rel string) bool {
	if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(rel))); !errors.Is(err, fs.ErrNotExist) {
		return false
	}
	for _, a := range ancestors(rel) {
		info, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(a)))
		if errors.Is(err, fs.ErrNotExist) {
			return true
		}
		if err != nil || !info.IsDir() {
			return false
		}
	}
	return true
}

// plantedTree is a foreignTree made on disk: the output folder, a folder
// outside it that links point to, and what was planted.
type plantedTree struct {
	dir, outside string
	// foreign are the foreign files and links by path (without those at a
	// path now generated); links, which of them are links; replaced, the
	// written files replaced by a link out; generated, the paths generated.
	foreign, links, replaced, generated map[string]bool
}

// plantForeignTree makes ft on disk in a temporary folder.
func plantForeignTree(t *testing.T, ft foreignTree) plantedTree {
	t.Helper()
	top := t.TempDir()
	dir := filepath.Join(top, "out")
	outside := filepath.Join(top, "secret")
	plant(t, outside, map[string]string{"token": "hunter2", "sub/token": "hunter2"})

	// What obsgen wrote: the files and the manifest listing them.
	wrote := map[string]bool{}
	for _, w := range ft.written {
		plant(t, dir, map[string]string{w.Path: string(w.Data)})
		wrote[w.Path] = true
	}
	plant(t, dir, map[string]string{ManifestName: string(manifestOf(ft.written).encode())})
	generated := map[string]bool{}
	for _, g := range ft.generated {
		generated[g.Path] = true
	}

	// What was planted beside: foreign (by path) and whether a link.
	foreign := map[string]bool{}
	links := map[string]bool{}
	try := func(rel, content string, link bool) {
		if !plantable(dir, rel) {
			return
		}
		plant(t, dir, map[string]string{rel: content})
		if !strings.HasSuffix(rel, "/") {
			foreign[rel] = true
			links[rel] = link
		}
	}
	for _, p := range ft.files {
		try(p, "foreign", false)
	}
	for _, p := range ft.dirs {
		try(p+"/", "", false)
	}
	for _, p := range ft.inLinks {
		try(p, "-> "+strings.Repeat("../", strings.Count(p, "/"))+ManifestName, true)
	}
	for _, p := range ft.outLinks {
		try(p, "-> "+filepath.Join(outside, "token"), true)
	}
	for _, p := range ft.outDirLinks {
		try(p, "-> "+outside, true)
	}
	replaced := map[string]bool{}
	for _, p := range ft.replaced {
		if wrote[p] && !replaced[p] {
			rm(t, dir, p)
			plant(t, dir, map[string]string{p: "-> " + filepath.Join(outside, "token")})
			replaced[p] = true
		}
	}
	// A foreign entry at a path now generated is that file, stale.
	for p := range generated {
		delete(foreign, p)
	}
	return plantedTree{dir, outside, foreign, links, replaced, generated}
}

// fuzzForeignTrees fuzzes check with foreign trees planted from the fuzz
// input, starting from foreignTreeSeeds.
func fuzzForeignTrees(f *testing.F, check func(t *testing.T, ft foreignTree, pl plantedTree)) {
	for _, seed := range foreignTreeSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 512 {
			return
		}
		ft := decodeForeignTree(data)
		check(t, ft, plantForeignTree(t, ft))
	})
}

// foreignTreeSeeds are the fuzz targets' first inputs, decoded by
// decodeForeignTree.
var foreignTreeSeeds = [][]byte{
	{0, 0, 2, 3, 1, 1, 0},                      // written a/svc, foreign b/svc
	{2, 1, 2, 3, 3, 1, 1, 3, 6, 1, 2, 5, 4},    // written and generated svc/kubernetes, a link out beside
	{0, 1, 2, 3, 7, 0, 1, 9, 0, 9, 1},          // a folder link out, allow everything
	{0, 0, 0, 8, 0, 0, 1, 1, 0, 0},             // a written file replaced by a link out
	{2, 1, 2, 4, 3, 2, 2, 5, 5, 0, 0, 9, 2},    // a foreign file in a generated folder, allowed by svc/*
	{4, 0, 1, 4, 2, 1, 2, 5, 1, 0, 6, 0, 6},    // directories and a link to a hidden name
	{1, 2, 0, 1, 2, 3, 1, 1, 2, 0, 0, 9, 4},    // a foreign file where a file is now generated
	{5, 2, 3, 3, 3, 0, 4, 4, 4, 9, 7, 9, 5},    // links in kubernetes, allowed by a glob
	{6, 0, 6, 7, 0, 5, 8, 2, 2, 2, 2, 9, 3},    // links out at the top
	{3, 0, 5, 3, 1, 5, 0, 3, 2, 5, 0, 0, 9, 6}, // hidden foreign files
	{2, 0, 1, 2, 2, 0, 1, 1, 1, 0, 2, 2},       // unchanged, changed and new files together
}

// FuzzCompareFindsEveryForeignEntry builds random output folders — files
// obsgen wrote and its manifest lists, foreign files, directories, symbolic
// links to inside, to a file and a folder outside, written files replaced
// by a link out — and checks that the comparison obsgen check runs reports
// every file and link obsgen did not write as foreign (allowed only by a
// glob, and a link never), never a written or generated one, never anything
// behind a link, and a written file replaced by a link as changed.
func FuzzCompareFindsEveryForeignEntry(f *testing.F) {
	fuzzForeignTrees(f, func(t *testing.T, ft foreignTree, pl plantedTree) {
		dir, outside, foreign, links, replaced, generated := pl.dir, pl.outside, pl.foreign, pl.links, pl.replaced, pl.generated

		before := readTree(t, dir)
		secretBefore := readTree(t, outside)
		r, err := Compare(dir, ft.generated)
		if err != nil {
			t.Fatalf("Compare: %v", err)
		}
		if d := diffTrees(readTree(t, dir), before); d != "" {
			t.Fatalf("Compare changed the folder:\n%s", d)
		}
		if d := diffTrees(readTree(t, outside), secretBefore); d != "" {
			t.Fatalf("Compare changed the folder outside:\n%s", d)
		}

		var wantForeign, wantLinks []string
		for p := range foreign {
			wantForeign = append(wantForeign, p)
			if links[p] {
				wantLinks = append(wantLinks, p)
			}
		}
		slices.Sort(wantForeign)
		slices.Sort(wantLinks)
		if !slices.Equal(r.Foreign, wantForeign) {
			t.Fatalf("Foreign = %q, want %q", r.Foreign, wantForeign)
		}
		if !slices.Equal(r.Symlinks, wantLinks) {
			t.Fatalf("Symlinks = %q, want %q", r.Symlinks, wantLinks)
		}
		for p := range replaced {
			if generated[p] && !slices.Contains(r.Stale, p) || !generated[p] && !slices.Contains(r.Extra, p) {
				t.Fatalf("%s, written and replaced by a link out, is neither stale nor extra: %+v", p, r)
			}
		}
		if len(foreign) > 0 || len(replaced) > 0 {
			if r.Clean() {
				t.Fatalf("a folder with foreign entries is clean: %+v", r)
			}
		}
		// Nothing behind a link: every path reported is reached through
		// directories only.
		for _, p := range slices.Concat(r.Stale, r.Extra, r.Foreign, r.Mounts) {
			for _, a := range ancestors(p) {
				info, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(a)))
				if err != nil || !info.IsDir() {
					t.Fatalf("%s is reported, but %s above it is not a directory (followed a link?)", p, a)
				}
			}
		}

		allowed := r.Allow(ft.globs)
		if got := slices.Sorted(slices.Values(slices.Concat(allowed.Foreign, allowed.Allowed))); !slices.Equal(got, wantForeign) {
			t.Fatalf("after Allow(%q): foreign %q and allowed %q, want together %q", ft.globs, allowed.Foreign, allowed.Allowed, wantForeign)
		}
		for _, p := range allowed.Allowed {
			if links[p] {
				t.Fatalf("Allow(%q) accepted the symbolic link %s", ft.globs, p)
			}
			if !matchesAbove(p, ft.globs) {
				t.Fatalf("Allow(%q) accepted %s, which no glob matches", ft.globs, p)
			}
		}
		for _, p := range allowed.Foreign {
			if !links[p] && matchesAbove(p, ft.globs) {
				t.Fatalf("Allow(%q) kept %s, which a glob matches", ft.globs, p)
			}
		}
		if len(allowed.Foreign) > 0 && allowed.Clean() {
			t.Fatalf("a folder with foreign entries left is clean: %+v", allowed)
		}

		// A check of one service sees the same foreign entries in it.
		for _, svc := range foreignSegments[:3] {
			under, err := CompareUnder(dir, ft.generated, []string{svc})
			if err != nil {
				t.Fatalf("CompareUnder %s: %v", svc, err)
			}
			var want []string
			for _, p := range wantForeign {
				if strings.HasPrefix(p, svc+"/") {
					want = append(want, p)
				}
			}
			if got := under.Under([]string{svc}).Foreign; !slices.Equal(got, want) {
				t.Fatalf("CompareUnder %s: Foreign = %q, want %q", svc, got, want)
			}
		}
	})
}

// matchesAbove reports whether p or a directory above it matches a glob:
// the fuzz target's own reading of Allow's rule.
func matchesAbove(p string, globs []string) bool {
	for q := p; q != "."; q = path.Dir(q) {
		for _, g := range globs {
			if ok, _ := path.Match(g, q); ok {
				return true
			}
		}
	}
	return false
}
