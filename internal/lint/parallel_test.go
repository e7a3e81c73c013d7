package lint

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
)

func TestChecksSharedAmongWorkersFindWhatOneWorkerFinds(t *testing.T) {
	// The seeds as published have errors and warnings of many checks; the
	// real-world catalogues have recording rules, used catalogues and an
	// organisation, which the workers' own analyses must each get right.
	dirs := []string{"testdata/seeds-as-published/rstmdb", "testdata/seeds-as-published/stemedb"}
	real, err := filepath.Glob(filepath.Join(testtool.Root(t), "testdata", "realworld", "*", "service.yaml"))
	if err != nil || len(real) == 0 {
		t.Fatalf("no real-world catalogues: %v", err)
	}
	for _, r := range real {
		dirs = append(dirs, filepath.Dir(r))
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			org, _, _ := specload.LoadOrganisation(filepath.Dir(dir))
			c, _, _ := specload.Load(dir, specload.Options{Organisation: org})
			if c == nil {
				t.Fatalf("%s did not load", dir)
			}
			one := Run(c)
			if len(one) == 0 {
				t.Fatalf("%s: no findings, so nothing to compare", dir)
			}
			for _, workers := range []int{2, 3, 64} {
				if got := RunOn(c, workers); !slices.Equal(got, one) {
					t.Errorf("%d workers found\n%s\none worker\n%s", workers, got, one)
				}
			}
		})
	}
}
