package main

import (
	"bytes"
	"os"
	"runtime"
	"runtime/pprof"
	"sync/atomic"
	"time"
)

// peakProfile keeps the heap profile that recorded the most memory in use
// of all those the runtime published while it watched.
type peakProfile struct {
	done chan struct{}
	out  chan []byte
	// kept is the in-use bytes the kept profile records, as sampled
	// (not scaled up the way pprof estimates the whole heap).
	kept atomic.Uint64
}

// watchPeakProfile starts watching the heap profile, every 10 ms; debug is
// the profile's format, as runtime/pprof's WriteTo takes it (0, the
// compressed protocol buffer go tool pprof reads; 1, text).
//
// The watch compares the profiles themselves, not the live heap the
// runtime's metrics report: the runtime counts a collection's live heap
// when its marking ends but publishes the profile of that moment only once
// the collection has swept the heap, which a busy machine can put off until
// after the next collection has begun, and a profile taken when the live
// heap peaked may still describe the collection before.
func watchPeakProfile(debug int) *peakProfile {
	p := &peakProfile{done: make(chan struct{}), out: make(chan []byte)}
	go func() {
		var best []byte
		var records []runtime.MemProfileRecord
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				p.out <- best
				return
			case <-tick.C:
			}
			records = publishedHeapProfile(records)
			n := inUse(records)
			if n <= p.kept.Load() && best != nil {
				continue
			}
			// WriteTo reads the published profile again, and the runtime
			// may publish a newer one in between: the profile written is
			// kept only if what is published after it still records n.
			var written bytes.Buffer
			_ = pprof.Lookup("heap").WriteTo(&written, debug)
			records = publishedHeapProfile(records)
			if inUse(records) == n || best == nil {
				best = written.Bytes()
				p.kept.Store(n)
			}
		}
	}()
	return p
}

// publishedHeapProfile returns the records of the heap profile the runtime
// has published, reusing records' storage.
func publishedHeapProfile(records []runtime.MemProfileRecord) []runtime.MemProfileRecord {
	for {
		n, ok := runtime.MemProfile(records[:cap(records)], false)
		if ok {
			return records[:n]
		}
		records = make([]runtime.MemProfileRecord, n+n/4+64)
	}
}

// inUse sums the in-use bytes of records.
func inUse(records []runtime.MemProfileRecord) uint64 {
	var n int64
	for _, r := range records {
		n += r.InUseBytes()
	}
	return uint64(n)
}

// stop ends the watch and writes the profile that recorded the most in use.
func (p *peakProfile) stop(path string) error {
	close(p.done)
	return os.WriteFile(path, <-p.out, 0o644)
}
