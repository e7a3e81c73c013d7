package main

import (
	"bytes"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"sync/atomic"
	"time"
)

// peakProfile keeps the heap profile taken when the live heap was largest: a
// heap profile describes the heap as of the last garbage collection, so
// one is taken each time a collection leaves more live than any before.
type peakProfile struct {
	done chan struct{}
	out  chan []byte
	// taken is the live heap, in bytes, of the profile kept so far.
	taken atomic.Uint64
}

// watchPeakProfile starts watching the live heap, every 10 ms; debug is
// the profile's format, as runtime/pprof's WriteTo takes it (0, the
// compressed protocol buffer go tool pprof reads; 1, text).
func watchPeakProfile(debug int) *peakProfile {
	p := &peakProfile{done: make(chan struct{}), out: make(chan []byte)}
	go func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var best bytes.Buffer
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				p.out <- best.Bytes()
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if live := sample[0].Value.Uint64(); live > p.taken.Load() {
				best.Reset()
				_ = pprof.Lookup("heap").WriteTo(&best, debug)
				p.taken.Store(live)
			}
		}
	}()
	return p
}

// stop ends the watch and writes the profile of the largest live heap.
func (p *peakProfile) stop(path string) error {
	close(p.done)
	return os.WriteFile(path, <-p.out, 0o644)
}
