package pipeline

import (
	"os"
	"path/filepath"

	"github.com/obsgen/obsgen/internal/parallel"
	"github.com/obsgen/obsgen/internal/specload"
)

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
	return parallel.Cores()
}
