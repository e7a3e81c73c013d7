package mixin

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-jsonnet"
	"github.com/google/go-jsonnet/formatter"
	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
	"go.yaml.in/yaml/v3"
)

// variantsSpec holds one alert with a warning and a critical variant.
const variantsSpec = "../../internal/catalogue/testdata/variants"

// catalogues are the inputs every round-trip test checks.
var catalogues = map[string]string{
	"test spec": "testdata/spec",
	"variants":  variantsSpec,
	"rstmdb":    "../../specs/rstmdb",
	"stemedb":   "../../specs/stemedb",
	// The etcd mixin's alerts adopted verbatim.
	"etcd": "../../testdata/realworld/etcd",
}

// TestAMixinSaysWhichRulesItsSelectorsLeaveAsAdopted: an etcd mixin's
// job=~".*etcd.*" is no selector of this service's jobs; a user setting
// _config.selectors must learn that those rules keep it.
func TestAMixinSaysWhichRulesItsSelectorsLeaveAsAdopted(t *testing.T) {
	src := string(generate(t, catalogues["etcd"]).mixin["mixin.libsonnet"])
	if !strings.Contains(src, "_config.selectors does not change them") || !strings.Contains(src, "//   etcd (from etcd-io/etcd contrib/mixin") {
		t.Errorf("the header does not name the adopted group:\n%s", src[:min(len(src), 2000)])
	}
	if src := string(generate(t, catalogues["rstmdb"]).mixin["mixin.libsonnet"]); strings.Contains(src, "adopted verbatim") {
		t.Errorf("a mixin without adopted rules speaks of them")
	}
}

// generated holds one catalogue's mixin and the files it must reproduce.
type generated struct {
	c      *catalogue.Catalogue
	mixin  map[string][]byte // by name inside mixin/
	others map[string][]byte // the prometheus and grafana generators' files, by path under <service>/
}

func generate(t *testing.T, dir string) generated {
	t.Helper()
	c := testtool.Load(t, dir)
	g := generated{c: c, mixin: testtool.Files(t, Generator{}, c, c.Service.Name+"/mixin/"), others: map[string][]byte{}}
	for _, gen := range []generators.Generator{prometheus.Generator{}, grafana.Generator{}} {
		for name, data := range testtool.Files(t, gen, c, c.Service.Name+"/") {
			g.others[name] = data
		}
	}
	return g
}

// evaluate runs a snippet next to the mixin with plain go-jsonnet: no
// obsgen library path, importer or limits.
func evaluate(t *testing.T, dir, snippet string) map[string]any {
	t.Helper()
	vm := jsonnet.MakeVM()
	vm.Importer(&jsonnet.FileImporter{})
	out, err := vm.EvaluateAnonymousSnippet(filepath.Join(dir, "main.jsonnet"), snippet)
	if err != nil {
		t.Fatalf("go-jsonnet: %v", err)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// mixinSnippet evaluates the mixin's three outputs, with overrides.
func mixinSnippet(dir, overrides string) string {
	return "local m = (import '" + filepath.ToSlash(filepath.Join(dir, "mixin.libsonnet")) + "') + " + overrides + ";\n" +
		"{ alerts: m.prometheusAlerts, rules: m.prometheusRules, dashboards: m.grafanaDashboards }"
}

// generic decodes YAML or JSON into plain values, numbers as JSON has them.
func generic(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(j, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGeneratedFilesMatchTheGoldenFiles(t *testing.T) {
	golden.CheckDir(t, "testdata/golden", generate(t, "testdata/spec").mixin)
}

func TestTheMixinEvaluatesToExactlyTheGeneratedRulesAndDashboards(t *testing.T) {
	for name, spec := range catalogues {
		t.Run(name, func(t *testing.T) {
			g := generate(t, spec)
			dir := testtool.WriteTree(t, g.mixin)
			got := evaluate(t, dir, mixinSnippet(dir, "{}"))
			for _, part := range []struct {
				key   string
				files []string
			}{{"alerts", []string{"prometheus/alerts.yaml"}}, {"rules", []string{"prometheus/recording.yaml", "prometheus/slos.yaml"}}} {
				groups := []any{}
				for _, file := range part.files {
					if data, ok := g.others[file]; ok {
						groups = append(groups, generic(t, data).(map[string]any)["groups"].([]any)...)
					}
				}
				want := any(map[string]any{"groups": groups})
				if !reflect.DeepEqual(got[part.key], want) {
					t.Errorf("%s differ from %s:\n got %v\nwant %v", part.key, part.files, got[part.key], want)
				}
			}
			dashboards, _ := got["dashboards"].(map[string]any)
			n := 0
			for path, data := range g.others {
				uid, ok := strings.CutPrefix(path, "grafana/dashboards/")
				if !ok {
					continue
				}
				n++
				var want any
				if err := json.Unmarshal(data, &want); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(dashboards[uid], want) {
					t.Errorf("grafanaDashboards[%q] differs from %s", uid, path)
				}
				if !bytes.Equal(g.mixin["dashboards/"+uid], data) {
					t.Errorf("mixin/dashboards/%s is not the grafana generator's file", uid)
				}
			}
			if len(dashboards) != n {
				t.Errorf("%d dashboards in the mixin, %d generated", len(dashboards), n)
			}
		})
	}
}

func TestTheMixinsRulesDecodeStrictlyWithRulefmt(t *testing.T) {
	for name, spec := range catalogues {
		t.Run(name, func(t *testing.T) {
			g := generate(t, spec)
			dir := testtool.WriteTree(t, g.mixin)
			got := evaluate(t, dir, mixinSnippet(dir, "{}"))
			for _, key := range []string{"alerts", "rules"} {
				data, err := json.Marshal(got[key])
				if err != nil {
					t.Fatal(err)
				}
				if _, errs := rulefmt.Parse(data, false, model.UTF8Validation, promql.Parser, slog.New(slog.DiscardHandler)); len(errs) > 0 {
					t.Errorf("%s: rulefmt rejects it: %v", key, errs)
				}
			}
		})
	}
}

// rulesByName maps alert and record names to their evaluated rules.
func rulesByName(v any) map[string]map[string]any {
	out := map[string]map[string]any{}
	groups, _ := v.(map[string]any)["groups"].([]any)
	for _, g := range groups {
		rules, _ := g.(map[string]any)["rules"].([]any)
		for _, r := range rules {
			rule := r.(map[string]any)
			name, _ := rule["alert"].(string)
			if name == "" {
				name, _ = rule["record"].(string)
			}
			out[name] = rule
		}
	}
	return out
}

func TestConfigChangesExactlyWhatItNames(t *testing.T) {
	g := generate(t, "testdata/spec")
	dir := testtool.WriteTree(t, g.mixin)
	base := rulesByName(evaluate(t, dir, mixinSnippet(dir, "{}"))["alerts"])
	overrides := `{ _config+:: {
		datasource: 'Prometheus (prod)',
		selectors+: { shop: 'job="shop", namespace="prod"' },
		thresholds+: { ShopHighErrorRate: 50, ShopSlow: 0.5 },
	} }`
	got := evaluate(t, dir, mixinSnippet(dir, overrides))
	rules := rulesByName(got["alerts"])
	want := map[string]string{
		"ShopDown":          `up{job="shop", namespace="prod"} == 0`,
		"ShopHighErrorRate": `sum by (op) (rate(shop_requests_errors_total{job="shop", namespace="prod"}[5m])) > 50`,
		"ShopSlow":          "histogram_quantile(0.99,\n  sum by (le) (rate(shop_request_duration_seconds_bucket[5m])))\n  >= 0.5",
	}
	for name, expr := range want {
		if rules[name]["expr"] != expr {
			t.Errorf("%s: expr %q, want %q", name, rules[name]["expr"], expr)
		}
		changed := map[string]any{}
		for k, v := range rules[name] {
			changed[k] = v
		}
		changed["expr"] = base[name]["expr"]
		if !reflect.DeepEqual(changed, base[name]) {
			t.Errorf("%s: more than its expression changed: %v, was %v", name, rules[name], base[name])
		}
	}
	dash := got["dashboards"].(map[string]any)["shop-overview.json"].(map[string]any)
	for _, v := range dash["templating"].(map[string]any)["list"].([]any) {
		variable := v.(map[string]any)
		current, _ := variable["current"].(map[string]any)
		if variable["type"] == "datasource" && (current == nil || current["text"] != "Prometheus (prod)") {
			t.Errorf("the datasource variable does not select the configured datasource: %v", variable)
		}
	}
	// The changed rules are still rules Prometheus accepts.
	promtool := testtool.Require(t, "promtool")
	data, err := yaml.Marshal(got["alerts"])
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "alerts.yaml")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(promtool, "check", "rules", file).CombinedOutput(); err != nil {
		t.Errorf("promtool check rules: %v\n%s", err, out)
	}
}

func TestThresholdsAndSelectorsAreFoundWhereTheyAre(t *testing.T) {
	cfg, exprs := configure(generate(t, "testdata/spec").c)
	if got := cfg.Thresholds; !reflect.DeepEqual(got, map[string]float64{"ShopHighErrorRate": 10, "ShopSlow": 0.25, "ShopOverloaded": 2000}) {
		t.Errorf("thresholds %v: want one per alert that compares with a number (not ShopDown's == 0)", got)
	}
	if got := cfg.Selectors; !reflect.DeepEqual(got, map[string]string{"shop": `job="shop"`}) {
		t.Errorf("selectors %v", got)
	}
	if cfg.Datasource != nil {
		t.Errorf("datasource %q: want null, the viewer's choice", *cfg.Datasource)
	}
	for name, segs := range exprs {
		var b strings.Builder
		for _, s := range segs {
			switch v := s.(type) {
			case string:
				b.WriteString(v)
			case thresholdRef:
				b.WriteString(v.Text)
			case selectorRef:
				b.WriteString(cfg.Selectors[v.Selector])
			}
		}
		if want := strings.TrimSpace(generate(t, "testdata/spec").c.Alert(name).Expr.Text); b.String() != want {
			t.Errorf("%s: the segments join to %q, want %q", name, b.String(), want)
		}
	}
}

func TestMixinLibsonnetIsFormattedAsJsonnetfmtWould(t *testing.T) {
	for name, spec := range catalogues {
		t.Run(name, func(t *testing.T) {
			src := string(generate(t, spec).mixin["mixin.libsonnet"])
			got, err := formatter.Format("mixin.libsonnet", src, formatter.DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			if got != src {
				t.Errorf("jsonnetfmt would change mixin.libsonnet:\n%s", golden.Diff(src, got))
			}
		})
	}
}

func TestJsonnetfileIsWhatJsonnetBundlerReads(t *testing.T) {
	data := generate(t, "testdata/spec").mixin["jsonnetfile.json"]
	// jsonnet-bundler's spec/v1 file model.
	var f struct {
		Version       uint              `json:"version"`
		Dependencies  []json.RawMessage `json:"dependencies"`
		LegacyImports bool              `json:"legacyImports"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		t.Fatal(err)
	}
	if f.Version != 1 || f.Dependencies == nil || len(f.Dependencies) != 0 || !f.LegacyImports {
		t.Errorf("jsonnetfile.json %s: want version 1, dependencies [], legacyImports true", data)
	}
}

func TestACatalogueWithoutRulesOrDashboardsYieldsAnEmptyMixin(t *testing.T) {
	c, diags := specload.LoadBytes("mem.yaml", []byte("apiVersion: obsgen.dev/v1\nservice:\n  name: bare\n"))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	files, err := Generator{}.Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	g := generated{c: c, mixin: map[string][]byte{}}
	for _, f := range files {
		g.mixin[strings.TrimPrefix(f.Path, "bare/mixin/")] = f.Data
	}
	dir := testtool.WriteTree(t, g.mixin)
	got := evaluate(t, dir, mixinSnippet(dir, "{}"))
	want := map[string]any{
		"alerts":     map[string]any{"groups": []any{}},
		"rules":      map[string]any{"groups": []any{}},
		"dashboards": map[string]any{},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestEachVariantHasItsOwnThresholdInConfig(t *testing.T) {
	g := generate(t, variantsSpec)
	cfg, exprs := configure(g.c)
	want := map[string]float64{`WarehouseDiskFull{severity="warning"}`: 80, `WarehouseDiskFull{severity="critical"}`: 90}
	if !reflect.DeepEqual(cfg.Thresholds, want) {
		t.Errorf("thresholds %v, want %v", cfg.Thresholds, want)
	}
	if len(exprs) != 2 {
		t.Errorf("%d expressions, want one per variant: %v", len(exprs), exprs)
	}
	dir := testtool.WriteTree(t, g.mixin)
	got := evaluate(t, dir, mixinSnippet(dir, `{ _config+:: { thresholds+: { 'WarehouseDiskFull{severity="critical"}': 95 } } }`))
	var exprsGot []string
	for _, grp := range got["alerts"].(map[string]any)["groups"].([]any) {
		for _, r := range grp.(map[string]any)["rules"].([]any) {
			exprsGot = append(exprsGot, r.(map[string]any)["expr"].(string))
		}
	}
	if wantExprs := []string{"warehouse_disk_used_percent > 80", "warehouse_disk_used_percent > 95"}; !reflect.DeepEqual(exprsGot, wantExprs) {
		t.Errorf("with the critical threshold at 95 the rules read %q, want %q", exprsGot, wantExprs)
	}
}

func TestJsonnetAndGoNameAVariantAlike(t *testing.T) {
	labels := map[string]string{"severity": "critical", "team": `a"b\c<d>&`, "zone": "é 1"}
	want := "X" + catalogue.LabelSelector(labels)
	data, err := json.Marshal(labels)
	if err != nil {
		t.Fatal(err)
	}
	snippet := `local labels = ` + string(data) + `;
{ key: 'X' + '{' + std.join(', ', ['%s=%s' % [k, std.escapeStringJson(labels[k])] for k in std.objectFields(labels)]) + '}' }`
	vm := jsonnet.MakeVM()
	out, err := vm.EvaluateAnonymousSnippet("key.jsonnet", snippet)
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Key string }
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Key != want {
		t.Errorf("Jsonnet names the variant %s, Go %s", got.Key, want)
	}
	if !strings.Contains(string(generate(t, variantsSpec).mixin["mixin.libsonnet"]), "std.escapeStringJson(labels[k])] for k in std.objectFields(labels)") {
		t.Error("mixin.libsonnet no longer computes the key as this test does")
	}
}
