package specload

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
	"github.com/obsgen/obsgen/internal/validate"
)

var (
	posType  = reflect.TypeFor[catalogue.Pos]()
	exprType = reflect.TypeFor[catalogue.Expr]()
)

// field is a struct field by its YAML key.
type field struct {
	index int
	key   string
}

// yamlFields lists the fields of a struct type that a spec writes, by key.
func yamlFields(t reflect.Type) []field {
	var out []field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if key != "" && key != "-" && f.IsExported() {
			out = append(out, field{i, key})
		}
	}
	return out
}

// joinPath is a path as the decoder writes it.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// diffCatalogues lists where two catalogues differ, ignoring positions.
// Lists of named items are matched by identity, so a path names the item
// (rules[alert ShopDown]) rather than its index.
func diffCatalogues(a, b *catalogue.Catalogue) []string {
	var out []string
	diffValues(reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem(), "", a.Service.Name, &out)
	sort.Strings(out)
	return out
}

func diffValues(a, b reflect.Value, path, svc string, out *[]string) {
	t := a.Type()
	switch {
	case t == posType:
		return
	case t == exprType:
		if a.Interface().(catalogue.Expr).Text != b.Interface().(catalogue.Expr).Text {
			*out = append(*out, path)
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		switch {
		case a.IsNil() && b.IsNil():
		case a.IsNil() || b.IsNil():
			*out = append(*out, path)
		default:
			diffValues(a.Elem(), b.Elem(), path, svc, out)
		}
	case reflect.Struct:
		for _, f := range yamlFields(t) {
			diffValues(a.Field(f.index), b.Field(f.index), joinPath(path, f.key), svc, out)
		}
	case reflect.Slice:
		id, named := catalogue.IdentityOf(t.Elem())
		if !named {
			if a.Len() != b.Len() {
				*out = append(*out, path)
				return
			}
			var inner []string
			for i := 0; i < a.Len(); i++ {
				diffValues(a.Index(i), b.Index(i), path, svc, &inner)
			}
			if len(inner) > 0 {
				*out = append(*out, path)
			}
			return
		}
		items := func(v reflect.Value) map[string]reflect.Value {
			m := map[string]reflect.Value{}
			for i := 0; i < v.Len(); i++ {
				m[id.Name(v.Index(i), svc)] = v.Index(i)
			}
			return m
		}
		am, bm := items(a), items(b)
		for name, av := range am {
			bv, ok := bm[name]
			if !ok {
				*out = append(*out, fmt.Sprintf("%s[%s] removed", path, name))
				continue
			}
			diffValues(av, bv, fmt.Sprintf("%s[%s]", path, name), svc, out)
		}
		for name := range bm {
			if _, ok := am[name]; !ok {
				*out = append(*out, fmt.Sprintf("%s[%s] added", path, name))
			}
		}
	case reflect.Map:
		keys := map[string]bool{}
		for _, k := range a.MapKeys() {
			keys[k.String()] = true
		}
		for _, k := range b.MapKeys() {
			keys[k.String()] = true
		}
		for k := range keys {
			av, bv := a.MapIndex(reflect.ValueOf(k)), b.MapIndex(reflect.ValueOf(k))
			if av.IsValid() != bv.IsValid() || (av.IsValid() && av.Interface() != bv.Interface()) {
				*out = append(*out, joinPath(path, k))
			}
		}
	default:
		if a.Interface() != b.Interface() {
			*out = append(*out, path)
		}
	}
}

const shop = "testdata/overlays/shop"

// loadEnv loads the shop fixture in an environment, failing on errors.
func loadEnv(t *testing.T, env string) *catalogue.Catalogue {
	t.Helper()
	c, diags, src := Load(shop, Options{Env: env})
	if diags.HasErrors() {
		t.Fatalf("environment %q has errors:\n%s", env, render(t, diags, src))
	}
	return c
}

func TestAnOverlayChangesExactlyTheFieldsItNames(t *testing.T) {
	cases := []struct {
		env  string
		want []string
	}{
		{"prod", []string{
			"alert_groups[shop].rules[alert ShopHighErrorRate].expr",
			"alert_groups[shop].rules[alert ShopHighErrorRate].for",
			"alert_groups[shop].rules[alert ShopHighErrorRate].labels.severity",
			"alert_groups[shop].rules[alert ShopHighLatency].annotations.runbook_url",
			"alert_groups[shop].rules[alert ShopHighLatency].annotations.summary",
			"alert_groups[shop].rules[alert ShopNoTraffic] added",
			"scrape.targets[static shop].interval",
			"scrape.targets[static shop].static",
		}},
		{"staging", []string{
			"alert_groups[shop].rules[alert ShopDown].labels.severity",
			"alert_groups[shop].rules[alert ShopDown].labels.team",
			"alert_groups[shop].rules[alert ShopHighErrorRate].annotations.runbook_url",
			"alert_groups[shop].rules[alert ShopHighLatency] removed",
			"dashboards[shop-overview].refresh",
			"scrape.targets[static shop].static",
		}},
	}
	base := loadEnv(t, "")
	for _, tc := range cases {
		t.Run(tc.env, func(t *testing.T) {
			got := diffCatalogues(base, loadEnv(t, tc.env))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("the %s overlay changed:\n  %s\nwant:\n  %s", tc.env, strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestOverlaidValuesHaveTheirValuesAndKeepTheRest(t *testing.T) {
	prod := loadEnv(t, "prod")
	r := prod.Alert("ShopHighErrorRate")
	if r == nil {
		t.Fatal("ShopHighErrorRate is missing")
	}
	if r.Labels["team"] != "shop" || r.Labels["severity"] != "critical" || r.For.String() != "10m" {
		t.Errorf("merged rule: labels %v, for %s", r.Labels, r.For)
	}
	if r.Annotations["summary"] != "High error rate" {
		t.Errorf("an annotation the overlay did not name changed: %v", r.Annotations)
	}
	if got := prod.Scrape.Targets[0].Static; strings.Join(got, ",") != "shop-0.prod:9090,shop-1.prod:9090" {
		t.Errorf("static targets %v: a list of strings is replaced whole", got)
	}
	if n := len(prod.Alerts()); n != 4 {
		t.Errorf("%d alerts in prod, want 4", n)
	}
	staging := loadEnv(t, "staging")
	if staging.Alert("ShopHighLatency") != nil {
		t.Error("overlay: remove left the alert in place")
	}
	if _, ok := staging.Alert("ShopDown").Labels["team"]; ok {
		t.Error("a label set to null is still there")
	}
}

func TestPositionsOfOverlaidValuesPointIntoTheOverlay(t *testing.T) {
	prodFile := filepath.Join(shop, "overlays", "prod", "alerts.yaml")
	stagingFile := filepath.Join(shop, "overlays", "staging", "staging.jsonnet")
	scrapeFile := filepath.Join(shop, "overlays", "prod", "scrape.yaml")
	base := filepath.Join(shop, "spec.yaml")
	prod := loadEnv(t, "prod")
	staging := loadEnv(t, "staging")
	errRule := prod.Alert("ShopHighErrorRate")
	down := staging.Alert("ShopDown")
	cases := []struct {
		name      string
		got       catalogue.Pos
		file      string
		line, col int
	}{
		{"an overlaid expression", errRule.Expr.Pos, prodFile, 7, 15},
		{"an offset inside an overlaid expression", errRule.Expr.OffsetPos(strings.Index(errRule.Expr.Text, "50")), prodFile, 7, 68},
		{"an overlaid duration", prod.At(errRule.Pos, "for"), prodFile, 8, 14},
		{"an overlaid label", prod.At(errRule.Pos, "labels.severity"), prodFile, 10, 21},
		{"a label the overlay left alone", prod.At(errRule.Pos, "labels.team"), base, 43, 17},
		{"the rule itself", errRule.Pos, base, 38, 9},
		{"an added rule", prod.Alert("ShopNoTraffic").Pos, prodFile, 15, 9},
		{"a list item of a replaced list", prod.At(prod.Scrape.Targets[0].Pos, "static[1]"), scrapeFile, 5, 36},
		{"a value from a Jsonnet overlay", staging.At(down.Pos, "labels.severity"), stagingFile, 8, 49},
		{"a list item from a Jsonnet overlay", staging.At(staging.Scrape.Targets[0].Pos, "static[0]"), stagingFile, 14, 54},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got.File != tc.file || tc.got.Line != tc.line || tc.got.Col != tc.col {
				t.Errorf("at %s:%d:%d (path %q), want %s:%d:%d", tc.got.File, tc.got.Line, tc.got.Col, tc.got.Path, tc.file, tc.line, tc.col)
			}
		})
	}
}

func TestEnvironmentsListTheOverlayFolders(t *testing.T) {
	if got := strings.Join(Environments(shop), ","); got != "prod,staging" {
		t.Errorf("environments %q, want prod,staging", got)
	}
	c := loadEnv(t, "prod")
	if n := len(c.Files); n != 3 || !strings.HasSuffix(c.Files[2], filepath.Join("prod", "scrape.yaml")) {
		t.Errorf("files %v: want the base file then the two overlay files", c.Files)
	}
}

func TestBrokenOverlaysMatchTheirGoldenDiagnostics(t *testing.T) {
	dirs, err := filepath.Glob("testdata/overlays/bad/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			opts := Options{Env: "test", Jsonnet: jsonnetbox.Options{MaxStack: 200, Timeout: 3 * time.Second}}
			_, diags, src := loadBounded(t, dir, opts)
			if !diags.HasErrors() {
				t.Errorf("a broken overlay loaded without errors:\n%s", render(t, diags, src))
			}
			golden.Check(t, dir+".golden", render(t, diags, src))
		})
	}
}

// FuzzApplyOverlay checks that no overlay, however malformed, panics the
// merge or the validation after it.
func FuzzApplyOverlay(f *testing.F) {
	for _, pattern := range []string{shop + "/overlays/*/*.yaml", "testdata/overlays/bad/*/overlays/*/*.yaml"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, diags, _ := Load(shop, Options{})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		file := filepath.Join(t.TempDir(), "overlay.yaml")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		applyOverlayFile(c, file, Options{}, &diags, diag.Sources{})
		validate.Catalogue(c, &diags)
		for _, d := range diags {
			if d.Code == "" || d.Message == "" {
				t.Fatalf("malformed diagnostic %+v", d)
			}
		}
	})
}

func TestAnOverlayPicksOneVariantOfAnAlertByItsLabels(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("spec.yaml", `apiVersion: obsgen.dev/v1
service: {name: disk}
metric_groups:
  - name: g
    metrics: [{name: disk_used_ratio, type: gauge, help: Used.}]
alert_groups:
  - name: g
    rules:
      - {alert: DiskFull, expr: disk_used_ratio > 0.8, labels: {severity: warning}}
      - {alert: DiskFull, expr: disk_used_ratio > 0.9, labels: {severity: critical}}
`)
	write("overlays/prod/alerts.yaml", `apiVersion: obsgen.dev/v1
alert_groups:
  - name: g
    rules:
      - {alert: DiskFull, labels: {severity: critical}, expr: disk_used_ratio > 0.95}
`)
	write("overlays/bad/alerts.yaml", `apiVersion: obsgen.dev/v1
alert_groups:
  - name: g
    rules:
      - {alert: DiskFull, expr: disk_used_ratio > 0.95}
`)
	c, diags, _ := Load(dir, Options{Env: "prod"})
	if diags.HasErrors() {
		t.Fatalf("prod: %v", diags)
	}
	if got := []string{c.AlertVariants("DiskFull")[0].Expr.Text, c.AlertVariants("DiskFull")[1].Expr.Text}; got[0] != "disk_used_ratio > 0.8" || got[1] != "disk_used_ratio > 0.95" {
		t.Errorf("the overlay should change the critical variant only, got %q", got)
	}
	_, diags, _ = Load(dir, Options{Env: "bad"})
	if s := fmt.Sprint(diags); !strings.Contains(s, "overlay-ambiguous") || !strings.Contains(s, "labels: {severity: critical}") {
		t.Errorf("an overlay naming a shared alert name without labels: want overlay-ambiguous with a hint, got %v", diags)
	}
}
