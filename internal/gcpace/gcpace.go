// Package gcpace paces the garbage collector of a short run. Go's default
// pace (GOGC=100) collects whenever the heap has doubled since the last
// collection, which for a run whose live heap is a few tens of megabytes
// means a collection every few tens of megabytes allocated: generating a
// 2,000-metric catalogue (a live heap of 20–35 MB, 300 MB allocated) took
// seventeen collections, a tenth of its CPU time. Paced, the collector
// lets garbage build to a share of the live heap, or a fixed headroom if
// that is more, as long as the heap stays under a ceiling; and never less
// than the default's. A small heap is collected a few times, a middling
// one less often than by default, and one near the ceiling exactly as by
// default, so that the runs that hold the most do not hold more.
package gcpace

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Policy is how much garbage a run lets build before a collection.
type Policy struct {
	// Headroom is the garbage let build however small the live heap.
	Headroom uint64
	// Growth is the garbage let build as a percentage of the live heap,
	// when that is more than Headroom.
	Growth uint64
	// Ceiling is the heap (live and garbage) the policy does not go past:
	// a live heap near it is paced as by default. 0 is none.
	Ceiling uint64
}

// Percent is the GOGC percentage pol sets for a live heap of live bytes:
// the garbage it lets build, as a percentage of live, never less than the
// default 100.
func Percent(live uint64, pol Policy) int {
	const most = 1 << 20 // a collection at least every 10,000× the live heap
	if live == 0 {
		live = 1
	}
	garbage := max(pol.Headroom, live*pol.Growth/100)
	if pol.Ceiling > 0 && live+garbage > pol.Ceiling {
		garbage = pol.Ceiling - min(live, pol.Ceiling)
	}
	return int(min(max(garbage*100/live, 100), most))
}

// Pacer sets the collector's percentage after every collection, from the
// live heap that collection left.
type Pacer struct {
	policy  Policy
	mu      sync.Mutex
	stopped bool
	set     int // the percentage last set
	sample  []metrics.Sample
}

// Start paces the collector by pol, unless the
// environment sets GOGC or GOMEMLIMIT (whoever runs obsgen decides); nil
// then. Stop restores the default.
func Start(pol Policy) *Pacer {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	p := &Pacer{policy: pol, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	p.pace()
	p.arm()
	return p
}

// Stop ends the pacing and restores the default percentage.
func (p *Pacer) Stop() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stopped = true
	debug.SetGCPercent(100)
}

// Current is the percentage last set.
func (p *Pacer) Current() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.set
}

// pace sets the percentage from the live heap of the last collection (the
// heap in use before the first).
func (p *Pacer) pace() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	metrics.Read(p.sample)
	live := p.sample[0].Value.Uint64()
	if live == 0 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		live = ms.HeapAlloc
	}
	p.set = Percent(live, p.policy)
	debug.SetGCPercent(p.set)
}

// arm has the next collection call pace: an object nothing refers to is
// finalized after the collection that finds it unreachable, and its
// finalizer arms the next. The object is 32 bytes, as cmd/compile's
// forEachGC makes it: large enough that the runtime's tiny allocator,
// which may keep it alive beside others, does not take it.
func (p *Pacer) arm() {
	sentinel := new([32]byte)
	runtime.SetFinalizer(sentinel, func(*[32]byte) {
		p.pace()
		p.mu.Lock()
		stopped := p.stopped
		p.mu.Unlock()
		if !stopped {
			p.arm()
		}
	})
}
