package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestWrite(t *testing.T) {
	tests := []struct {
		name     string
		first    []File                         // written first, unless nil
		plant    map[string]string              // foreign things made after that
		before   func(t *testing.T, dir string) // then done to the folder
		files    []File                         // then written
		wantErr  string                         // "" if the write succeeds
		keptHere map[string]string              // foreign things expected beside files
	}{
		{
			name:  "the first write into a missing folder makes it",
			files: set("a.yaml", "a", "x/y/b.yaml", "b"),
		},
		{
			name:  "a rewrite changes, adds and removes generated files",
			first: set("a.yaml", "a1", "sub/b.yaml", "b", "gone/deep/c.yaml", "c"),
			files: set("a.yaml", "a2", "sub/b.yaml", "b", "new/d.yaml", "d"),
		},
		{
			name:  "foreign files survive a rewrite, also in subdirectories and beside generated files",
			first: set("a.yaml", "a1", "sub/b.yaml", "b1", "old.yaml", "o"),
			plant: map[string]string{
				"notes.txt": "mine", "sub/local.yaml": "local", "private/deep/key": "k",
				"empty/": "", "sub/empty/": "", ".hidden": "h",
			},
			files: set("a.yaml", "a2", "sub/b.yaml", "b2"),
			keptHere: map[string]string{
				"notes.txt": "mine", "sub/local.yaml": "local", "private/deep/key": "k",
				"empty/": "", "sub/empty/": "", ".hidden": "h",
			},
		},
		{
			name:  "a stale owned file is removed with the directories it leaves empty",
			first: set("x/y/z.yaml", "z", "keep.yaml", "k"),
			files: set("keep.yaml", "k"),
		},
		{
			name:   "a directory emptied by hand of its owned files is dropped",
			first:  set("x/y/a.yaml", "a", "b.yaml", "b"),
			before: func(t *testing.T, dir string) { rm(t, dir, "x/y/a.yaml") },
			files:  set("b.yaml", "b"),
		},
		{
			name:     "a directory that holds a foreign file stays when its owned files go",
			first:    set("x/a.yaml", "a", "x/y/b.yaml", "b"),
			plant:    map[string]string{"x/mine.txt": "m"},
			files:    nil,
			keptHere: map[string]string{"x/mine.txt": "m"},
		},
		{
			name:     "a foreign empty directory among owned files stays when they go",
			first:    set("x/a.yaml", "a"),
			plant:    map[string]string{"x/empty/": ""},
			files:    set("b.yaml", "b"),
			keptHere: map[string]string{"x/empty/": ""},
		},
		{
			name:     "with no manifest, existing files are foreign unless equal to the generated file",
			plant:    map[string]string{"a.yaml": "same", "b.yaml": "other", "d/c.yaml": "c"},
			files:    set("a.yaml", "same", "d/e.yaml", "e"),
			keptHere: map[string]string{"b.yaml": "other", "d/c.yaml": "c"},
		},
		{
			name:     "a foreign file equal to a new generated file is taken over",
			first:    set("a.yaml", "a"),
			plant:    map[string]string{"n.yaml": "n", "other": "o"},
			files:    set("a.yaml", "a", "n.yaml", "n"),
			keptHere: map[string]string{"other": "o"},
		},
		{
			name:    "a foreign file with other content at a generated path is refused",
			first:   set("a.yaml", "a"),
			plant:   map[string]string{"b.yaml": "mine"},
			files:   set("a.yaml", "a2", "b.yaml", "generated"),
			wantErr: "b.yaml was not written by obsgen",
		},
		{
			name:    "with no manifest, a differing file at a generated path is refused",
			plant:   map[string]string{"a.yaml": "mine"},
			files:   set("a.yaml", "generated"),
			wantErr: "a.yaml was not written by obsgen",
		},
		{
			name:    "a foreign file in the way of a generated directory is refused",
			first:   set("a.yaml", "a"),
			plant:   map[string]string{"sub": "a file"},
			files:   set("sub/x.yaml", "x"),
			wantErr: "sub was not written by obsgen and is in the way of the generated sub/x.yaml",
		},
		{
			name:    "a foreign symbolic link in the way of a generated directory is refused",
			first:   set("a.yaml", "a"),
			plant:   map[string]string{"sub": "-> /tmp"},
			files:   set("sub/x.yaml", "x"),
			wantErr: "sub was not written by obsgen",
		},
		{
			name:    "a generated file in the place of a directory of foreign files is refused",
			first:   set("a.yaml", "a"),
			plant:   map[string]string{"d/x": "mine"},
			files:   set("d", "generated"),
			wantErr: "d/x was not written by obsgen and is in the way of the generated file d",
		},
		{
			name:    "a generated file in the place of a foreign empty directory is refused",
			first:   set("a.yaml", "a"),
			plant:   map[string]string{"d/": ""},
			files:   set("d", "generated"),
			wantErr: "directory d was not made by obsgen",
		},
		{
			name:  "a generated file may take the place of a directory of owned files",
			first: set("d/x.yaml", "x", "d/y/z.yaml", "z"),
			files: set("d", "now a file"),
		},
		{
			name:  "a generated directory may take the place of an owned file",
			first: set("d", "a file"),
			files: set("d/x.yaml", "x"),
		},
		{
			name:     "a foreign symbolic link is kept as a link",
			first:    set("a.yaml", "a"),
			plant:    map[string]string{"link": "-> a.yaml", "sub/dangling": "-> ../nowhere"},
			files:    set("a.yaml", "a2"),
			keptHere: map[string]string{"link": "-> a.yaml", "sub/dangling": "-> ../nowhere"},
		},
		{
			name:     "writing no files leaves the manifest and the foreign files",
			first:    set("a.yaml", "a", "b/c.yaml", "c"),
			plant:    map[string]string{"mine": "m"},
			files:    nil,
			keptHere: map[string]string{"mine": "m"},
		},
		{
			name:  "temporary files left by a killed run are removed",
			first: set("sub/a.yaml", "a"),
			plant: map[string]string{"sub/.a.yaml.obsgen-tmp-0123456789abcdef": "half", ".x.obsgen-tmp-fedcba9876543210": "half"},
			files: set("sub/a.yaml", "a2"),
		},
	}
	for _, s := range strategies {
		for _, tt := range tests {
			t.Run(s.name+"/"+tt.name, func(t *testing.T) {
				s.use(t)
				dir := filepath.Join(t.TempDir(), "parent", "out")
				if tt.first != nil {
					mustWrite(t, dir, tt.first)
				}
				if tt.plant != nil {
					plant(t, dir, tt.plant)
				}
				if tt.before != nil {
					tt.before(t, dir)
				}
				before := readTree(t, dir)
				err := Write(dir, tt.files)
				if tt.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
						t.Fatalf("Write = %v, want an error containing %q", err, tt.wantErr)
					}
					if d := diffTrees(readTree(t, dir), before); d != "" {
						t.Fatalf("a refused write changed the folder:\n%s", d)
					}
					assertNoStage(t, dir)
					return
				}
				if err != nil {
					t.Fatalf("Write: %v", err)
				}
				assertTree(t, dir, wantTree(tt.files, tt.keptHere))
				assertNoStage(t, dir)
				r, err := Compare(dir, tt.files)
				if err != nil || r.Changed() {
					t.Fatalf("Compare after Write = %+v, %v; want nothing to change", r, err)
				}
			})
		}
	}
}

func TestWriteKeepsForeignFilesAsTheSameFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("a.yaml", "a"))
	plant(t, dir, map[string]string{"sub/mine": "m"})
	if err := os.Chmod(filepath.Join(dir, "sub/mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(filepath.Join(dir, "sub/mine"))
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, dir, set("a.yaml", "b"))
	after, err := os.Stat(filepath.Join(dir, "sub/mine"))
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) {
		t.Error("the foreign file was copied, not hard linked")
	}
	if after.Mode().Perm() != 0o600 {
		t.Errorf("the foreign file's mode became %v", after.Mode())
	}
}

func TestWriteKeepsModesOfExistingDirectories(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("gen/a.yaml", "a"))
	plant(t, dir, map[string]string{"private/key": "k"})
	for name, mode := range map[string]fs.FileMode{dir: 0o750, filepath.Join(dir, "private"): 0o700, filepath.Join(dir, "gen"): 0o700} {
		if err := os.Chmod(name, mode); err != nil {
			t.Fatal(err)
		}
	}
	mustWrite(t, dir, set("gen/a.yaml", "b", "new/b.yaml", "b"))
	ref := referenceModes(t)
	for name, want := range map[string]fs.FileMode{dir: 0o750, filepath.Join(dir, "private"): 0o700, filepath.Join(dir, "gen"): 0o700, filepath.Join(dir, "new"): ref.dir} {
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s has mode %v, want %v", name, info.Mode().Perm(), want)
		}
	}
}

// modes are the modes a fresh file and directory get under the umask.
type modes struct{ file, dir fs.FileMode }

// referenceModes returns what 0644 and 0755 become under the current umask.
func referenceModes(t *testing.T) modes {
	t.Helper()
	d := t.TempDir()
	if err := os.WriteFile(filepath.Join(d, "f"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(d, "d"), 0o755); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(filepath.Join(d, "f"))
	di, _ := os.Stat(filepath.Join(d, "d"))
	return modes{fi.Mode().Perm(), di.Mode().Perm()}
}

func TestWriteIsDeterministic(t *testing.T) {
	files := bigSet("d", 60)
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	base := t.TempDir()
	one, two := filepath.Join(base, "one"), filepath.Join(base, "two")
	mustWrite(t, one, files)
	mustWrite(t, two, reversed)
	first := readTree(t, one)
	if d := diffTrees(readTree(t, two), first); d != "" {
		t.Fatalf("the same files in another order gave another tree:\n%s", d)
	}
	mustWrite(t, one, files)
	if d := diffTrees(readTree(t, one), first); d != "" {
		t.Fatalf("writing the same files again changed the tree:\n%s", d)
	}
	if d := diffTrees(first, wantTree(files, nil)); d != "" {
		t.Fatalf("the tree is not the files and their manifest:\n%s", d)
	}

	ref := referenceModes(t)
	err := filepath.WalkDir(one, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		want := ref.file
		if d.IsDir() {
			want = ref.dir
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s has mode %v, want %v", name, info.Mode().Perm(), want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestWriteRefusesBadFilesBeforeTouchingAnything(t *testing.T) {
	tests := []struct {
		name  string
		files []File
	}{
		{"a path with .. is refused", set("ok.yaml", "", "../escape", "")},
		{"an absolute path is refused", set("/etc/passwd", "")},
		{"the manifest's own name is refused", set(ManifestName, "")},
		{"a duplicate path is refused", set("a", "1", "a", "2")},
		{"a file that is also a directory is refused", set("a", "", "a/b", "")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := filepath.Join(t.TempDir(), "parent")
			dir := filepath.Join(parent, "out")
			if err := Write(dir, tt.files); err == nil {
				t.Fatal("Write succeeded")
			}
			if _, err := os.Lstat(parent); err == nil {
				t.Fatal("Write made the parent folder before refusing")
			}
		})
	}
}

func TestWriteFollowsASymlinkedFolder(t *testing.T) {
	for _, s := range strategies {
		t.Run(s.name+"/the target is replaced and the link stays", func(t *testing.T) {
			s.use(t)
			base := t.TempDir()
			real, link := filepath.Join(base, "real"), filepath.Join(base, "link")
			mustWrite(t, real, set("a.yaml", "a"))
			plant(t, real, map[string]string{"mine": "m"})
			if err := os.Symlink("real", link); err != nil {
				t.Fatal(err)
			}
			mustWrite(t, link, set("b.yaml", "b"))
			if target, err := os.Readlink(link); err != nil || target != "real" {
				t.Fatalf("the link now points to %q (%v)", target, err)
			}
			assertTree(t, real, wantTree(set("b.yaml", "b"), map[string]string{"mine": "m"}))
			assertNoStage(t, real)
		})
	}
	t.Run("a link to a missing folder is refused", func(t *testing.T) {
		link := filepath.Join(t.TempDir(), "link")
		if err := os.Symlink("nowhere", link); err != nil {
			t.Fatal(err)
		}
		if err := Write(link, set("a", "")); err == nil {
			t.Fatal("Write succeeded")
		}
	})
	t.Run("a file in the place of the folder is refused", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "out")
		if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := Write(file, set("a", "")); err == nil || !strings.Contains(err.Error(), "not a directory") {
			t.Fatalf("Write = %v, want a not-a-directory error", err)
		}
	})
}

func TestWriteThatFailsLeavesTheOldTree(t *testing.T) {
	for _, step := range []string{"stage", "files", "manifest", "swap"} {
		t.Run(fmt.Sprintf("a failure at step %q leaves the old tree and no staging directory", step), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			mustWrite(t, dir, set("a.yaml", "a", "sub/b.yaml", "b"))
			plant(t, dir, map[string]string{"mine/x": "m"})
			before := readTree(t, dir)
			failAt(t, step, nil)
			if err := Write(dir, set("a.yaml", "changed", "c.yaml", "c")); err == nil || !strings.Contains(err.Error(), "injected") {
				t.Fatalf("Write = %v, want the injected failure", err)
			}
			if d := diffTrees(readTree(t, dir), before); d != "" {
				t.Fatalf("the failed write changed the folder:\n%s", d)
			}
			assertNoStage(t, dir)
		})
	}
	t.Run("a failure in a missing folder leaves no folder", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "out")
		failAt(t, "swap", nil)
		if err := Write(dir, set("a", "")); err == nil {
			t.Fatal("Write succeeded")
		}
		if _, err := os.Lstat(dir); err == nil {
			t.Fatal("the folder exists")
		}
		assertNoStage(t, dir)
	})
	t.Run("a read-only parent folder makes the write fail and leaves the old tree", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("permissions do not stop root")
		}
		parent := t.TempDir()
		dir := filepath.Join(parent, "out")
		mustWrite(t, dir, set("a.yaml", "a"))
		before := readTree(t, dir)
		if err := os.Chmod(parent, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Chmod(parent, 0o755) })
		if err := Write(dir, set("a.yaml", "b")); err == nil {
			t.Fatal("Write succeeded")
		}
		if d := diffTrees(readTree(t, dir), before); d != "" {
			t.Fatalf("the failed write changed the folder:\n%s", d)
		}
		assertNoStage(t, dir)
	})
}

func TestWriteRemovesLeftoverStagingDirectories(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	mustWrite(t, dir, set("a.yaml", "a"))
	leftover := filepath.Join(parent, ".out"+stageMark+"0123456789abcdef")
	plant(t, leftover, map[string]string{"a.yaml": "half", "sub/x": "y"})
	others := []string{
		filepath.Join(parent, ".out"+stageMark+"notarandomsuffix"),
		filepath.Join(parent, ".other"+stageMark+"0123456789abcdef"),
	}
	for _, o := range others {
		plant(t, o, map[string]string{"keep": "k"})
	}
	mustWrite(t, dir, set("a.yaml", "b"))
	if _, err := os.Lstat(leftover); err == nil {
		t.Error("the leftover staging directory is still there")
	}
	for _, o := range others {
		if _, err := os.Lstat(filepath.Join(o, "keep")); err != nil {
			t.Errorf("something that is not a leftover of this folder was removed: %v", err)
		}
	}
	assertTree(t, dir, wantTree(set("a.yaml", "b"), nil))
}

func TestWriteKeepsFilesMadeWhileItRuns(t *testing.T) {
	for _, s := range strategies {
		t.Run(s.name+"/a file created or replaced during the write is in the new tree", func(t *testing.T) {
			s.use(t)
			dir := filepath.Join(t.TempDir(), "out")
			mustWrite(t, dir, set("a.yaml", "a"))
			plant(t, dir, map[string]string{"notes": "old notes"})
			failAt(t, "swap", func() {
				plant(t, dir, map[string]string{"late/new.txt": "late", "late2": "late2"})
				tmp := filepath.Join(dir, "notes.new")
				if err := os.WriteFile(tmp, []byte("new notes"), 0o644); err != nil {
					t.Error(err)
				}
				if err := os.Rename(tmp, filepath.Join(dir, "notes")); err != nil {
					t.Error(err)
				}
			})
			mustWrite(t, dir, set("a.yaml", "b"))
			assertTree(t, dir, wantTree(set("a.yaml", "b"), map[string]string{
				"notes": "new notes", "late/new.txt": "late", "late2": "late2",
			}))
			assertNoStage(t, dir)
		})
	}
	for _, s := range strategies {
		t.Run(s.name+"/a foreign file deleted during the write stays deleted", func(t *testing.T) {
			s.use(t)
			dir := filepath.Join(t.TempDir(), "out")
			mustWrite(t, dir, set("a.yaml", "a"))
			plant(t, dir, map[string]string{"notes": "n", "other": "o"})
			failAt(t, "stage", func() { rm(t, dir, "notes") })
			mustWrite(t, dir, set("a.yaml", "b"))
			assertTree(t, dir, wantTree(set("a.yaml", "b"), map[string]string{"other": "o"}))
		})
	}
	t.Run("whole-tree swap/a file created at a generated path during the write is kept with the old tree", func(t *testing.T) {
		parent := t.TempDir()
		dir := filepath.Join(parent, "out")
		mustWrite(t, dir, set("a.yaml", "a"))
		failAt(t, "swap", func() { plant(t, dir, map[string]string{"b.yaml": "someone else's"}) })
		err := Write(dir, set("a.yaml", "a2", "b.yaml", "b"))
		if err == nil || !strings.Contains(err.Error(), "kept at") {
			t.Fatalf("Write = %v, want an error saying where the old tree is", err)
		}
		assertTree(t, dir, wantTree(set("a.yaml", "a2", "b.yaml", "b"), nil))
		kept, _ := filepath.Glob(filepath.Join(parent, ".out"+keptMark+"*"))
		if len(kept) != 1 {
			t.Fatalf("kept trees: %v", kept)
		}
		if data, err := os.ReadFile(filepath.Join(kept[0], "b.yaml")); err != nil || string(data) != "someone else's" {
			t.Fatalf("the kept tree's b.yaml: %q, %v", data, err)
		}
	})
}

func TestConcurrentWritesEndWithOneCompleteTree(t *testing.T) {
	for _, s := range strategies {
		t.Run(s.name+"/goroutines writing different trees serialise", func(t *testing.T) {
			s.use(t)
			dir := filepath.Join(t.TempDir(), "out")
			sets := [][]File{bigSet("a", 30), bigSet("b", 30), bigSet("c", 30)}
			var wg sync.WaitGroup
			for _, files := range sets {
				wg.Go(func() {
					for range 3 {
						if err := Write(dir, files); err != nil {
							t.Error(err)
						}
					}
				})
			}
			wg.Wait()
			got := readTree(t, dir)
			var diffs []string
			for _, files := range sets {
				d := diffTrees(got, wantTree(files, nil))
				if d == "" {
					assertNoStage(t, dir)
					return
				}
				diffs = append(diffs, d)
			}
			t.Fatalf("the tree is none of the written ones:\n%s", strings.Join(diffs, "---\n"))
		})
	}
}

func TestFileByFileWriteThatFailsStillOwnsWhatItWrote(t *testing.T) {
	strategies[1].use(t)
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("a.yaml", "a", "old.yaml", "o"))
	plant(t, dir, map[string]string{"mine": "m"})
	failAt(t, "per-file", nil)
	if err := Write(dir, set("0-new.yaml", "n", "a.yaml", "a2", "c/d.yaml", "d")); err == nil {
		t.Fatal("Write succeeded")
	}
	if data, err := os.ReadFile(filepath.Join(dir, "0-new.yaml")); err != nil || string(data) != "n" {
		t.Fatalf("the failed write did not get as far as the test needs: %q, %v", data, err)
	}
	failpoint = func(string) error { return nil }
	// The file the failed run wrote now differs from what is generated; it
	// is still obsgen's, so this is no conflict.
	want := set("0-new.yaml", "n2", "a.yaml", "a3", "c/d.yaml", "d3")
	mustWrite(t, dir, want)
	assertTree(t, dir, wantTree(want, map[string]string{"mine": "m"}))
}

func TestWriteCopesWithReadOnlyForeignDirectories(t *testing.T) {
	// As root this shows that read-only modes are kept; as another user it
	// also shows that the previous tree, holding read-only directories,
	// is removed.
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("a.yaml", "a"))
	plant(t, dir, map[string]string{"vendor/pkg/x.go": "x"})
	for _, d := range []string{"vendor/pkg", "vendor"} {
		if err := os.Chmod(filepath.Join(dir, d), 0o555); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		_ = os.Chmod(filepath.Join(dir, "vendor"), 0o755)
		_ = os.Chmod(filepath.Join(dir, "vendor/pkg"), 0o755)
	})
	mustWrite(t, dir, set("a.yaml", "b"))
	mustWrite(t, dir, set("a.yaml", "c"))
	assertTree(t, dir, wantTree(set("a.yaml", "c"), map[string]string{"vendor/pkg/x.go": "x"}))
	assertNoStage(t, dir)
	for _, d := range []string{"vendor/pkg", "vendor"} {
		if info, err := os.Stat(filepath.Join(dir, d)); err != nil || info.Mode().Perm() != 0o555 {
			t.Errorf("%s: %v, %v; want mode 0555", d, info.Mode(), err)
		}
	}
}

func TestWriteToAFolderWithALongName(t *testing.T) {
	dir := filepath.Join(t.TempDir(), strings.Repeat("long-", 50))
	mustWrite(t, dir, set("a.yaml", "a"))
	mustWrite(t, dir, set("a.yaml", "b"))
	assertTree(t, dir, wantTree(set("a.yaml", "b"), nil))
	assertNoStage(t, dir)
}

func TestTheLockFileIsNeverOpenedThroughASymbolicLink(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	victim := filepath.Join(t.TempDir(), "created-by-obsgen")
	if err := os.Symlink(victim, filepath.Join(parent, lockName("out"))); err != nil {
		t.Fatal(err)
	}
	err := Write(dir, set("a.yaml", "a"))
	if err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("Write with a symbolic link as its lock file = %v, want a refusal", err)
	}
	if _, err := os.Lstat(victim); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the link's target was created: %v", err)
	}
	if _, err := os.Lstat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the folder was written: %v", err)
	}
}

func TestTidyRemovesStagesThatKilledRunsLeft(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("a.yaml", "a"))
	left := filepath.Join(filepath.Dir(dir), stageName("out"))
	plant(t, left, map[string]string{"a.yaml": "half a tree"})
	if err := Tidy(dir); err != nil {
		t.Fatal(err)
	}
	assertNoStage(t, dir)
	assertTree(t, dir, wantTree(set("a.yaml", "a"), nil))
	if err := Tidy(filepath.Join(t.TempDir(), "no", "such", "out")); err != nil {
		t.Errorf("Tidy of a folder whose parent is missing: %v", err)
	}
}
