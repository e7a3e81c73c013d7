package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

// bigSpec is a catalogue of n metrics of each type, each used by an alert,
// a query and a panel.
func bigSpec(n int) string {
	var b strings.Builder
	b.WriteString("apiVersion: obsgen.dev/v1\nservice:\n  name: big\nlabels:\n  - name: op\n  - name: code\n    values: [{value: a}, {value: b}]\nmetric_groups:\n  - name: g\n    metrics:\n")
	for i := range n {
		fmt.Fprintf(&b, "      - {name: big_c%d_total, type: counter, help: C., labels: [op, code]}\n", i)
		fmt.Fprintf(&b, "      - {name: big_g%d, type: gauge, help: G., labels: [op]}\n", i)
		fmt.Fprintf(&b, "      - {name: big_h%d_seconds, type: histogram, help: H., labels: [op]}\n", i)
	}
	b.WriteString("alert_groups:\n  - name: a\n    rules:\n")
	for i := range n {
		fmt.Fprintf(&b, "      - alert: A%d\n        expr: sum by (op) (rate(big_c%d_total{code=\"a\"}[5m])) / on(op) group_left sum by (op) (big_g%d) > 1\n        for: 5m\n        labels: {severity: warning}\n        annotations: {summary: '{{ $labels.op }}'}\n        runbook: {meaning: M}\n", i, i, i)
	}
	b.WriteString("queries:\n  - title: Q\n    queries:\n")
	for i := range n {
		fmt.Fprintf(&b, "      - {name: q%d, title: Latency p99, expr: 'histogram_quantile(0.99, sum by (le, op) (rate(big_h%d_seconds_bucket[5m])))'}\n", i, i)
	}
	b.WriteString("dashboards:\n  - uid: d\n    title: D\n    rows:\n      - title: R\n        panels:\n")
	for i := range n {
		fmt.Fprintf(&b, "          - {title: Panel %d, type: timeseries, queries: [{expr: 'sum by (op) (rate(big_c%d_total{op=~\"$op\"}[$__rate_interval]))'}]}\n", i, i)
	}
	return b.String()
}

func BenchmarkRunOnAThousandMetrics(b *testing.B) {
	c, diags := specload.LoadBytes("big.yaml", []byte(bigSpec(333)))
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	b.ResetTimer()
	for b.Loop() {
		if got := Run(c); len(got) != 0 {
			b.Fatalf("the big spec should lint clean, got %d findings: %v", len(got), got[:min(3, len(got))])
		}
	}
}
