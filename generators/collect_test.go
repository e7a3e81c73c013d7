package generators

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
)

func TestCollectReturnsFilesEmittedAtOnceSortedByPath(t *testing.T) {
	files, err := Collect(func(emit func(File) error) error {
		var wg sync.WaitGroup
		for i := range 50 {
			wg.Go(func() { _ = emit(File{Path: fmt.Sprintf("svc/%02d.md", 49-i)}) })
		}
		wg.Wait()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	if len(paths) != 50 || !slices.IsSorted(paths) || paths[0] != "svc/00.md" {
		t.Errorf("Collect = %d files %v, want the 50 sorted by path", len(paths), paths)
	}
}

func TestCollectReturnsTheProducersErrorAndNoFiles(t *testing.T) {
	boom := errors.New("boom")
	files, err := Collect(func(emit func(File) error) error {
		_ = emit(File{Path: "svc/a.md"})
		return boom
	})
	if !errors.Is(err, boom) || files != nil {
		t.Errorf("Collect = %v, %v; want no files and the producer's error", files, err)
	}
}
