package ruletest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
)

// seeds are the two services whose tests must pass with full coverage.
var seeds = []string{"../../specs/rstmdb", "../../specs/stemedb"}

// variantsSpec holds one alert with a warning and a critical variant, each
// with a test of the same name.
const variantsSpec = "../../internal/catalogue/testdata/variants"

func run(t *testing.T, c *catalogue.Catalogue) []Result {
	t.Helper()
	res, err := Run(c)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestEverySeedTestPassesInProcess(t *testing.T) {
	for _, dir := range seeds {
		c := testtool.Load(t, dir)
		res := run(t, c)
		if len(res) == 0 {
			t.Errorf("%s declares no tests", dir)
		}
		for _, r := range res {
			if !r.Passed() {
				t.Errorf("%s/%s %q failed:\n%s", r.Service, r.Rule, r.Test, strings.Join(r.Failures, "\n"))
			}
		}
	}
}

func TestEverySeedAlertIsTestedFiringAndNotFiring(t *testing.T) {
	for _, dir := range seeds {
		for _, cv := range Cover(testtool.Load(t, dir)) {
			if !cv.Complete() {
				t.Errorf("%s %s: %s", cv.Service, cv.Rule, cv.Missing())
			}
		}
	}
}

func TestCoverageSaysWhatEachRuleLacks(t *testing.T) {
	want := map[string]string{
		"Untested":                 "no test",
		"OnlyFiring":               "never tested not firing",
		"OnlyQuiet":                "never tested firing",
		"Both":                     "",
		"job:shop_queue_depth:max": "no test",
		"job:shop_queue_depth:min": "",
	}
	cov := Cover(testtool.Load(t, "testdata/uncovered"))
	if len(cov) != len(want) {
		t.Fatalf("%d rules covered, want %d", len(cov), len(want))
	}
	for _, cv := range cov {
		if got := cv.Missing(); got != want[cv.Rule] {
			t.Errorf("%s: missing %q, want %q", cv.Rule, got, want[cv.Rule])
		}
	}
	for _, r := range run(t, testtool.Load(t, "testdata/uncovered")) {
		if !r.Passed() {
			t.Errorf("%s %q failed: %v", r.Rule, r.Test, r.Failures)
		}
	}
}

func TestFailuresSayWhatWasExpectedAndWhatCame(t *testing.T) {
	var b strings.Builder
	passed := 0
	for _, r := range run(t, testtool.Load(t, "testdata/failing")) {
		if r.Passed() {
			passed++
			continue
		}
		fmt.Fprintf(&b, "%s %q (line %d)\n", r.Rule, r.Test, r.Pos.Line)
		for _, f := range r.Failures {
			fmt.Fprintf(&b, "  %s\n", strings.ReplaceAll(f, "\n", "\n  "))
		}
	}
	if passed != 2 {
		t.Errorf("%d tests passed, want the 2 written to pass", passed)
	}
	golden.Check(t, "testdata/failing.golden", []byte(b.String()))
}

// promtoolPasses runs promtool test rules on one test file written beside
// the service's generated rule files.
func promtoolPasses(t *testing.T, promtool string, root string, f prometheus.UnitTestFile) (bool, string) {
	t.Helper()
	data, err := generators.YAML("", f)
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp(root, "tests-")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "test.yaml")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(promtool, "test", "rules", p).CombinedOutput()
	return err == nil, string(out)
}

// writeRules writes the generated prometheus folder of c under a temporary
// folder and returns that prometheus folder.
func writeRules(t *testing.T, c *catalogue.Catalogue) string {
	t.Helper()
	files, err := prometheus.Generator{}.Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(testtool.WriteFiles(t, files), c.Service.Name, "prometheus")
}

func TestPromtoolAgreesWithTheInProcessRunnerOnEveryTest(t *testing.T) {
	promtool := testtool.Require(t, "promtool")
	for _, dir := range append([]string{"testdata/failing", "testdata/uncovered", variantsSpec}, seeds...) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			c := testtool.Load(t, dir)
			results := map[string]Result{}
			for _, r := range run(t, c) {
				results[r.Rule+"/"+r.Test] = r
			}
			prom := writeRules(t, c)
			files, err := prometheus.UnitTests(c)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				for _, tg := range f.Tests {
					one := f
					one.Tests = []prometheus.UnitTestGroup{tg}
					ok, out := promtoolPasses(t, promtool, prom, one)
					r := results[tg.Rule+"/"+tg.Test]
					if ok != r.Passed() {
						t.Errorf("%s %q: promtool passes: %v, obsgen passes: %v\npromtool: %s\nobsgen: %v", tg.Rule, tg.Test, ok, r.Passed(), out, r.Failures)
					}
				}
			}
		})
	}
}

// breakThreshold rewrites the number an alert compares with: times 100, or
// 1000 when it is 0. It returns the new expression.
func breakThreshold(t *testing.T, text string) string {
	t.Helper()
	lhs, rhs, op := splitComparison(text)
	if op == "" {
		t.Fatalf("%q is not a comparison with a number", text)
	}
	var n float64
	if _, err := fmt.Sscan(rhs, &n); err != nil {
		t.Fatalf("%q: threshold %q: %v", text, rhs, err)
	}
	broken := n * 100
	if n == 0 {
		broken = 1000
	}
	return fmt.Sprintf("%s %s %g", lhs, op, broken)
}

// splitComparison splits "expr op number" at its last comparison operator.
func splitComparison(text string) (lhs, rhs, op string) {
	for _, o := range []string{" == ", " != ", " >= ", " <= ", " > ", " < "} {
		if i := strings.LastIndex(text, o); i >= 0 {
			return strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+len(o):]), strings.TrimSpace(o)
		}
	}
	return "", "", ""
}

// copySpec copies a spec folder, replacing old with new in its files; it
// fails unless exactly one replacement happened.
func copySpec(t *testing.T, src, old, new string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	replaced := 0
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		replaced += strings.Count(text, old)
		text = strings.Replace(text, old, new, 1)
		if err := os.WriteFile(filepath.Join(dst, e.Name()), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if replaced != 1 {
		t.Fatalf("%q occurs %d times in %s, want once", old, replaced, src)
	}
	return dst
}

func TestBreakingAnySeedAlertsThresholdFailsBothRunners(t *testing.T) {
	promtool := testtool.Require(t, "promtool")
	for _, dir := range seeds {
		for _, r := range testtool.Load(t, dir).Alerts() {
			if r.SLO != nil {
				continue // TestBreakingAnSLOAlertsBurnRateFailsBothRunners
			}
			t.Run(r.Alert, func(t *testing.T) {
				text := strings.TrimSpace(r.Expr.Text)
				broken := breakThreshold(t, text)
				spec := copySpec(t, dir, "expr: "+text, "expr: "+broken)
				// The SLOs' tests are not about this alert: leave them out.
				if err := os.Remove(filepath.Join(spec, "slos.yaml")); err != nil && !os.IsNotExist(err) {
					t.Fatal(err)
				}
				c := testtool.Load(t, spec)
				if got := strings.TrimSpace(c.Alert(r.Alert).Expr.Text); got != broken {
					t.Fatalf("the copy reads %q, want %q", got, broken)
				}
				failed := 0
				for _, res := range run(t, c) {
					if res.Rule == r.Alert && !res.Passed() {
						failed++
					}
				}
				if failed == 0 {
					t.Errorf("with %q, every obsgen test of %s still passes", broken, r.Alert)
				}
				prom := writeRules(t, c)
				tests, _ := filepath.Glob(filepath.Join(prom, "tests", "*.yaml"))
				out, err := exec.Command(promtool, append([]string{"test", "rules"}, tests...)...).CombinedOutput()
				if err == nil {
					t.Errorf("with %q, promtool test rules still passes:\n%s", broken, out)
				} else if !strings.Contains(string(out), "alertname: "+r.Alert) {
					t.Errorf("promtool fails, but not on %s:\n%s", r.Alert, out)
				}
			})
		}
	}
}

// TestBreakingAnSLOAlertsBurnRateFailsBothRunners: the tests generated
// with an SLO's rules check the rules as written: with the page alert's
// 14.4× made 20×, both obsgen test and promtool fail the tests of that
// alert.
func TestBreakingAnSLOAlertsBurnRateFailsBothRunners(t *testing.T) {
	promtool := testtool.Require(t, "promtool")
	c := testtool.Load(t, seeds[0])
	var page *catalogue.Rule
	for _, r := range c.Alerts() {
		if r.SLO != nil && r.SLO.Name == "request-availability" && r.Labels[catalogue.SLOSeverityLabel] == "page" {
			page = r
		}
	}
	if page == nil {
		t.Fatal("rstmdb has no page alert for request-availability")
	}
	page.Expr.Text = strings.ReplaceAll(page.Expr.Text, "(14.4 * ", "(20 * ")
	failed := 0
	for _, res := range run(t, c) {
		if res.Rule == c.VariantName(page) && !res.Passed() {
			failed++
		}
	}
	if failed == 0 {
		t.Error("with the page alert at 20x, every obsgen test of it still passes")
	}
	prom := writeRules(t, c)
	out, err := exec.Command(promtool, "test", "rules", filepath.Join(prom, "tests", "rstmdb-slo-request-availability.yaml")).CombinedOutput()
	if err == nil {
		t.Errorf("with the page alert at 20x, promtool test rules still passes:\n%s", out)
	} else if !strings.Contains(string(out), "alertname: "+page.Alert) {
		t.Errorf("promtool fails, but not on %s:\n%s", page.Alert, out)
	}
}

func TestABrokenTestFailsWithoutPanicking(t *testing.T) {
	pos := catalogue.Pos{File: "x.yaml", Line: 1}
	c := &catalogue.Catalogue{
		Service: catalogue.Service{Name: "shop"},
		AlertGroups: []catalogue.RuleGroup{{Name: "g", Rules: []catalogue.Rule{{
			Alert: "A", Expr: catalogue.NewExpr("up == 0", pos),
			Tests: []catalogue.RuleTest{
				{Name: "bad values", Series: []catalogue.TestSeries{{Series: "up", Values: "1 x y z"}}, Alerts: []catalogue.AlertCheck{{At: 0}}},
				{Name: "bad series", Series: []catalogue.TestSeries{{Series: "up{", Values: "1"}}, Alerts: []catalogue.AlertCheck{{At: 0}}},
				{Name: "no series", Alerts: []catalogue.AlertCheck{{At: 0}}},
			},
		}}}},
		RecordGroups: []catalogue.RuleGroup{{Name: "r", Rules: []catalogue.Rule{{
			Record: "x:up", Expr: catalogue.NewExpr("sum(up)", pos),
			Tests: []catalogue.RuleTest{
				{Name: "bad expr", Series: []catalogue.TestSeries{{Series: "up", Values: "1"}}, Values: []catalogue.ValueCheck{{Expr: catalogue.NewExpr("sum(", pos)}}},
			},
		}}}},
	}
	res, err := Run(c)
	if err != nil {
		t.Fatal(err)
	}
	failed := 0
	for _, r := range res {
		if !r.Passed() {
			failed++
		}
	}
	if len(res) != 4 || failed != 3 {
		t.Errorf("%d results, %d failed; want 4 and 3 (all but the test without series)", len(res), failed)
	}
}

func TestEachVariantIsTestedAndReportedUnderItsOwnName(t *testing.T) {
	c := testtool.Load(t, variantsSpec)
	res := run(t, c)
	got := map[string]bool{}
	for _, r := range res {
		if !r.Passed() {
			t.Errorf("%s %q failed: %v", r.Rule, r.Test, r.Failures)
		}
		got[r.Rule] = true
	}
	for _, want := range []string{`WarehouseDiskFull{severity="warning"}`, `WarehouseDiskFull{severity="critical"}`} {
		if !got[want] {
			t.Errorf("no result names %s (results name %v)", want, got)
		}
	}
	cov := Cover(c)
	if len(cov) != 2 {
		t.Fatalf("%d coverage lines, want one per variant", len(cov))
	}
	for _, cv := range cov {
		if !cv.Complete() || cv.Tests != 2 {
			t.Errorf("%s: complete %v with %d tests; want complete, checked by both variants' tests", cv.Rule, cv.Complete(), cv.Tests)
		}
	}
}

func TestVariantCoverageCountsWhatEachCheckSaysOfEveryVariant(t *testing.T) {
	const head = `apiVersion: obsgen.dev/v1
service: {name: shop}
metric_groups:
  - name: q
    metrics: [{name: shop_queue_depth, type: gauge, help: Queued jobs.}]
alert_groups:
  - name: shop
    rules:
      - alert: QueueFull
        expr: shop_queue_depth > 50
        labels: {severity: warning}
`
	// quietThenFiring is a warning test at 60, past the warning's
	// threshold only.
	const quietThenFiring = `        tests:
          - name: t
            series: [{series: 'shop_queue_depth', values: 60x5}]
            alerts:
              - {at: 0m, firing: []}
              - {at: 1m, firing: [{labels: {}}]}
`
	const critical = `      - alert: QueueFull
        expr: shop_queue_depth > 100
        labels: {severity: critical}
`
	cases := []struct {
		name                   string
		warningTests, critical string
		wantWarning, wantCrit  string
	}{
		{
			name:         "a warning test that never reaches the critical threshold tests the critical variant only not firing",
			warningTests: quietThenFiring,
			critical:     critical,
			wantWarning:  "", wantCrit: "never tested firing",
		},
		{
			name: "an instance labelled critical in the warning's test tests the critical variant firing",
			warningTests: `        tests:
          - name: t
            series: [{series: 'shop_queue_depth', values: 200x5}]
            alerts:
              - {at: 1m, firing: [{labels: {}}, {labels: {severity: critical}}]}
`,
			critical:    critical,
			wantWarning: "never tested not firing", wantCrit: "never tested not firing",
		},
		{
			name:         "a variant on other series is not tested by a test that feeds none of them, as init's ApacheDown on up beside the mixin's on apache_up",
			warningTests: quietThenFiring,
			critical:     strings.Replace(critical, "shop_queue_depth > 100", "shop_queue_stalled > 0", 1),
			wantWarning:  "", wantCrit: "no test",
		},
		{
			name:         "a variant reading a recording rule is tested by a test feeding that rule's series",
			warningTests: quietThenFiring,
			critical:     strings.Replace(critical, "shop_queue_depth > 100", "queue:depth:max > 100", 1),
			wantWarning:  "", wantCrit: "never tested firing",
		},
		{
			name:         "a variant no test checks has no test",
			warningTests: "",
			critical:     critical,
			wantWarning:  "no test", wantCrit: "no test",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			records := "recording_groups:\n  - name: r\n    rules:\n      - {record: 'queue:depth:max', expr: max(shop_queue_depth)}\n"
			c, diags := specload.LoadBytes("spec.yaml", []byte(head+tc.warningTests+tc.critical+records))
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			want := map[string]string{`QueueFull{severity="warning"}`: tc.wantWarning, `QueueFull{severity="critical"}`: tc.wantCrit}
			for _, cv := range Cover(c) {
				if !cv.Alert {
					continue // the recording rule a case reads
				}
				if w, ok := want[cv.Rule]; !ok || cv.Missing() != w {
					t.Errorf("%s: missing %q, want %q", cv.Rule, cv.Missing(), w)
				}
			}
		})
	}
}
