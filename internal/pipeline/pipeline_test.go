package pipeline

import (
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/outdir"
)

func toOutdir(files []generators.File) []outdir.File {
	out := make([]outdir.File, len(files))
	for i, f := range files {
		out[i] = outdir.File{Path: f.Path, Data: f.Data, Exec: f.Exec}
	}
	return out
}

// TestCommittedOutMatchesTheSpecs treats the committed out/ as the golden
// output of the seed specs; `go test ./... -update` regenerates it.
func TestCommittedOutMatchesTheSpecs(t *testing.T) {
	res, err := Load(Options{Specs: []string{"../../specs"}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("seed specs have errors: %v", res.Diags)
	}
	if err := res.Generate(); err != nil {
		t.Fatal(err)
	}
	files := toOutdir(res.Files)
	if golden.Updating() {
		if err := outdir.Write("../../out", files); err != nil {
			t.Fatal(err)
		}
		return
	}
	rep, err := outdir.Compare("../../out", files)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Clean() {
		t.Errorf("out/ is not what the specs generate: stale %v, missing %v, extra %v (run obsgen generate)", rep.Stale, rep.Missing, rep.Extra)
	}
}

func TestGenerationIsByteForByteStable(t *testing.T) {
	var runs [2][]generators.File
	for i := range runs {
		res, err := Load(Options{Specs: []string{"../../specs"}})
		if err != nil {
			t.Fatal(err)
		}
		if err := res.Generate(); err != nil {
			t.Fatal(err)
		}
		runs[i] = res.Files
	}
	if len(runs[0]) != len(runs[1]) {
		t.Fatalf("%d files, then %d", len(runs[0]), len(runs[1]))
	}
	for i := range runs[0] {
		if runs[0][i].Path != runs[1][i].Path || string(runs[0][i].Data) != string(runs[1][i].Data) {
			t.Errorf("%s differs between runs", runs[0][i].Path)
		}
	}
}

func TestNothingIsGeneratedFromACatalogueWithErrors(t *testing.T) {
	res, err := Load(Options{Specs: []string{"../../testdata/bad/ten-mistakes"}})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Diags.HasErrors() {
		t.Fatal("expected errors")
	}
	if err := res.Generate(); err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 0 {
		t.Errorf("generated %d files from a broken catalogue", len(res.Files))
	}
}
