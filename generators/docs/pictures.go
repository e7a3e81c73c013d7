package docs

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/obsgen/obsgen/generators"
)

// picture is an SVG file of the docs and how to draw it. Drawing evaluates
// rules or queries and is the costly part of the docs, so pictures are
// drawn concurrently (drawAll).
type picture struct {
	path string
	draw func() ([]byte, error)
}

// drawAll draws the pictures on as many goroutines as there are cores
// and returns their files in the order given.
func drawAll(pics []picture) ([]generators.File, error) {
	files := make([]generators.File, len(pics))
	errs := make([]error, len(pics))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(len(pics), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				data, err := pics[i].draw()
				files[i] = generators.File{Path: pics[i].path, Data: data}
				if err != nil {
					errs[i] = fmt.Errorf("docs: picture %s: %w", pics[i].path, err)
				}
			}
		}()
	}
	for i := range pics {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}
