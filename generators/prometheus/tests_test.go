package prometheus

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	yamlv2 "go.yaml.in/yaml/v2"
)

// variantsSpec holds one alert with a warning and a critical variant, each
// with a test of the same name.
const variantsSpec = "../../internal/catalogue/testdata/variants"

// testCatalogues are the inputs with rule tests: the tests spec, the
// two-variant fixture and both seeds.
var testCatalogues = map[string]string{
	"tests spec": "testdata/tests-spec",
	"variants":   variantsSpec,
	"rstmdb":     "../../specs/rstmdb",
	"stemedb":    "../../specs/stemedb",
}

// testFilesOf returns the generated files under prometheus/tests/.
func testFilesOf(files []generators.File) map[string][]byte {
	out := map[string][]byte{}
	for _, f := range files {
		if _, rest, ok := strings.Cut(f.Path, "/prometheus/tests/"); ok {
			out[rest] = f.Data
		}
	}
	return out
}

func TestUnitTestFilesMatchTheGoldenFiles(t *testing.T) {
	_, files := generate(t, "testdata/tests-spec")
	got := testFilesOf(files)
	if len(got) != 3 {
		t.Errorf("%d test files, want one per group with tests (3)", len(got))
	}
	golden.CheckDir(t, "testdata/tests-golden", got)
}

// The types below copy promtool's own (cmd/promtool/unittest.go, package
// main, v3.15; 2.42 has the same fields) so that the generated files can be
// decoded strictly, as promtool decodes them, into its model rather than
// obsgen's.
type promtoolFile struct {
	RuleFiles          []string            `yaml:"rule_files"`
	EvaluationInterval model.Duration      `yaml:"evaluation_interval,omitempty"`
	GroupEvalOrder     []string            `yaml:"group_eval_order"`
	Tests              []promtoolTestGroup `yaml:"tests"`
	FuzzyCompare       bool                `yaml:"fuzzy_compare,omitempty"`
}

type promtoolTestGroup struct {
	Interval    model.Duration `yaml:"interval"`
	InputSeries []struct {
		Series string `yaml:"series"`
		Values string `yaml:"values"`
	} `yaml:"input_series"`
	AlertRuleTests []struct {
		EvalTime  model.Duration `yaml:"eval_time"`
		Alertname string         `yaml:"alertname"`
		ExpAlerts []struct {
			ExpLabels      map[string]string `yaml:"exp_labels"`
			ExpAnnotations map[string]string `yaml:"exp_annotations"`
		} `yaml:"exp_alerts"`
	} `yaml:"alert_rule_test,omitempty"`
	PromqlExprTests []struct {
		Expr       string         `yaml:"expr"`
		EvalTime   model.Duration `yaml:"eval_time"`
		ExpSamples []struct {
			Labels    string  `yaml:"labels"`
			Value     float64 `yaml:"value"`
			Histogram string  `yaml:"histogram"`
		} `yaml:"exp_samples"`
	} `yaml:"promql_expr_test,omitempty"`
	ExternalLabels map[string]string `yaml:"external_labels,omitempty"`
	ExternalURL    string            `yaml:"external_url,omitempty"`
	TestGroupName  string            `yaml:"name,omitempty"`
}

func TestUnitTestFilesDecodeStrictlyIntoPromtoolsModel(t *testing.T) {
	for name, dir := range testCatalogues {
		t.Run(name, func(t *testing.T) {
			c, files := generate(t, dir)
			tests := testFilesOf(files)
			if len(tests) == 0 {
				t.Fatal("no test files")
			}
			declared := 0
			for _, r := range c.Alerts() {
				declared += len(r.Tests)
			}
			for _, r := range c.Records() {
				declared += len(r.Tests)
			}
			decoded := 0
			for path, data := range tests {
				var f promtoolFile
				if err := yamlv2.UnmarshalStrict(data, &f); err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				for _, rf := range f.RuleFiles {
					if rf == "../"+GlobalFile {
						continue // the global groups, beside the Prometheus folder
					}
					if !strings.HasPrefix(rf, "../") || strings.Contains(rf[3:], "/") {
						t.Errorf("%s: rule file %q is not beside the tests folder", path, rf)
					}
				}
				for _, tg := range f.Tests {
					decoded++
					if tg.TestGroupName == "" || tg.Interval == 0 || len(tg.InputSeries) == 0 {
						t.Errorf("%s: test %q lacks a name, interval or input series", path, tg.TestGroupName)
					}
				}
			}
			if decoded != declared {
				t.Errorf("%d tests written, the spec declares %d", decoded, declared)
			}
		})
	}
}

func TestPromtoolPassesEveryGeneratedTest(t *testing.T) {
	promtool := testtool.Require(t, "promtool")
	for name, dir := range testCatalogues {
		t.Run(name, func(t *testing.T) {
			_, files := generate(t, dir)
			root := testtool.WriteFiles(t, files)
			tests, _ := filepath.Glob(filepath.Join(root, "*", "prometheus", "tests", "*.yaml"))
			if len(tests) == 0 {
				t.Fatal("no test files")
			}
			// From another folder: rule_files resolve against the test file.
			out, err := exec.Command(promtool, append([]string{"test", "rules"}, tests...)...).CombinedOutput()
			if err != nil {
				t.Errorf("promtool test rules failed: %v\n%s", err, out)
			}
		})
	}
}

func TestTestFileNamesAreSafe(t *testing.T) {
	cases := []struct{ group, want string }{
		{"shop", "tests/shop.yaml"},
		{"shop-sync_v2.1", "tests/shop-sync_v2.1.yaml"},
		{"shop availability/v2", "tests/shop-availability-v2.yaml"},
		{"../../etc", "tests/-.-..-etc.yaml"},
		{"", "tests/group.yaml"},
		{"é", "tests/-.yaml"},
	}
	for _, tc := range cases {
		if got := TestFileName(tc.group); got != tc.want {
			t.Errorf("group %q: file %q, want %q", tc.group, got, tc.want)
		}
	}
}

func TestExpectationsGetTheRulesConstantLabelsAndAnnotations(t *testing.T) {
	rule := map[string]string{"severity": "warning", "summary": "{{ $value }} high", "runbook_url": "https://x/y"}
	got := completed(map[string]string{"summary": "5 high", "severity": "page"}, rule)
	want := map[string]string{"severity": "page", "summary": "5 high", "runbook_url": "https://x/y"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q (a test's own value wins; templates are not copied)", k, got[k], v)
		}
	}
	if completed(nil, map[string]string{"summary": "{{ $value }}"}) != nil {
		t.Error("only templated entries: want no expectation map")
	}
}

func TestUnitTestFilesPassYamllint(t *testing.T) {
	yamllint := testtool.Require(t, "yamllint")
	// Series and expected annotations are written on one line however long:
	// line-length is off.
	args := []string{"-d", "{extends: default, rules: {document-start: disable, line-length: disable}}"}
	dir := t.TempDir()
	for name, spec := range testCatalogues {
		_, files := generate(t, spec)
		for p, data := range testFilesOf(files) {
			path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+"-"+filepath.Base(p))
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			args = append(args, path)
		}
	}
	if out, err := exec.Command(yamllint, args...).CombinedOutput(); err != nil {
		t.Errorf("yamllint: %v\n%s", err, out)
	}
}

func TestVariantTestFilesMatchTheGoldenFiles(t *testing.T) {
	_, files := generate(t, variantsSpec)
	golden.CheckDir(t, "testdata/variants-golden", testFilesOf(files))
}

func TestTestsOfTwoVariantsAreNamedApartAndCompletedFromTheirOwnRules(t *testing.T) {
	c, _ := generate(t, variantsSpec)
	files, err := UnitTests(c)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	var instances []ExpAlert
	for _, f := range files {
		for _, tg := range f.Tests {
			if names[tg.Name] {
				t.Errorf("test name %q is used twice", tg.Name)
			}
			names[tg.Name] = true
			for _, at := range tg.AlertRuleTests {
				if at.Alertname != "WarehouseDiskFull" {
					t.Errorf("%s checks alert %q: promtool knows the variants by their shared name", tg.Name, at.Alertname)
				}
				instances = append(instances, at.ExpAlerts...)
			}
		}
	}
	for _, want := range []string{
		`WarehouseDiskFull{severity="warning"}: fires past its threshold for five minutes`,
		`WarehouseDiskFull{severity="critical"}: fires past its threshold for five minutes`,
	} {
		if !names[want] {
			t.Errorf("no test named %s (have %v)", want, names)
		}
	}
	// The critical test lists the warning variant's instance too: it keeps
	// its own severity and gets its own rule's constant annotations.
	descriptions := map[string]string{
		"warning":  "Plan more disk within the week.",
		"critical": "Writes will fail within hours; act now.",
	}
	severities := map[string]int{}
	for _, e := range instances {
		sev := e.ExpLabels["severity"]
		severities[sev]++
		if got := e.ExpAnnotations["description"]; got != descriptions[sev] {
			t.Errorf("%s instance: description %q, want its own rule's %q", sev, got, descriptions[sev])
		}
		if e.ExpAnnotations["runbook_url"] != "https://docs.example.com/warehouse/alerts/WarehouseDiskFull.md" {
			t.Errorf("instance %v: runbook_url %q, want the one page of the alert name", e.ExpLabels, e.ExpAnnotations["runbook_url"])
		}
	}
	if severities["warning"] != 2 || severities["critical"] != 1 {
		t.Errorf("expected instances by severity %v, want 2 warning (its own test and the critical's) and 1 critical", severities)
	}
}
