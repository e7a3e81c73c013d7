// Package gcpace paces the garbage collector of a short run. Go's default
// pace (GOGC=100) collects whenever the heap has doubled since the last
// collection, which for a run whose live heap is a few tens of megabytes
// means a collection every few tens of megabytes allocated: generating a
// 2,000-metric catalogue (a live heap of 20–35 MB, 300 MB allocated) took
// seventeen collections, a tenth of its CPU time. Paced, the collector
// lets up to a fixed headroom of garbage build before collecting, and
// never less than the default's: a small heap is collected a few times,
// and a large one exactly as by default, so peak memory grows by at most
// the headroom, and not at all for the runs that hold the most.
package gcpace

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Percent is the GOGC percentage that lets headroom bytes of garbage build
// over a live heap of live bytes, and never less than the default 100.
func Percent(live, headroom uint64) int {
	const most = 1 << 20 // a collection at least every 10,000× the live heap
	if live == 0 {
		live = 1
	}
	return int(min(max(headroom*100/live, 100), most))
}

// Pacer sets the collector's percentage after every collection, from the
// live heap that collection left.
type Pacer struct {
	headroom uint64
	mu       sync.Mutex
	stopped  bool
	set      int // the percentage last set
	sample   []metrics.Sample
}

// Start paces the collector with headroom bytes of garbage, unless the
// environment sets GOGC or GOMEMLIMIT (whoever runs obsgen decides); nil
// then. Stop restores the default.
func Start(headroom uint64) *Pacer {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	p := &Pacer{headroom: headroom, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
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
	p.set = Percent(live, p.headroom)
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
