package verify_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/verify"
)

// loadSpec loads a catalogue that must be free of errors.
func loadSpec(t *testing.T, dir string) (*catalogue.Catalogue, diag.Sources) {
	t.Helper()
	c, diags, src := specload.Load(dir, specload.Options{})
	if c == nil || diags.HasErrors() {
		t.Fatalf("%s: %v", dir, diags)
	}
	return c, src
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// check parses text as the named file and verifies it.
func check(t *testing.T, c *catalogue.Catalogue, name, text string, opts verify.Options) verify.Result {
	t.Helper()
	e, err := exposition.Parse(name, []byte(text), exposition.DetectFormat([]byte(text)))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return verify.Verify(c, e, opts)
}

// render prints a result as the CLI's text format does.
func render(t *testing.T, r verify.Result, src diag.Sources) string {
	t.Helper()
	var b bytes.Buffer
	if err := diag.WriteText(&b, r.Diags, src); err != nil {
		t.Fatal(err)
	}
	b.WriteString(r.Coverage.String() + "\n")
	return b.String()
}

func TestTheKnownGoodPairHasNoFindings(t *testing.T) {
	c, _ := loadSpec(t, "testdata/small")
	for _, file := range []string{"testdata/small.prom", "testdata/small.om"} {
		t.Run(file, func(t *testing.T) {
			r := check(t, c, file, readText(t, file), verify.Options{})
			if len(r.Diags) != 0 || !r.Coverage.Complete() {
				t.Errorf("findings on the known-good pair:\n%v\n%s", r.Diags, r.Coverage)
			}
			if r.Coverage.Documented != 5 || r.Coverage.Exposed != 5 {
				t.Errorf("coverage %+v, want 5 documented and 5 exposed (go_* ignored, target_info not a metric)", r.Coverage)
			}
		})
	}
}

// mutation is one edit of the known-good exposition and the single finding
// it must cause.
type mutation struct {
	name string
	edit func(string) string
	opts verify.Options
	// code is the one finding expected; "" for none.
	code string
	sev  diag.Severity
	// at is the expected position: "spec:<metric>" (the metric's name in
	// the spec) or "line:<n>" in the exposition.
	at string
	// says are fragments the message must contain.
	says []string
}

func smallMutations() []mutation {
	errorsLine := func(edit func(string) string) func(string) string {
		return func(s string) string { return editLines(s, "small_errors_total", edit) }
	}
	return []mutation{
		{name: "removing a documented metric is one absent-metric error",
			edit: func(s string) string { return removeFamily(s, "small_queue_length") },
			code: "absent-metric", sev: diag.Error, at: "spec:small_queue_length"},
		{name: "adding a metric is one undocumented-metric warning at its TYPE line",
			edit: func(s string) string { return addFamily(s, "small_cache_hits_total") },
			code: "undocumented-metric", sev: diag.Warning, at: "line:37", says: []string{"small_cache_hits_total"}},
		{name: "changing a type is one type-mismatch error",
			edit: func(s string) string { return retype(s, "small_queue_length", "counter") },
			code: "type-mismatch", sev: diag.Error, at: "spec:small_queue_length", says: []string{"declares small_queue_length a gauge", "serves a counter"}},
		{name: "renaming a label is one label-renamed error",
			edit: func(s string) string { return renameLabel(s, "small_errors_total", "code", "error_code") },
			code: "label-renamed", sev: diag.Error, at: "spec:small_errors_total", says: []string{"no label code", "error_code instead"}},
		{name: "a histogram served as a summary says which is which",
			edit: func(s string) string {
				s = removeFamily(s, "small_request_duration_seconds")
				return s + "# HELP small_request_duration_seconds Request duration by operation.\n# TYPE small_request_duration_seconds summary\n" +
					"small_request_duration_seconds{op=\"get\",quantile=\"0.99\"} 0.5\nsmall_request_duration_seconds_sum{op=\"get\"} 4\nsmall_request_duration_seconds_count{op=\"get\"} 10\n"
			},
			code: "type-mismatch", sev: diag.Error, at: "spec:small_request_duration_seconds",
			says: []string{"declares small_request_duration_seconds a histogram", "serves a summary", "histogram_quantile()"}},
		{name: "a value outside the enumeration is one unknown-label-value error",
			edit: func(s string) string {
				return strings.Replace(s, `small_requests_total{op="delete"}`, `small_requests_total{op="list"}`, 1)
			},
			code: "unknown-label-value", sev: diag.Error, at: "spec:small_requests_total", says: []string{`"list"`, "get, put, delete"}},
		{name: "a label no series carries is one missing-label error",
			edit: errorsLine(func(l string) string {
				l = strings.Replace(l, `code="NOT_FOUND",`, "", 1)
				return strings.Replace(l, `code="CONFLICT",`, "", 1)
			}),
			code: "missing-label", sev: diag.Error, at: "spec:small_errors_total", says: []string{"label code"}},
		{name: "an undocumented label is one extra-label warning",
			edit: func(s string) string {
				return strings.Replace(s, "small_queue_length 4", `small_queue_length{shard="1"} 4`, 1)
			},
			code: "extra-label", sev: diag.Warning, at: "spec:small_queue_length", says: []string{"label shard", `"1"`}},
		{name: "other HELP text is one help-differs warning",
			edit: func(s string) string {
				return strings.Replace(s, "# HELP small_queue_length Writes waiting in the queue.", "# HELP small_queue_length Queued writes.", 1)
			},
			code: "help-differs", sev: diag.Warning, at: "spec:small_queue_length", says: []string{"Queued writes."}},
		{name: "HELP that differs only in white space is the same",
			edit: func(s string) string {
				return strings.Replace(s, "# HELP small_queue_length Writes waiting in the queue.", "# HELP small_queue_length Writes  waiting\\nin the queue. ", 1)
			}},
		{name: "other bucket bounds are one buckets-differ warning",
			edit: func(s string) string { return strings.ReplaceAll(s, `le="0.1"`, `le="0.25"`) },
			code: "buckets-differ", sev: diag.Warning, at: "spec:small_request_duration_seconds", says: []string{"[0.01, 0.1, 1]", "[0.01, 0.25, 1]"}},
		{name: "a counter exposed without _total is one absent-metric error naming the exported name",
			edit: func(s string) string {
				return editLines(s, "small_requests_total", func(l string) string {
					return strings.Replace(l, "small_requests_total", "small_requests", 1)
				})
			},
			code: "absent-metric", sev: diag.Error, at: "spec:small_requests_total",
			says: []string{"the exposition has counter small_requests", "must record the exported name small_requests"}},
		{name: "a gauge exposed with a _total the catalogue lacks is one absent-metric error naming the exported name",
			edit: func(s string) string {
				return editLines(s, "small_queue_length", func(l string) string {
					return strings.Replace(l, "small_queue_length", "small_queue_length_total", 1)
				})
			},
			code: "absent-metric", sev: diag.Error, at: "spec:small_queue_length",
			says: []string{"the exposition has gauge small_queue_length_total", "must record the exported name small_queue_length_total"}},
		{name: "an untyped family fits a documented gauge, with an info",
			edit: func(s string) string { return untype(s, "small_queue_length") },
			code: "served-untyped", sev: diag.Info, at: "spec:small_queue_length",
			says: []string{"without a TYPE", "declares it a gauge"}},
		{name: "an untyped family fits a documented counter, with an info",
			edit: func(s string) string { return untype(s, "small_requests_total") },
			code: "served-untyped", sev: diag.Info, at: "spec:small_requests_total",
			says: []string{"without a TYPE", "declares it a counter"}},
		{name: "families the spec ignores are not reported",
			edit: func(s string) string { return addFamily(s, "process_open_fds_total") }},
		{name: "families --ignore names are not reported",
			edit: func(s string) string { return addFamily(s, "noise_events_total") },
			opts: verify.Options{Ignore: []string{"noise_*"}}},
		{name: "up, target_info and _created families are not catalogue metrics",
			edit: func(s string) string {
				return s + "# TYPE up gauge\nup 1\n# TYPE target_info gauge\ntarget_info{env=\"x\"} 1\n" +
					"# TYPE small_requests_created gauge\nsmall_requests_created{op=\"get\"} 1.7e+09\n"
			}},
	}
}

// untype drops the # TYPE line of family name, as exporters that serve
// families untyped do.
func untype(text, name string) string {
	return editLines(text, name, func(l string) string {
		if strings.HasPrefix(l, "# TYPE") {
			return ""
		}
		return l
	})
}

func TestEachMutationGivesExactlyTheOneMatchingFinding(t *testing.T) {
	c, src := loadSpec(t, "testdata/small")
	base := readText(t, "testdata/small.prom")
	var all strings.Builder
	for _, m := range smallMutations() {
		t.Run(m.name, func(t *testing.T) {
			text := m.edit(base)
			r := check(t, c, "small.prom", text, m.opts)
			assertOne(t, c, r, m)
			src := copySources(src)
			src["small.prom"] = []byte(text)
			fmt.Fprintf(&all, "## %s\n%s\n", m.name, render(t, r, src))
		})
	}
	golden.Check(t, "testdata/golden/small-mutations.txt", []byte(all.String()))
}

func copySources(src diag.Sources) diag.Sources {
	out := diag.Sources{}
	for k, v := range src {
		out[k] = v
	}
	return out
}

// assertOne checks that r has exactly the finding m expects.
func assertOne(t *testing.T, c *catalogue.Catalogue, r verify.Result, m mutation) {
	t.Helper()
	if m.code == "" {
		if len(r.Diags) != 0 {
			t.Fatalf("want no finding, got:\n%v", r.Diags)
		}
		return
	}
	if len(r.Diags) != 1 {
		t.Fatalf("want exactly one %s, got %d:\n%v", m.code, len(r.Diags), r.Diags)
	}
	d := r.Diags[0]
	if d.Code != m.code || d.Severity != m.sev {
		t.Errorf("got %s %s, want %s %s: %s", d.Severity, d.Code, m.sev, m.code, d)
	}
	for _, s := range m.says {
		if !strings.Contains(d.Message, s) {
			t.Errorf("message %q lacks %q", d.Message, s)
		}
	}
	if m.at == "" {
		return
	}
	kind, what, _ := strings.Cut(m.at, ":")
	switch kind {
	case "spec":
		want := c.At(c.Metric(what).Pos, "name")
		if d.Pos != want {
			t.Errorf("at %s, want the spec's %s name at %s", d.Pos, what, want)
		}
	case "line":
		if got := fmt.Sprint(d.Pos.Line); got != what || d.Pos.File != "small.prom" {
			t.Errorf("at %s, want small.prom line %s", d.Pos, what)
		}
	}
}

func TestCapturedExporterOutputMatchesTheGolden(t *testing.T) {
	for _, name := range []string{"node-exporter", "prometheus"} {
		t.Run(name, func(t *testing.T) {
			c, src := loadSpec(t, filepath.Join("testdata", name))
			file := filepath.Join("testdata", name+".prom")
			text := readText(t, file)
			r := check(t, c, file, text, verify.Options{})
			if r.Diags.HasErrors() || r.Coverage.Documented != r.Coverage.DocumentedPresent {
				t.Errorf("the captured %s exposition does not cover its catalogue:\n%v\n%s", name, r.Diags, r.Coverage)
			}
			src[file] = []byte(text)
			golden.Check(t, filepath.Join("testdata", "golden", name+".txt"), []byte(render(t, r, src)))
		})
	}
}

func TestComponentLimitsWhatIsExpected(t *testing.T) {
	c, _ := loadSpec(t, "../../specs/stemedb")
	var cluster []string
	for _, g := range c.MetricGroups {
		for _, comp := range g.Components {
			if comp == "stemedb-cluster" {
				for _, m := range g.Metrics {
					cluster = append(cluster, m.Name)
				}
			}
		}
	}
	if len(cluster) == 0 {
		t.Skip("stemedb has no cluster-only metrics any more")
	}
	// An exposition with nothing but the cluster-only metrics.
	var b strings.Builder
	for _, n := range cluster {
		m := c.Metric(n)
		if m.Type == catalogue.Histogram || m.Type == catalogue.Summary || len(m.Labels) > 0 {
			continue
		}
		fmt.Fprintf(&b, "# TYPE %s %s\n%s 1\n", n, m.Type, n)
	}
	api := check(t, c, "x", b.String(), verify.Options{Component: "stemedb-api"})
	for _, d := range api.Diags {
		if d.Code == "undocumented-metric" {
			t.Errorf("a metric documented for another component is reported undocumented: %s", d)
		}
	}
	all := check(t, c, "x", b.String(), verify.Options{})
	if api.Coverage.Documented >= all.Coverage.Documented {
		t.Errorf("--component stemedb-api expects %d metrics, no fewer than all components (%d)", api.Coverage.Documented, all.Coverage.Documented)
	}
}
