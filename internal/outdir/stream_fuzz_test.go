package outdir

import (
	"strings"
	"testing"
)

// FuzzWriteEndsUpToDateOrLeavesTheFolder builds the random output folders
// of FuzzCompareFindsEveryForeignEntry and writes the generated files over
// them through the stream: the write either fails and leaves the folder
// (and the folder outside) as it was, or succeeds and leaves a folder that
// a comparison finds up to date, with every foreign thing that was there
// as it was; either way no staging directory is left, and a second write
// changes nothing.
func FuzzWriteEndsUpToDateOrLeavesTheFolder(f *testing.F) {
	for _, seed := range [][]byte{
		{0, 0, 2, 3, 1, 1, 0},                   // written a/svc, foreign b/svc
		{2, 1, 2, 3, 3, 1, 1, 3, 6, 1, 2, 5, 4}, // written and generated svc/kubernetes, a link out beside
		{0, 1, 2, 3, 7, 0, 1, 9, 0, 9, 1},       // a folder link out
		{0, 0, 0, 8, 0, 0, 1, 1, 0, 0},          // a written file replaced by a link out
		{1, 2, 0, 1, 2, 3, 1, 1, 2, 0, 0, 9, 4}, // a foreign file where a file is now generated
		{2, 0, 1, 2, 2, 0, 1, 1, 1, 0, 2, 2},    // unchanged, changed and new files together
		{4, 0, 1, 4, 2, 1, 2, 5, 1, 0, 6, 0, 6}, // directories and a link to a hidden name
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 512 {
			return
		}
		ft := decodeForeignTree(data)
		pl := plantForeignTree(t, ft)
		before := readTree(t, pl.dir)
		secret := readTree(t, pl.outside)

		err := Write(pl.dir, ft.generated)
		assertNoStage(t, pl.dir)
		if d := diffTrees(readTree(t, pl.outside), secret); d != "" {
			t.Fatalf("Write changed the folder outside:\n%s", d)
		}
		if err != nil {
			if !strings.Contains(err.Error(), "not written by obsgen") && !strings.Contains(err.Error(), "not made by obsgen") {
				t.Fatalf("Write failed for another reason than something foreign in the way: %v", err)
			}
			if d := diffTrees(readTree(t, pl.dir), before); d != "" {
				t.Fatalf("the failed Write changed the folder:\n%s", d)
			}
			return
		}
		r, err := Compare(pl.dir, ft.generated)
		if err != nil {
			t.Fatal(err)
		}
		if r.Changed() {
			t.Fatalf("after Write the folder is not up to date: %+v", r)
		}
		after := readTree(t, pl.dir)
		for p := range pl.foreign {
			if after[p] != before[p] {
				t.Fatalf("the foreign %s was %q and is %q", p, before[p], after[p])
			}
		}
		for _, g := range ft.generated {
			if after[g.Path] != string(g.Data) {
				t.Fatalf("%s holds %q, want %q", g.Path, after[g.Path], g.Data)
			}
		}
		if err := Write(pl.dir, ft.generated); err != nil {
			t.Fatalf("writing the same files again: %v", err)
		}
		if d := diffTrees(readTree(t, pl.dir), after); d != "" {
			t.Fatalf("writing the same files again changed the folder:\n%s", d)
		}
	})
}
