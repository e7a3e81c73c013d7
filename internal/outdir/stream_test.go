package outdir

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// putAll puts files into s, each on its own goroutine, as the pipeline
// does, and fails the test on an error.
func putAll(t *testing.T, s *Stream, files []File) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, len(files))
	for i, f := range files {
		wg.Go(func() { errs[i] = s.Put(f) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
}

// stageDirs returns the staging directories next to dir.
func stageDirs(t *testing.T, dir string) []string {
	t.Helper()
	var stages []string
	for _, n := range obsgenLeftovers(t, dir) {
		if strings.Contains(n, stageMark) {
			stages = append(stages, n)
		}
	}
	return stages
}

func TestStreamWritesWhatWriteWrites(t *testing.T) {
	first := set("a.yaml", "a1", "sub/b.yaml", "b", "sub/deep/c.yaml", "c", "gone.yaml", "g")
	second := set("a.yaml", "a2", "sub/b.yaml", "b", "sub/deep/c.yaml", "c", "new/d.yaml", "d")
	second[2].Exec = true
	for _, s := range strategies {
		t.Run(s.name+"/a stream over an existing tree ends as Write ends", func(t *testing.T) {
			s.use(t)
			byWrite := filepath.Join(t.TempDir(), "out")
			mustWrite(t, byWrite, first)
			mustWrite(t, byWrite, second)

			dir := filepath.Join(t.TempDir(), "out")
			mustWrite(t, dir, first)
			plant(t, dir, map[string]string{"notes.txt": "mine"})
			st, err := OpenWrite(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			putAll(t, st, second)
			rep, err := st.Report()
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(rep.Stale, " ") + " | " + strings.Join(rep.Missing, " ") + " | " + strings.Join(rep.Extra, " ") + " | " + strings.Join(rep.Foreign, " "); got != ".obsgen-manifest a.yaml sub/deep/c.yaml | new/d.yaml | gone.yaml | notes.txt" {
				t.Errorf("report: %s", got)
			}
			if err := st.Commit(); err != nil {
				t.Fatal(err)
			}
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			want := readTree(t, byWrite)
			want["notes.txt"] = "mine"
			assertTree(t, dir, want)
			if info, err := os.Stat(filepath.Join(dir, "sub/deep/c.yaml")); err != nil || info.Mode()&0o111 == 0 {
				t.Errorf("the program is not executable: %v, %v", info.Mode(), err)
			}
			assertNoStage(t, dir)
		})
	}
}

func TestAStreamStagesOnlyTheFilesThatDiffer(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("same.yaml", "s", "changed.yaml", "c1"))
	st, err := OpenWrite(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	putAll(t, st, set("same.yaml", "s"))
	if stages := stageDirs(t, dir); len(stages) != 0 {
		t.Fatalf("a file the folder holds already was staged: %v", stages)
	}
	putAll(t, st, set("changed.yaml", "c2"))
	stages := stageDirs(t, dir)
	if len(stages) != 1 {
		t.Fatalf("staging directories after a file that differs: %v", stages)
	}
	got := readTree(t, filepath.Join(filepath.Dir(dir), stages[0]))
	if len(got) != 1 || got["changed.yaml"] != "c2" {
		t.Fatalf("the stage holds %v before Commit, want only the file that differs", got)
	}
	if err := st.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	assertTree(t, dir, wantTree(set("same.yaml", "s", "changed.yaml", "c2"), nil))
	assertNoStage(t, dir)
}

func TestAStreamLeavesAFolderThatNeedsNoChangeUntouched(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	files := set("a.yaml", "a", "sub/b.yaml", "b")
	mustWrite(t, dir, files)
	old := time.Now().Add(-time.Hour)
	for _, name := range []string{"a.yaml", "sub/b.yaml", ManifestName, "sub", "."} {
		if err := os.Chtimes(filepath.Join(dir, name), old, old); err != nil {
			t.Fatal(err)
		}
	}
	before, err := os.Stat(filepath.Join(dir, "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := OpenWrite(dir)
	if err != nil {
		t.Fatal(err)
	}
	putAll(t, st, files)
	rep, err := st.Report()
	if err != nil {
		t.Fatal(err)
	}
	if rep.Changed() {
		t.Fatalf("report of an up-to-date folder: %+v", rep)
	}
	if err := st.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat(filepath.Join(dir, "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) {
		t.Error("a file of an up-to-date folder was rewritten")
	}
	if root, err := os.Stat(dir); err != nil || !root.ModTime().Equal(old) {
		t.Errorf("the folder itself changed: %v", err)
	}
	assertNoStage(t, dir)
}

func TestAFileChangedAfterItWasPutFailsTheCommit(t *testing.T) {
	for _, s := range strategies {
		t.Run(s.name+"/the folder keeps the changed file and no stage is left", func(t *testing.T) {
			s.use(t)
			dir := filepath.Join(t.TempDir(), "out")
			mustWrite(t, dir, set("a.yaml", "a", "b.yaml", "b1"))
			st, err := OpenWrite(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			putAll(t, st, set("a.yaml", "a", "b.yaml", "b2"))
			// Someone edits a file the stream found up to date.
			if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte("z"), 0o644); err != nil {
				t.Fatal(err)
			}
			before := readTree(t, dir)
			err = st.Commit()
			if err == nil || !strings.Contains(err.Error(), "a.yaml changed while obsgen was writing") {
				t.Fatalf("Commit = %v, want an error naming the changed file", err)
			}
			closedAsItWas(t, st, dir, before, "the failed commit")
		})
	}
}

func TestAStreamRefusesWhatWriteRefuses(t *testing.T) {
	tests := []struct {
		name    string
		files   []File
		wantErr string
	}{
		{"a path put twice", set("a.yaml", "1", "a.yaml", "2"), `"a.yaml": appears twice`},
		{"a path that is also another's directory", set("a", "1", "a/b", "2"), "is a file and also the directory of"},
		{"a path outside the folder", set("../a", "1"), "output path"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" fails the stream and writes nothing", func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			mustWrite(t, dir, set("keep.yaml", "k"))
			before := readTree(t, dir)
			st, err := OpenWrite(dir)
			if err != nil {
				t.Fatal(err)
			}
			var errs []error
			for _, f := range tt.files {
				errs = append(errs, st.Put(f))
			}
			if err := errors.Join(errs...); err == nil {
				_, err = st.Report()
				errs = append(errs, err, st.Commit())
			}
			if err := errors.Join(errs...); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("the stream's errors: %v, want %q", err, tt.wantErr)
			}
			closedAsItWas(t, st, dir, before, "the failed stream")
		})
	}
}

func TestClosingAStreamWithoutCommitReleasesTheLockAndTheStage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("a.yaml", "a"))
	before := readTree(t, dir)
	st, err := OpenWrite(dir)
	if err != nil {
		t.Fatal(err)
	}
	putAll(t, st, set("a.yaml", "changed", "b.yaml", "b"))
	if len(stageDirs(t, dir)) != 1 {
		t.Fatal("no stage while the stream is open")
	}
	closedAsItWas(t, st, dir, before, "an abandoned stream")
	if err := st.Close(); err != nil {
		t.Fatalf("a second Close: %v", err)
	}
	// The lock is free: a Write does not wait.
	done := make(chan error, 1)
	go func() { done <- Write(dir, set("a.yaml", "next")) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Write still waits for the lock of a closed stream")
	}
}

func TestACompareStreamCannotCommit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("a.yaml", "a"))
	st, err := OpenCompare(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	putAll(t, st, set("a.yaml", "b"))
	if rep, err := st.Report(); err != nil || strings.Join(rep.Stale, " ") != ".obsgen-manifest a.yaml" {
		t.Fatalf("Report = %+v, %v", rep, err)
	}
	if err := st.Commit(); err == nil {
		t.Fatal("a compare stream committed")
	}
	assertTree(t, dir, wantTree(set("a.yaml", "a"), nil))
}

// closedAsItWas closes st and fails unless the folder dir holds what it
// held before (readTree) and nothing staged is left beside it: what a
// stream that is not committed must leave.
func closedAsItWas(t *testing.T, st *Stream, dir string, before map[string]string, what string) {
	t.Helper()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if d := diffTrees(readTree(t, dir), before); d != "" {
		t.Fatalf("%s changed the folder:\n%s", what, d)
	}
	assertNoStage(t, dir)
}
