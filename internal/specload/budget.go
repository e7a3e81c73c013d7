package specload

import (
	"runtime"
	"sync"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// DefaultRunBytes bounds the spec bytes one run reads, all services
// together: spec files as written and Jsonnet documents as evaluated. The
// loaded model, with the position of every value, costs 10 to 75 times the
// spec's size (75 for files that are nothing but one-line metrics: 16 MiB
// of them peaked at 1.2 GB), so this bounds a run to about a gigabyte
// however many 4 MiB files a repository holds (76 of them once took
// 3.2 GB). The seed services are 0.1 MiB together.
const DefaultRunBytes = 16 << 20

// Budget is what one run may still read. It is shared by every Load of the
// run; a nil Budget has no limit.
type Budget struct {
	mu    sync.Mutex
	limit int64
	used  int64
}

// NewBudget returns a budget of limit bytes; 0 means DefaultRunBytes.
func NewBudget(limit int64) *Budget {
	if limit <= 0 {
		limit = DefaultRunBytes
	}
	return &Budget{limit: limit}
}

// Limit is the budget's size in bytes.
func (b *Budget) Limit() int64 {
	if b == nil {
		return 0
	}
	return b.limit
}

// take spends n bytes, or reports false, spending nothing, when they are
// not left.
func (b *Budget) take(n int64) bool {
	if b == nil {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.used+n > b.limit {
		return false
	}
	b.used += n
	return true
}

// overBudget reports a file the run's budget has no room for.
func overBudget(file string, b *Budget, what string, diags interface {
	Errorf(catalogue.Pos, string, string, ...any)
}) {
	diags.Errorf(catalogue.Pos{File: file}, "too-large", "%s would take the specs of this run over %d bytes in total (--max-spec-bytes): it is not loaded", what, b.Limit())
}

// loadSlots bounds how many spec files are decoded at once: one per core.
// Decoding a Jsonnet spec file also takes one of jsonnetbox's evaluation
// slots while it holds its own; an evaluation never waits for a decoding
// slot, so the two cannot deadlock.
var loadSlots = make(chan struct{}, max(1, runtime.NumCPU()))

// acquireSlot waits for a free slot; the returned function frees it.
func acquireSlot() func() {
	loadSlots <- struct{}{}
	return func() { <-loadSlots }
}
