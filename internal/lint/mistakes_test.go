package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

// mistake is one kind of mistake put into a copy of a seed spec with one
// small textual edit: file gets old replaced by new (old must occur once),
// and exactly one new diagnostic must appear, with code, where at (a
// string of the edited file; a ^ in it marks the exact place) is written.
type mistake struct {
	name, file, old, new, code, at string
}

var mistakes = []mistake{
	{"a size in bytes shown in bits", "rstmdb/dashboards.yaml",
		"            unit: bytes\n            queries:\n              - expr: sum(rstmdb_wal_size_bytes)", "            unit: bits\n            queries:\n              - expr: sum(rstmdb_wal_size_bytes)",
		"bits-for-bytes", "- expr: ^sum(rstmdb_wal_size_bytes)"},
	{"a panel reading a variable its dashboard does not offer", "rstmdb/dashboards.yaml",
		`rate(rstmdb_events_applied_total{machine=~"$machine"}`, `rate(rstmdb_events_applied_total{machine=~"$machne"}`,
		"undefined-variable", `machine=~"^$machne"`},
	{"a test whose samples are as far apart as the rule's increase() window", "rstmdb/alerts.yaml",
		"          - name: fires after five minutes of rejections\n            series:", "          - name: fires after five minutes of rejections\n            interval: 5m\n            series:",
		"test-window", "interval: ^5m"},
	{"a quiet alert checked after its test's series have ended", "stemedb/alerts.yaml",
		"values: 30x20\n            alerts:\n              - at: 15m", "values: 30x20\n            alerts:\n              - at: 40m",
		"test-no-data", "- at: ^40m"},
	{"a percentage formatted with humanizePercentage", "rstmdb/alerts.yaml",
		"rate(rstmdb_requests_errors_total[5m]) > 10\n        for: 5m\n        labels:\n          severity: warning\n        annotations:\n          summary: High error rate in rstmdb\n          description: \"{{ $labels.instance }} returns {{ $value | humanize }}",
		"rate(rstmdb_requests_errors_total[5m]) * 100 > 10\n        for: 5m\n        labels:\n          severity: warning\n        annotations:\n          summary: High error rate in rstmdb\n          description: \"{{ $labels.instance }} returns {{ $value | humanizePercentage }}",
		"humanize-percentage", `"{{ $labels.instance }} returns {{ $value | humanizePercentage`},
	{"a rate below one a second printed with no decimals", "rstmdb/alerts.yaml",
		"rate(rstmdb_requests_errors_total[5m]) > 10\n        for: 5m\n        labels:\n          severity: warning\n        annotations:\n          summary: High error rate in rstmdb\n          description: \"{{ $labels.instance }} returns {{ $value | humanize }}",
		"rate(rstmdb_requests_errors_total[5m]) > 0.5\n        for: 5m\n        labels:\n          severity: warning\n        annotations:\n          summary: High error rate in rstmdb\n          description: \"{{ $labels.instance }} returns {{ printf \\\"%.0f\\\" $value }}",
		"value-rounded", `"{{ $labels.instance }} returns {{ printf`},
	{"a low ratio whose denominator is clamped from below", "rstmdb/alerts.yaml",
		"expr: rate(rstmdb_requests_errors_total[5m]) > 10", "expr: rate(rstmdb_requests_errors_total[5m]) / ignoring(code) group_left clamp_min(rate(rstmdb_requests_total[5m]), 1) < 10",
		"clamped-denominator", "group_left ^clamp_min"},
	{"a static target declaring a target label nothing adds", "rstmdb/scrape.yaml",
		"      static: [\"localhost:9090\"]\n", "      static: [\"localhost:9090\"]\n      target_labels: [namespace]\n",
		"target-label-unset", "target_labels: ^[namespace]"},
	{"a description naming a window the alert does not read", "rstmdb/alerts.yaml",
		"errors/s for {{ $labels.op }}.\"", "errors/s for {{ $labels.op }} over the last 30 minutes.\"",
		"annotation-window", `"{{ $labels.instance }} returns {{ $value | humanize }} {{ $labels.code }}`},
	{"an error ratio whose sides carry different labels", "rstmdb/queries.yaml",
		"expr: rate(rstmdb_requests_errors_total[5m])", "expr: rate(rstmdb_requests_errors_total[5m]) / rate(rstmdb_requests_total[5m])",
		"binary-no-match", "/ rate(rstmdb_requests_total"},
	{"a misspelt job in an alert", "rstmdb/alerts.yaml",
		`up{job="rstmdb"} == 0`, `up{job="rstmbd"} == 0`,
		"unknown-job", `job="rstmbd"`},
	{"a misspelt metric in an alert", "rstmdb/alerts.yaml",
		"rate(rstmdb_requests_errors_total[5m]) > 10", "rate(rstmdb_request_errors_total[5m]) > 10",
		"unknown-metric", "rstmdb_request_errors_total"},
	{"increase() of a gauge in an alert, as the rstmdb page has it", "rstmdb/alerts.yaml",
		"delta(rstmdb_wal_size_bytes[1h])", "increase(rstmdb_wal_size_bytes[1h])",
		"rate-on-gauge", "increase(rstmdb_wal"},
	{"a counter shown raw in an example query", "rstmdb/queries.yaml",
		"expr: rate(rstmdb_events_applied_total[1m])", "expr: rstmdb_events_applied_total",
		"counter-raw", "rstmdb_events_applied_total"},
	{"a panel's histogram_quantile after a sum that drops le", "rstmdb/dashboards.yaml",
		"sum by (le, op) (rate(rstmdb_requests_duration_seconds_bucket", "sum by (op) (rate(rstmdb_requests_duration_seconds_bucket",
		"histogram-quantile-input", "sum by (op) (rate(rstmdb_requests_duration"},
	{"histogram_quantile of a gauge in an example query", "stemedb/queries.yaml",
		"histogram_quantile(0.95, rate(stemedb_convergence_latency_seconds_bucket[5m]))", "histogram_quantile(0.95, stemedb_sync_lag_seconds)",
		"histogram-quantile-input", "stemedb_sync_lag_seconds)"},
	{"delta() of a counter in an example query", "rstmdb/queries.yaml",
		"expr: rate(rstmdb_events_applied_total[1m])", "expr: delta(rstmdb_events_applied_total[1m])",
		"delta-on-counter", "delta("},
	{"a panel matcher on a label the metric lacks", "stemedb/dashboards.yaml",
		`stemedb_sync_lag_seconds{peer=~"$peer"}`, `stemedb_sync_lag_seconds{node=~"$peer"}`,
		"unknown-label", `node=~"$peer"`},
	{"a panel summed by a label the metric lacks", "rstmdb/dashboards.yaml",
		"sum by (machine) (rate(rstmdb_events_applied_total", "sum by (op) (rate(rstmdb_events_applied_total",
		"grouping-label", "(^op) (rate(rstmdb_events_applied"},
	{"a legend printing a label the panel's sum drops", "rstmdb/dashboards.yaml",
		`legend: "{{op}} {{code}}"`, `legend: "{{op}} {{machine}}"`,
		"legend-label", `^"{{op}} {{machine}}"`},
	{"a panel matcher value outside the label's values", "stemedb/dashboards.yaml",
		"increase(stemedb_membership_events_total[$__rate_interval])", `increase(stemedb_membership_events_total{type="joind"}[$__rate_interval])`,
		"bad-label-value", `type="joind"`},
	{"an annotation printing a label the alert does not keep", "stemedb/alerts.yaml",
		"Sync lag with peer {{ $labels.peer }}", "Sync lag with peer {{ $labels.node }}",
		"annotation-label", `"Sync lag with peer`},
	{"a Unix time shown as it is on a panel", "rstmdb/dashboards.yaml",
		"                legend: \"{{machine}}\"\n\noverview:",
		"                legend: \"{{machine}}\"\n          - title: Last compaction\n            type: stat\n            queries:\n              - expr: max(rstmdb_last_compaction_timestamp_seconds)\n" +
			"metric_groups:\n  - name: compaction\n    metrics:\n      - {name: rstmdb_last_compaction_timestamp_seconds, type: gauge, unit: seconds, help: Unix time of the last compaction.}\n\noverview:",
		"unix-time-shown", "- expr: ^max(rstmdb_last_compaction"},
	{"an alert without for", "stemedb/alerts.yaml",
		"        for: 1m\n", "        # for: 1m\n",
		"alert-no-for", "ClusterNodeDown"},
	// SyncLagHigh, not ClusterNodeDown: without the only critical alert's
	// severity, the critical route would take nothing (route-label).
	{"an alert without severity", "stemedb/alerts.yaml",
		"        for: 5m\n        labels:\n          severity: warning\n", "        for: 5m\n        labels:\n          team: storage\n",
		"alert-no-severity", "SyncLagHigh"},
	{"an inhibition scoped by a label its alerts do not carry", "stemedb/routing.yaml",
		"equal: [cluster]", "equal: [peer]",
		"inhibit-equal", "peer]\n      why"},
	{"a route on a label no alert carries", "rstmdb/routing.yaml",
		"- match: {severity: warning}", "- match: {severity: warning, priority: p1}",
		"route-label", "priority: p1}"},
	{"grouping that merges the same alert of two clusters", "rstmdb/routing.yaml",
		"group_by: [alertname, cluster, instance]", "group_by: [alertname, instance]",
		"group-by-cluster", "^[alertname, instance]"},
	{"an alert without summary", "stemedb/alerts.yaml",
		`          summary: "Cluster has only`, `          description: "Cluster has only`,
		"alert-no-summary", "ClusterNodeDown"},
	{"an alert without runbook", "stemedb/alerts.yaml",
		"  - name: stemedb-sync\n    rules:\n", "  - name: stemedb-sync\n    rules:\n      - alert: SyncFailing\n        expr: rate(stemedb_sync_failures_total[5m]) > 0\n        for: 15m\n" +
			"        labels: {severity: warning}\n        annotations: {summary: Sync failing}\n",
		"alert-no-runbook", "SyncFailing"},
	{"a metric nothing uses", "stemedb/metrics.yaml",
		"      - name: stemedb_sync_failures_total\n", "      - name: stemedb_sync_retries_total\n        type: counter\n        help: Sync retries\n" +
			"        labels: [peer]\n      - name: stemedb_sync_failures_total\n",
		"unused-metric", "stemedb_sync_retries_total"},
	{"a latency SLO whose threshold is not a bucket boundary", "rstmdb/slos.yaml",
		"threshold: 0.25", "threshold: 0.3",
		"slo-latency-threshold", "0.3"},
	{"a ratio SLO counting a gauge as bad events", "rstmdb/slos.yaml",
		"bad: rstmdb_requests_errors_total", "bad: rstmdb_connections_active",
		"slo-ratio-input", "rstmdb_connections_active"},
	{"a query grouping by the replica label", "stemedb/queries.yaml",
		"expr: sum(stemedb_merkle_diff_size)", "expr: sum by (replica) (stemedb_merkle_diff_size)",
		"replica-label", "sum by (^replica"},
	{"a local alert printing the cluster from $labels", "stemedb/alerts.yaml",
		`summary: "Sync lag with peer {{ $labels.peer }} is {{ $value }}s"`, `summary: "Sync lag with peer {{ $labels.peer }} in {{ $labels.cluster }} is {{ $value }}s"`,
		"local-cluster-label", `"Sync lag with peer {{ $labels.peer }} in`},
	{"a global alert naming the cluster its count dropped", "stemedb/alerts.yaml",
		`summary: "More than 5 % of sync cycles fail in {{ $value }} clusters at once"`, `summary: "More than 5 % of sync cycles fail in {{ $labels.cluster }}"`,
		"global-cluster-label", `"More than 5 % of sync cycles fail in {{ $labels.cluster`},
	{"a query titled with another percentile than it computes", "stemedb/queries.yaml",
		"title: Convergence latency (p95)", "title: Convergence latency (p99)",
		"title-mismatch", "0.95"},
}

// TestEachMistakeInASeedSpecGivesOneDiagnostic puts each kind of mistake
// into a copy of a seed spec and expects exactly one new diagnostic, with
// the mistake's code, at its line and column.
func TestEachMistakeInASeedSpecGivesOneDiagnostic(t *testing.T) {
	covered := map[string]bool{}
	for _, m := range mistakes {
		covered[m.code] = true
	}
	// A spec's own dashboards choose each variable's selection to suit
	// its matchers, so only a mixin's dashboards can compare a
	// multi-value variable with = (variable_equality_test.go has those).
	covered["variable-equality"] = true
	// A spec's panel types are Grafana's React ones (graph is refused), so
	// only a mixin's dashboards have AngularJS panels (angular_panel_test.go).
	covered["angular-panel"] = true
	for _, ch := range Checks() {
		if !covered[ch.Code] {
			t.Errorf("no mistake in the table exercises %s", ch.Code)
		}
	}
	baseline := map[string]diag.List{}
	for _, svc := range []string{"rstmdb", "stemedb"} {
		dir := copySpec(t, svc, "", "", "")
		baseline[svc], _ = loadAndLint(t, dir)
		baseline[svc] = relative(baseline[svc], dir)
	}
	for _, m := range mistakes {
		t.Run(m.name, func(t *testing.T) {
			svc, file, _ := strings.Cut(m.file, "/")
			dir := copySpec(t, svc, file, m.old, m.new)
			got, _ := loadAndLint(t, dir)
			added := newDiagnostics(baseline[svc], relative(got, dir))
			if len(added) != 1 {
				t.Fatalf("want exactly one new diagnostic, got %d:\n%s", len(added), added)
			}
			d := added[0]
			want := fmt.Sprintf("%s:%s", file, position(t, filepath.Join(dir, file), m.at))
			if d.Code != m.code || d.Pos.String() != want {
				t.Errorf("got %s, want %s at %s", d, m.code, want)
			}
		})
	}
}

// copySpec copies specs/svc to a temporary folder, replacing old by new in
// file (old must occur exactly once), and returns the folder.
func copySpec(t *testing.T, svc, file, old, new string) string {
	t.Helper()
	src := filepath.Join("..", "..", "specs", svc)
	root := t.TempDir()
	dir := filepath.Join(root, svc)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// The organisation beside the service: its topology (cluster and
	// replica external labels) is what the topology checks read.
	org, err := os.ReadFile(filepath.Join(src, "..", catalogue.OrganisationFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, catalogue.OrganisationFile), org, 0o644); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == file {
			if n := strings.Count(string(data), old); n != 1 {
				t.Fatalf("%s/%s: the text to replace occurs %d times, want once: %q", svc, file, n, old)
			}
			data = []byte(strings.Replace(string(data), old, new, 1))
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// relative rewrites the diagnostics' file names relative to dir.
func relative(l diag.List, dir string) diag.List {
	out := make(diag.List, len(l))
	for i, d := range l {
		if rel, err := filepath.Rel(dir, d.Pos.File); err == nil {
			d.Pos.File = filepath.ToSlash(rel)
		}
		out[i] = d
	}
	return out
}

// newDiagnostics returns the diagnostics of got that base does not have,
// compared by file, code and message (an edit may move later lines).
func newDiagnostics(base, got diag.List) diag.List {
	key := func(d diag.Diagnostic) string { return d.Pos.File + "\x00" + d.Code + "\x00" + d.Message }
	have := map[string]int{}
	for _, d := range base {
		have[key(d)]++
	}
	var out diag.List
	for _, d := range got {
		if have[key(d)] > 0 {
			have[key(d)]--
			continue
		}
		out = append(out, d)
	}
	return out
}

// position returns "line:col" of the first occurrence of marker in a file;
// a ^ in the marker points inside it.
func position(t *testing.T, file, marker string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	caret := max(strings.IndexByte(marker, '^'), 0)
	off := strings.Index(text, strings.Replace(marker, "^", "", 1))
	if off < 0 {
		t.Fatalf("%s does not contain %q", file, marker)
	}
	off += caret
	line := strings.Count(text[:off], "\n") + 1
	col := utf8.RuneCountInString(text[strings.LastIndexByte(text[:off], '\n')+1:off]) + 1
	return fmt.Sprintf("%d:%d", line, col)
}
