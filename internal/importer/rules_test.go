package importer_test

import (
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/importer"
	"github.com/obsgen/obsgen/internal/lint"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
	"go.yaml.in/yaml/v3"
)

// sameRules reports how the rules of want differ from got's, group by
// group, as Prometheus reads them.
func sameRules(t *testing.T, got, want []rulefmt.RuleGroup) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d groups, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Name != w.Name || g.Interval != w.Interval || len(g.Rules) != len(w.Rules) {
			t.Errorf("group %q (%s, %d rules), want %q (%s, %d rules)", g.Name, g.Interval, len(g.Rules), w.Name, w.Interval, len(w.Rules))
			continue
		}
		for j := range w.Rules {
			a, b := g.Rules[j], w.Rules[j]
			if a.Alert != b.Alert || a.Record != b.Record || a.Expr != b.Expr || a.For != b.For || a.KeepFiringFor != b.KeepFiringFor ||
				!maps.Equal(a.Labels, b.Labels) || !maps.Equal(a.Annotations, b.Annotations) {
				t.Errorf("group %q rule %d:\n got %+v\nwant %+v", g.Name, j, a, b)
			}
		}
	}
}

// ruleFiles returns the rule groups of the Prometheus rule files the
// prometheus generator writes for c, as Prometheus reads them, and the
// files' text.
func ruleFiles(t *testing.T, c *catalogue.Catalogue) ([]rulefmt.RuleGroup, []byte) {
	t.Helper()
	var groups []rulefmt.RuleGroup
	var text []byte
	for _, f := range testtool.Generate(t, prometheus.Generator{}, c) {
		if base := filepath.Base(f.Path); base != "alerts.yaml" && base != "recording.yaml" {
			continue
		}
		parsed, errs := rulefmt.Parse(f.Data, false, model.UTF8Validation, promql.Parser, slog.New(slog.DiscardHandler))
		if len(errs) > 0 {
			t.Fatalf("generated %s: %v", f.Path, errs)
		}
		groups = append(groups, parsed.Groups...)
		text = append(text, "---\n"...)
		text = append(text, f.Data...)
	}
	return groups, text
}

func TestRulesImportedFromTheirRuleFilesGenerateTheSameRules(t *testing.T) {
	// The node-mixin's alerts and recording rules, adopted verbatim into
	// the real-world node catalogue: the rule files generated from it,
	// imported beside its metrics instead of its rules, lint clean and
	// generate the same rules, as Prometheus reads them.
	real := filepath.Join(testtool.Root(t), "testdata", "realworld", "node")
	want, text := ruleFiles(t, testtool.Load(t, real))
	if len(want) == 0 {
		t.Fatal("the node catalogue generates no rules")
	}
	res, err := importer.ImportRules("node-rules.yaml", text, "node", "prometheus/node_exporter docs/node-mixin a7dcc3a0 (Apache 2.0)")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diags) != 0 {
		t.Fatalf("diagnostics:\n%v", res.Diags)
	}
	files := map[string][]byte{"node/rules.yaml": res.Spec}
	for _, name := range []string{"node/service.yaml", "node/metrics.yaml", "node/dashboards.yaml", "organisation.yaml"} {
		data, err := os.ReadFile(filepath.Join(filepath.Dir(real), name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = data
	}
	dir := filepath.Join(testtool.WriteTree(t, files), "node")
	loaded, err := pipeline.Load(pipeline.Options{Specs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Diags.HasErrors() || len(loaded.Catalogues) != 1 {
		t.Fatalf("the imported rules do not lint clean:\n%v", loaded.Diags.AtLeast(diag.Error))
	}
	got, _ := ruleFiles(t, loaded.Catalogues[0])
	sameRules(t, got, want)
}

func TestImportingPrometheusRuleResourcesSplitsMergesAndReportsWhatItLeavesOut(t *testing.T) {
	const src = "testdata/rules/prometheusrule.yaml"
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.ImportRules(src, data, "node", "")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/rules/prometheusrule.golden", specAndDiags(res.Spec, res.Diags))
	// Group labels go to each rule; the rule's own win, as in Prometheus.
	var spec struct {
		AlertGroups []struct {
			Name  string
			Rules []struct {
				Alert  string
				Labels map[string]string
			}
		} `yaml:"alert_groups"`
		RecordingGroups []struct {
			Name  string
			Rules []struct {
				Record string
				Labels map[string]string
			}
		} `yaml:"recording_groups"`
	}
	if err := yaml.Unmarshal(res.Spec, &spec); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, g := range spec.AlertGroups {
		names = append(names, "alerts "+g.Name)
	}
	for _, g := range spec.RecordingGroups {
		names = append(names, "records "+g.Name)
	}
	if want := []string{"alerts node", "alerts node-2", "records node-records"}; !slices.Equal(names, want) {
		t.Errorf("groups %v, want %v", names, want)
	}
	if got := spec.AlertGroups[0].Rules[0].Labels["team"]; got != "sre" {
		t.Errorf("NodeDown's team is %q, want its own sre over the group's infra", got)
	}
	if got := spec.RecordingGroups[0].Rules[0].Labels["team"]; got != "infra" {
		t.Errorf("the recording rule's team is %q, want the group's infra", got)
	}
	if n := len(res.Diags); !res.Diags.HasErrors() || n != 7 {
		t.Errorf("%d diagnostics, want 7 with errors (the rules Prometheus refuses)", n)
	}
}

func TestImportingAFileWithoutRuleGroupsSaysSo(t *testing.T) {
	// An empty file is nothing to import (TestAnEmptyRuleFileIsNothingToImport).
	for _, data := range []string{"a: 1\n", "groups: 3\n", "kind: PrometheusRule\nspec: {}\n", "[1, 2]\n"} {
		if _, err := importer.ImportRules("x.yaml", []byte(data), "x", ""); err == nil {
			t.Errorf("%q: no error", data)
		}
	}
	if _, err := importer.ImportRules("x.yaml", []byte("groups: [\n"), "x", ""); err == nil {
		t.Error("broken YAML: no error")
	}
}

func TestARuleFileReadsThroughAnchorsAndMergeKeysAsPrometheusDoes(t *testing.T) {
	const src = "testdata/rules/anchors.yaml"
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.ImportRules(src, data, "s", "")
	if err != nil || len(res.Diags) != 0 {
		t.Fatalf("import: %v %v", err, res.Diags)
	}
	c, diags := specload.LoadBytes("rules.yaml", res.Spec)
	if c == nil || diags.HasErrors() {
		t.Fatalf("the spec does not load: %v", diags)
	}
	published, errs := rulefmt.Parse(data, false, model.UTF8Validation, promql.Parser, slog.New(slog.DiscardHandler))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := published.Groups[0].Rules
	got := c.AlertGroups[0].Rules
	if len(got) != len(want) {
		t.Fatalf("%d rules, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Alert != want[i].Alert || got[i].Expr.Text != want[i].Expr || model.Duration(got[i].For) != want[i].For ||
			!maps.Equal(got[i].Labels, want[i].Labels) || !maps.Equal(got[i].Annotations, want[i].Annotations) {
			t.Errorf("rule %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func TestAnEmptyRuleFileIsNothingToImport(t *testing.T) {
	for _, data := range []string{"", "# no rules\n", "groups: []\n", "groups:\n"} {
		res, err := importer.ImportRules("r.yaml", []byte(data), "x", "")
		if err != nil || res.Spec != nil || len(res.Diags) != 1 {
			t.Errorf("%q: error %v, spec %q, diagnostics %v", data, err, res.Spec, res.Diags)
		}
	}
	for _, data := range []string{"groups: 5\n", "rules: []\n", "title: x\n"} {
		if _, err := importer.ImportRules("r.yaml", []byte(data), "x", ""); err == nil {
			t.Errorf("%q: no error for a file of no rule groups that is not empty", data)
		}
	}
}

func TestAnExplicitForOfZeroStaysWrittenAndDeliberate(t *testing.T) {
	// awesome-prometheus-alerts writes for: 0m on alerts meant to fire at
	// once; an import that dropped it drew alert-no-for on each.
	const src = "groups:\n  - name: g\n    rules:\n      - {alert: Now, expr: 'up == 0', for: 0m}\n      - {alert: Unset, expr: 'up == 0'}\n"
	res, err := importer.ImportRules("r.yaml", []byte(src), "s", "")
	if err != nil || len(res.Diags) != 0 {
		t.Fatalf("import: %v %v", err, res.Diags)
	}
	c, diags := specload.LoadBytes("rules.yaml", res.Spec)
	if c == nil || diags.HasErrors() {
		t.Fatalf("the spec does not load: %v\n%s", diags, res.Spec)
	}
	rules := c.AlertGroups[0].Rules
	if !rules[0].ForWritten || rules[0].For != 0 || rules[1].ForWritten {
		t.Errorf("for written: %v %v, want true false\n%s", rules[0].ForWritten, rules[1].ForWritten, res.Spec)
	}
	var noFor []string
	for _, d := range lint.Run(c) {
		if d.Code == "alert-no-for" {
			noFor = append(noFor, d.Message)
		}
	}
	if len(noFor) != 1 || !strings.Contains(noFor[0], "alert Unset ") {
		t.Errorf("alert-no-for: %q, want one, on Unset", noFor)
	}
}
