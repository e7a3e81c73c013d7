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
	fuzzForeignTrees(f, func(t *testing.T, ft foreignTree, pl plantedTree) {
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
