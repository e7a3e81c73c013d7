// Package parallel runs independent calls on a bounded number of
// goroutines: services, spec files, pictures and rule tests are each
// worked on by every core.
package parallel

import (
	"runtime"
	"sync"
)

// Cores is how many goroutines run at once to use every core the Go
// scheduler uses.
func Cores() int { return runtime.GOMAXPROCS(0) }

// ForEach calls f(0) ... f(n-1) on at most workers goroutines at once, in
// index order as workers free, and returns when every call has. Each call
// writes only its own result (by index), so the results come out in order
// whatever finished first. With one worker the calls run on the caller's
// goroutine.
func ForEach(n, workers int, f func(i int)) {
	workers = max(1, min(workers, n))
	if workers == 1 {
		for i := range n {
			f(i)
		}
		return
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// ForEachErr is ForEach for calls that can fail: every call runs, and it
// returns the error of the lowest index that failed, or nil.
func ForEachErr(n, workers int, f func(i int) error) error {
	errs := make([]error, n)
	ForEach(n, workers, func(i int) { errs[i] = f(i) })
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
