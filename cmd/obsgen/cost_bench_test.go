package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// The benchmarks below measure what a hostile spec author or exporter can
// make obsgen spend: verify over many undocumented families (each a
// diagnostic pointing into the exposition), lint of a spec with an error on
// every line, and import of a large exposition. They run the real
// commands in-process. `go test -run '^$' -bench Cost ./cmd/obsgen/`;
// peak-heap-MB is the largest heap seen while the command ran.

// costSpec is a one-metric service for verify to compare with.
const costSpec = `apiVersion: obsgen.dev/v1
service:
  name: shop
metric_groups:
  - name: requests
    metrics:
      - {name: shop_requests_total, type: counter, help: Requests served.}
`

// costInput writes a file made by build under the benchmark's temporary
// folder and returns its path.
func costInput(b *testing.B, name string, build func() []byte) string {
	b.Helper()
	p := filepath.Join(b.TempDir(), name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(p, build(), 0o644); err != nil {
		b.Fatal(err)
	}
	return p
}

// peakHeap samples the heap while f runs and returns its largest size.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	f()
	close(done)
	return peak.Load()
}

// runCost runs the CLI in-process with output discarded and reports the
// peak heap; the exit code must be want.
func runCost(b *testing.B, want int, args ...string) {
	b.Helper()
	var peak uint64
	for b.Loop() {
		p := peakHeap(func() {
			if code := run(args, io.Discard, io.Discard); code != want {
				b.Fatalf("obsgen %v exited %d, want %d", args, code, want)
			}
		})
		peak = max(peak, p)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

func BenchmarkCostVerifyUndocumentedFamilies(b *testing.B) {
	for _, n := range []int{10_000, 20_000, 40_000} {
		b.Run(fmt.Sprintf("families=%d", n), func(b *testing.B) {
			spec := filepath.Dir(costInput(b, "verify/shop/spec.yaml", func() []byte { return []byte(costSpec) }))
			file := costInput(b, fmt.Sprintf("verify-%d.prom", n), func() []byte { return undocumentedExposition(n) })
			runCost(b, 1, "verify", spec, "--file", file)
		})
	}
}

// errorSpec is a spec of about size bytes in which every line is a label
// with a name Prometheus rejects: one error per line.
func errorSpec(size int) []byte {
	var buf bytes.Buffer
	buf.WriteString("apiVersion: obsgen.dev/v1\nservice: {name: shop}\nlabels:\n")
	for i := 0; buf.Len() < size-32; i++ {
		fmt.Fprintf(&buf, "- {name: b-%06d}\n", i)
	}
	return buf.Bytes()
}

func BenchmarkCostLintSpecWithAnErrorPerLine(b *testing.B) {
	for _, size := range []int{1 << 20, 4 << 20} {
		b.Run(fmt.Sprintf("MiB=%d", size>>20), func(b *testing.B) {
			spec := filepath.Dir(costInput(b, fmt.Sprintf("lint-%d/shop/spec.yaml", size), func() []byte { return errorSpec(size) }))
			runCost(b, 1, "lint", spec)
		})
	}
}

// importExposition is a node-exporter-like exposition of n families, each
// with a few labelled series.
func importExposition(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "# HELP fam_%06d_bytes Family %d.\n# TYPE fam_%06d_bytes gauge\n", i, i, i)
		for _, dev := range []string{"sda", "sdb", "nvme0n1"} {
			fmt.Fprintf(&b, "fam_%06d_bytes{device=%q,instance=\"host-%d\"} %d\n", i, dev, i%7, i)
		}
	}
	return b.Bytes()
}

func BenchmarkCostImportFamilies(b *testing.B) {
	for _, n := range []int{20_000, 40_000, 80_000} {
		b.Run(fmt.Sprintf("families=%d", n), func(b *testing.B) {
			file := costInput(b, fmt.Sprintf("import-%d.prom", n), func() []byte { return importExposition(n) })
			runCost(b, 0, "import", "--file", file, "--service", "node")
		})
	}
}
