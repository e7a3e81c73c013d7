package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

// fuzzSpec is a small catalogue whose one query, alert and panel take the
// fuzzed expression.
const fuzzSpec = `apiVersion: obsgen.dev/v1
service: {name: f}
labels:
  - {name: op, values: [{value: get}, {value: put}]}
metric_groups:
  - name: g
    metrics:
      - {name: f_requests_total, type: counter, help: R., labels: [op]}
      - {name: f_queue, type: gauge, help: Q.}
      - {name: f_latency_seconds, type: histogram, help: L., labels: [op]}
      - {name: f_size_bytes, type: summary, help: S.}
queries:
  - title: Q
    queries:
      - {name: q, title: Q, expr: EXPR}
alert_groups:
  - name: a
    rules:
      - alert: A
        expr: EXPR
        for: 5m
        labels: {severity: warning}
        annotations: {summary: "{{ $labels.op }}"}
dashboards:
  - uid: d
    title: D
    rows:
      - title: R
        panels:
          - {title: P, type: timeseries, queries: [{expr: EXPR}]}
`

// FuzzLint checks that no expression, however odd, panics a check (Run
// turns a panic into a lint-internal diagnostic, which fails here).
func FuzzLint(f *testing.F) {
	for _, seed := range []string{
		`histogram_quantile(0.9, sum by (le) (rate(f_latency_seconds_bucket[5m])))`,
		`sum without (op) (rate(f_requests_total{op=~"g.*"}[$__rate_interval])) > on() group_left f_queue`,
		`label_replace(f_queue, "x", "$1", "op", "(.*)") / ignoring(x) f_size_bytes{quantile="0.5"}`,
		`absent_over_time(f_queue[1h]) or vector(1) unless f_requests_total @ end()`,
		`count_values("v", f_queue) * topk(3, f_latency_seconds_count) offset 5m`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		if strings.ContainsAny(expr, "\n\r") || len(expr) > 512 {
			return
		}
		quoted := `'` + strings.ReplaceAll(expr, `'`, `''`) + `'`
		c, diags := specload.LoadBytes("fuzz.yaml", []byte(strings.ReplaceAll(fuzzSpec, "EXPR", quoted)))
		if c == nil {
			t.Fatal("no catalogue")
		}
		_ = diags
		for _, d := range Run(c) {
			if d.Code == "lint-internal" {
				t.Fatalf("a check panicked on %q: %s", expr, d.Message)
			}
		}
	})
}
