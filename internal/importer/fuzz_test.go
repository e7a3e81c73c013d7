package importer_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/importer"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/verify"
)

// FuzzAnyExpositionImportsToAValidSpec feeds arbitrary text through
// Parse, Verify and Import: nothing panics, and whatever parses imports to
// a spec the loader accepts without errors (with --enumerate for the
// OpenMetrics reading, without for the text one). `go test` runs the seeds;
// `go test -fuzz FuzzAny ./internal/importer` explores.
func FuzzAnyExpositionImportsToAValidSpec(f *testing.F) {
	for _, file := range []string{"../verify/testdata/small.prom", "../verify/testdata/small.om", "testdata/edge.prom", "testdata/node-debian.prom"} {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", "\n", "# EOF\n", "a 1\n", "a{b=\"\\\"\"} 1\n", "# TYPE x counter\nx 1\n", "# TYPE x info\n# EOF\n",
		"{\"a.b\"} 1\n", "# HELP x a\\nb\nx 1\n", "x{le=\"1\"} 1\n", "# TYPE x summary\nx_sum 1\n", "_ 1\n", ": 1\n",
		"# TYPE __x gauge\n__x 1\n", "x{__y=\"1\"} 1\n", "x{a=\"\xff\"} 1\n", "# HELP x \xff\nx 1\n",
	} {
		f.Add([]byte(s))
	}
	c, diags, _ := specload.Load("../verify/testdata/small", specload.Options{})
	if diags.HasErrors() {
		f.Fatal(diags)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []exposition.Format{exposition.Text, exposition.OpenMetrics} {
			e, err := exposition.Parse("fuzz", data, format)
			if err != nil {
				continue
			}
			_ = verify.Verify(c, e, verify.Options{Ignore: []string{"go_*"}})
			spec, err := importer.Import(e, importer.Options{Service: "fuzz", Enumerate: format == exposition.OpenMetrics})
			if err != nil {
				t.Fatalf("import: %v", err)
			}
			dir := filepath.Join(t.TempDir(), "fuzz")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "spec.yaml"), spec, 0o644); err != nil {
				t.Fatal(err)
			}
			if _, diags, _ := specload.Load(dir, specload.Options{}); diags.HasErrors() {
				t.Fatalf("the imported spec has errors:\n%v\nexposition:\n%q\nspec:\n%s", diags, data, spec)
			}
		}
	})
}

// FuzzAnyRuleFileOrDashboardImportsWithoutPanicking feeds arbitrary bytes
// to import --rules and --dashboard, which read files teams download: no
// panic, and a spec they write without an error decodes with no error of
// its own making (its expressions are the file's, which lint judges).
func FuzzAnyRuleFileOrDashboardImportsWithoutPanicking(f *testing.F) {
	for _, file := range []string{"testdata/rules/prometheusrule.yaml", "testdata/dashboards/modern.json",
		"../../testdata/mixins/nginx-files/dashboard.json", "../../testdata/mixins/nginx-files/knyar-nginx-exporter.yml"} {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{"", "groups: [{}]", "groups: [{name: a, rules: [{alert: A, expr: '1', for: 1x}]}]",
		`{"panels": [{"type": "row", "panels": [{"type": "stat", "targets": [{"expr": "x"}]}]}]}`, `{"dashboard": {"rows": [{}]}}`,
		"spec: {groups: [{name: g, labels: {a: [1]}, rules: [{record: r, expr: x, annotations: {}}]}]}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// An empty rule file is nothing to import: no spec.
		if res, err := importer.ImportRules("fuzz.yaml", data, "fuzz", "somewhere"); err == nil && !res.Diags.HasErrors() && res.Spec != nil {
			loadsAsASpec(t, res.Spec)
		}
		if res, err := importer.ImportDashboard("fuzz.json", data, "fuzz", ""); err == nil {
			loadsAsASpec(t, res.Spec)
		}
	})
}

// loadsAsASpec fails when an imported spec does not decode: only what the
// file wrote (an expression, a name) may be an error of its.
func loadsAsASpec(t *testing.T, spec []byte) {
	t.Helper()
	_, diags := specload.LoadBytes("fuzz.yaml", spec)
	for _, d := range diags.AtLeast(diag.Error) {
		switch d.Code {
		case "promql-syntax", "bad-name", "missing-field", "bad-value", "duplicate-name", "bad-template", "bad-duration",
			"unknown-ref", "unknown-metric", "unknown-label", "unknown-job", "rate-on-gauge", "histogram-quantile-input",
			"delta-on-counter", "grouping-label", "binary-no-match", "bad-label-value", "bad-link", "hidden-character":
		default:
			t.Errorf("the imported spec does not decode: %v\n%s", d, spec)
		}
	}
}
