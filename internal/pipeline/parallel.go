package pipeline

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/obsgen/obsgen/internal/specload"
)

// forEach calls f(0) ... f(n-1) on at most workers goroutines at once and
// returns when every call has. Each call writes only its own result (by
// index), so the results come out in order whatever finished first.
func forEach(n, workers int, f func(i int)) {
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

// cores is how many services are loaded, linted or generated at once: one
// per core the Go scheduler uses.
func cores() int { return runtime.GOMAXPROCS(0) }

// loadWorkers is how many service folders may be loaded at once. The run's
// byte budget admits files in the order they are loaded, so folders are
// loaded concurrently only when that order cannot matter: when every spec
// file of every folder fits in the budget together, and nothing is
// evaluated (Jsonnet) or overlaid (--env) whose size is known only after
// loading. Otherwise they are loaded one after the other, in name order,
// so that the same files are refused every run.
func loadWorkers(dirs []string, opts specload.Options) int {
	if len(dirs) < 2 || opts.Env != "" {
		return 1
	}
	var total int64
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return 1
		}
		for _, e := range entries {
			if e.IsDir() || !specload.IsSpecFile(e.Name()) {
				continue
			}
			if filepath.Ext(e.Name()) == ".jsonnet" {
				return 1
			}
			st, err := os.Stat(filepath.Join(dir, e.Name()))
			if err != nil {
				return 1
			}
			total += st.Size()
		}
	}
	if b := opts.Budget; b != nil && total > b.Limit() {
		return 1
	}
	return cores()
}
