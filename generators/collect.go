package generators

import (
	"slices"
	"strings"
	"sync"
)

// Collect runs produce, which hands out files through emit, from any number
// of goroutines at once, and returns them sorted by path: for a caller
// that wants every file of a generator that emits them (Emitting), or of a
// whole run, at once.
func Collect(produce func(emit func(File) error) error) ([]File, error) {
	var mu sync.Mutex
	var files []File
	err := produce(func(f File) error {
		mu.Lock()
		files = append(files, f)
		mu.Unlock()
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files, nil
}
