// Command bench writes N SLOs twice, as one Sloth prometheus/v1 file and
// as one obsgen service (DIR/bench/service.yaml), for
// scripts/sloth-compare.sh --bench: a third each ratio, latency and
// availability, like the comparison's three.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	n := flag.Int("n", 1000, "how many SLOs")
	slothFile := flag.String("sloth", "", "Sloth file to write")
	spec := flag.String("spec", "", "obsgen spec folder to write (the service goes in DIR/bench)")
	flag.Parse()
	if err := write(*n, *slothFile, *spec); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func write(n int, slothFile, spec string) error {
	var s, o strings.Builder
	s.WriteString("version: \"prometheus/v1\"\nservice: \"bench\"\nslos:\n")
	o.WriteString("apiVersion: obsgen.dev/v1\nservice:\n  name: bench\nlabels:\n  - name: op\nmetric_groups:\n  - name: request\n    metrics:\n" +
		"      - {name: bench_requests_total, type: counter, help: Requests., labels: [op]}\n" +
		"      - {name: bench_errors_total, type: counter, help: Errors., labels: [op]}\n" +
		"      - {name: bench_duration_seconds, type: histogram, help: Duration., labels: [op], buckets: [0.1, 0.25, 0.5, 1]}\nslos:\n")
	for i := range n {
		name := fmt.Sprintf("slo-%04d", i)
		op := fmt.Sprintf("op%d", i)
		switch i % 3 {
		case 0:
			fmt.Fprintf(&s, "  - name: %s\n    objective: 99.9\n    sli:\n      events:\n        error_query: sum(rate(bench_errors_total{op=%q}[{{.window}}]))\n        total_query: sum(rate(bench_requests_total{op=%q}[{{.window}}]))\n    alerting:\n      name: A%d\n", name, op, op, i)
			fmt.Fprintf(&o, "  - name: %s\n    objective: 99.9\n    sli:\n      ratio: {bad: 'bench_errors_total{op=%q}', total: 'bench_requests_total{op=%q}'}\n", name, op, op)
		case 1:
			fmt.Fprintf(&s, "  - name: %s\n    objective: 99\n    sli:\n      events:\n        error_query: sum(rate(bench_duration_seconds_count{op=%q}[{{.window}}])) - sum(rate(bench_duration_seconds_bucket{op=%q,le=\"0.25\"}[{{.window}}]))\n        total_query: sum(rate(bench_duration_seconds_count{op=%q}[{{.window}}]))\n    alerting:\n      name: A%d\n", name, op, op, op, i)
			fmt.Fprintf(&o, "  - name: %s\n    objective: 99\n    sli:\n      latency: {histogram: bench_duration_seconds, threshold: 0.25, matchers: '{op=%q}'}\n", name, op)
		default:
			fmt.Fprintf(&s, "  - name: %s\n    objective: 99.5\n    sli:\n      raw:\n        error_ratio_query: 1 - avg(avg_over_time(up{job=\"bench\",instance=%q}[{{.window}}]))\n    alerting:\n      name: A%d\n", name, op, i)
			fmt.Fprintf(&o, "  - name: %s\n    objective: 99.5\n    sli:\n      availability: {metric: up, matchers: '{job=\"bench\", instance=%q}'}\n", name, op)
		}
	}
	if err := os.WriteFile(slothFile, []byte(s.String()), 0o644); err != nil {
		return err
	}
	dir := filepath.Join(spec, "bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "service.yaml"), []byte(o.String()), 0o644)
}
