package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestPeakProfileIsTheHeapWhenMostWasLiveNotAtTheEnd runs the watch in a
// process of its own (this test binary again, running only
// TestPeakProfileChild): the heap is the whole process's, and tests running
// alongside would make their own peaks.
func TestPeakProfileIsTheHeapWhenMostWasLiveNotAtTheEnd(t *testing.T) {
	path := filepath.Join(t.TempDir(), "peak.txt")
	cmd := exec.Command(os.Args[0], "-test.run=^TestPeakProfileChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "OBSGEN_PEAK_PROFILE="+path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// A record of the text format: "inuse_objects: inuse_bytes [allocs:
	// bytes] @ addresses", then its stack, a line per frame.
	record := regexp.MustCompile(`^\d+: (\d+) \[\d+: \d+\] @`)
	var inuse int64
	for rec := range strings.SplitSeq(string(data), "\n\n") {
		m := record.FindStringSubmatch(rec)
		if m != nil && strings.Contains(rec, "allocateForPeakProfile") {
			n, _ := strconv.ParseInt(m[1], 10, 64)
			inuse += n
		}
	}
	if inuse < 32<<20 {
		t.Errorf("the profile holds %d bytes live from allocateForPeakProfile, want the 64 MB live at the peak:\n%.2000s", inuse, data)
	}
}

// TestPeakProfileChild is the process TestPeakProfileIsTheHeapWhenMostWasLiveNotAtTheEnd
// starts: 64 MB live for a while, then dropped, so that at the end of the
// run none of it is live and at the peak all of it was. Run on its own, it
// does nothing.
func TestPeakProfileChild(t *testing.T) {
	path := os.Getenv("OBSGEN_PEAK_PROFILE")
	if path == "" {
		t.Skip("started by TestPeakProfileIsTheHeapWhenMostWasLiveNotAtTheEnd")
	}
	p := watchPeakProfile(1)
	keep := allocateForPeakProfile()
	// A collection, then as long as the watch (every 10 ms, on a machine
	// maybe busy with other tests) takes to keep a profile that holds it:
	// the profile samples an allocation of 1 MB with a chance of 1 − e⁻²
	// (one per 512 kB allocated, on average), so it records about 55 of the
	// 64 and fewer than 40 almost never (5 standard deviations below).
	runtime.GC()
	for deadline := time.Now().Add(time.Minute); p.kept.Load() < 40<<20 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	runtime.KeepAlive(keep) // nothing holds keep after this
	runtime.GC()
	time.Sleep(50 * time.Millisecond) // a later, smaller heap for the watch to see
	if err := p.stop(path); err != nil {
		t.Fatal(err)
	}
}

//go:noinline
func allocateForPeakProfile() [][]byte {
	var keep [][]byte
	for range 64 {
		keep = append(keep, make([]byte, 1<<20))
	}
	return keep
}
