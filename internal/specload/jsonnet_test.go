package specload

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
)

// loadProgram loads a one-file Jsonnet spec written to a temporary folder.
func loadProgram(t *testing.T, name, code string, opts Options) (string, *catalogue.Catalogue, []string) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, name)
	if err := os.WriteFile(file, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	c, diags, _ := loadBounded(t, dir, opts)
	var out []string
	for _, d := range diags {
		p := d.Pos
		p.File = strings.TrimPrefix(p.File, dir+string(filepath.Separator))
		out = append(out, p.String()+": "+d.Code+": "+d.Message)
	}
	return dir, c, out
}

func TestRunawayProgramsFailCleanlyWithAPositionedDiagnostic(t *testing.T) {
	loop := "local loop(n) = if n == 0 then 0 else loop(n - 1) tailstrict;\n{ x: loop(1e9) }\n"
	cases := []struct {
		name string
		code string
		opts jsonnetbox.Options
		want string
	}{
		{"infinite recursion stops at the stack limit",
			"local f(x) = f(x + 1) + 1;\n{ x: f(0) }\n",
			jsonnetbox.Options{MaxStack: 50, Timeout: 10 * time.Second},
			"spec.jsonnet:1:14: jsonnet: max stack frames exceeded."},
		{"infinite recursion stops at the stack limit in-process too",
			"local f(x) = f(x + 1) + 1;\n{ x: f(0) }\n",
			jsonnetbox.Options{MaxStack: 50, Timeout: 10 * time.Second, InProcess: true},
			"spec.jsonnet:1:14: jsonnet: max stack frames exceeded."},
		{"a runaway loop stops at the time limit",
			loop,
			jsonnetbox.Options{Timeout: 300 * time.Millisecond},
			"spec.jsonnet:1:1: jsonnet: evaluation did not finish within 300ms (a runaway loop or recursion?)"},
		{"tailstrict recursion, which the stack limit does not count, fails instead of killing obsgen",
			loop,
			jsonnetbox.Options{Timeout: 30 * time.Second, MaxMemory: 384 << 20},
			// Which limit the growing stack meets first depends on the
			// machine: the stack, or the address space.
			"spec.jsonnet:1:1: jsonnet: evaluation overflowed go-jsonnet's stack (deep recursion that its stack limit does not count: tailstrict calls, or a std function such as std.setUnion over a very large array)" +
				"|spec.jsonnet:1:1: jsonnet: evaluation ran out of memory (the limit is 384 MiB)"},
		{"a program that builds a huge value stops at the memory limit",
			"{ x: std.foldl(function(a, b) a + b, std.range(1, 1e9), 0) }\n",
			jsonnetbox.Options{Timeout: 30 * time.Second, MaxMemory: 384 << 20},
			// std.foldl recurses as it goes: under load the stack can give
			// out before the address space does. Either way it fails cleanly.
			"spec.jsonnet:1:1: jsonnet: evaluation ran out of memory (the limit is 384 MiB)" +
				"|spec.jsonnet:1:1: jsonnet: evaluation overflowed go-jsonnet's stack (deep recursion that its stack limit does not count: tailstrict calls, or a std function such as std.setUnion over a very large array)"},
		{"a program that writes too much stops at the output limit",
			"{ apiVersion: 'obsgen.dev/v1', notes: [{ title: 'x', body: std.join('', std.makeArray(5000, function(i) 'padding')) }] }\n",
			jsonnetbox.Options{MaxOutput: 10000},
			"spec.jsonnet:1:1: jsonnet: evaluation produced 35116 bytes of JSON; the limit is 10000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if raceDetector && strings.HasPrefix(tc.want, "spec.jsonnet:1:1: jsonnet: evaluation ran out of memory") {
				t.Skip("the race detector's build sets no memory limit (limit_linux.go), so only the time limit would stop it")
			}
			start := time.Now()
			_, _, got := loadProgram(t, "spec.jsonnet", tc.code, Options{Jsonnet: tc.opts})
			if len(got) != 1 || !slices.Contains(strings.Split(tc.want, "|"), got[0]) {
				t.Errorf("got %q,\nwant [%q]", got, tc.want)
			}
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %s", d)
			}
		})
	}
}

func TestTheBuiltInLibraryNeedsNoLibraryPath(t *testing.T) {
	code := "local obsgen = import 'obsgen.libsonnet';\n" +
		"{ apiVersion: 'obsgen.dev/v1', service: { name: 'shop' },\n" +
		"  metric_groups: [obsgen.requestMetrics('shop_requests', labels=['op'])],\n" +
		"  labels: [{ name: 'op' }],\n" +
		"  alert_groups: [{ name: 'shop', rules: [obsgen.serviceDownAlert('shop')] }] }\n"
	_, c, diags := loadProgram(t, "spec.jsonnet", code, Options{})
	for _, d := range diags {
		if strings.Contains(d, "error") {
			t.Fatalf("unexpected problem: %s", d)
		}
	}
	if c.Metric("shop_requests_duration_seconds") == nil || c.Alert("ShopDown") == nil {
		t.Fatalf("the helpers made nothing: metrics %v, alerts %v", c.MetricNames(), len(c.Alerts()))
	}
	if got := c.Alert("ShopDown").Expr.Text; got != `up{job="shop"} == 0` {
		t.Errorf("service down alert expr %q", got)
	}
}

func TestALibraryNextToTheSpecOrOnTheLibraryPathWinsOverTheBuiltInOne(t *testing.T) {
	spec := "{ apiVersion: 'obsgen.dev/v1', service: { name: (import 'obsgen.libsonnet').name } }\n"
	lib := t.TempDir()
	if err := os.WriteFile(filepath.Join(lib, "obsgen.libsonnet"), []byte("{ name: 'from-jpath' }"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, c, diags := loadProgram(t, "spec.jsonnet", spec, Options{Jsonnet: jsonnetbox.Options{JPaths: []string{lib}}})
	if c == nil || c.Service.Name != "from-jpath" {
		t.Errorf("service %v, diagnostics %v: the -J library was not used", c, diags)
	}
}

func TestExternalVariablesRenderOneSpecPerEnvironment(t *testing.T) {
	code := "{ apiVersion: 'obsgen.dev/v1', service: { name: 'shop' },\n" +
		"  metric_groups: [{ name: 'g', metrics: [{ name: 'shop_errors_total', type: 'counter', help: 'E.' }] }],\n" +
		"  alert_groups: [{ name: 'shop', rules: [{ alert: 'ShopErrors', 'for': std.extVar('for'),\n" +
		"    expr: 'rate(shop_errors_total[5m]) > %g' % std.extVar('threshold') }] }] }\n"
	cases := []struct {
		name        string
		opts        jsonnetbox.Options
		expr, after string
	}{
		{"prod", jsonnetbox.Options{ExtStr: map[string]string{"for": "10m"}, ExtCode: map[string]string{"threshold": "50"}}, "rate(shop_errors_total[5m]) > 50", "10m"},
		{"staging", jsonnetbox.Options{ExtStr: map[string]string{"for": "1h"}, ExtCode: map[string]string{"threshold": "0.5 * 1000"}}, "rate(shop_errors_total[5m]) > 500", "1h"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, c, diags := loadProgram(t, "spec.jsonnet", code, Options{Jsonnet: tc.opts})
			if c == nil || c.Alert("ShopErrors") == nil {
				t.Fatalf("no alert: %v", diags)
			}
			r := c.Alert("ShopErrors")
			if r.Expr.Text != tc.expr || r.For.String() != tc.after {
				t.Errorf("expr %q for %s, want %q for %s", r.Expr.Text, r.For, tc.expr, tc.after)
			}
		})
	}
}

func TestAnErrorInsideALibraryHelperPointsAtTheCall(t *testing.T) {
	code := "local obsgen = import 'obsgen.libsonnet';\n" +
		"{ apiVersion: 'obsgen.dev/v1',\n" +
		"  notes: [{ title: obsgen.matchers(42), body: 'x' }] }\n"
	_, _, diags := loadProgram(t, "spec.jsonnet", code, Options{})
	if len(diags) != 1 || !strings.HasPrefix(diags[0], "spec.jsonnet:3:20: jsonnet: ") {
		t.Errorf("diagnostics %q: want one at the call on line 3 of spec.jsonnet", diags)
	}
}

func TestValuesFromJsonnetPointAtTheirLiterals(t *testing.T) {
	code := "local sev = 'critical';\n" +
		"{\n" +
		"  apiVersion: 'obsgen.dev/v1',\n" +
		"  service: { name: 'shop' },\n" +
		"  metric_groups: [{ name: 'g', metrics: [{ name: 'shop_requests_total', type: 'counter', help: 'R.' }] }],\n" +
		"  alert_groups: [{ name: 'shop', rules: [\n" +
		"    { alert: 'A', expr: 'rate(shop_requests_total[5m]) > 1', labels: { severity: sev } },\n" +
		"    { alert: 'B', expr: |||\n" +
		"        sum(rate(shop_requests_total[5m]))\n" +
		"          > 2\n" +
		"      |||, labels: { severity: sev } },\n" +
		"    { alert: 'C', expr: \"vector(1) > \\\"x\\\"\" },\n" +
		"  ] }],\n" +
		"}\n"
	_, c, diags := loadProgram(t, "spec.jsonnet", code, Options{})
	if c == nil {
		t.Fatalf("no catalogue: %v", diags)
	}
	a, b := c.Alert("A"), c.Alert("B")
	cases := []struct {
		name      string
		got       catalogue.Pos
		line, col int
	}{
		{"a single-quoted expression starts after its quote", a.Expr.Pos, 7, 26},
		{"an offset inside it maps to its column", a.Expr.OffsetPos(strings.Index(a.Expr.Text, "> 1")), 7, 56},
		{"a text block maps to its content lines", b.Expr.OffsetPos(strings.Index(b.Expr.Text, "> 2")), 10, 11},
		{"a value made once and used twice keeps its literal", c.At(a.Pos, "labels.severity"), 1, 14},
		{"a value written in several literals keeps its path", c.At(c.AlertGroups[0].Pos, "name"), 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got.Line != tc.line || tc.got.Col != tc.col {
				t.Errorf("at %d:%d (path %q), want %d:%d", tc.got.Line, tc.got.Col, tc.got.Path, tc.line, tc.col)
			}
		})
	}
	// The syntax error of C is reported inside its double-quoted literal,
	// past the escaped quotes.
	found := false
	for _, d := range diags {
		if strings.HasPrefix(d, "spec.jsonnet:12:") && strings.Contains(d, "promql-syntax") {
			found = true
		}
	}
	if !found {
		t.Errorf("no promql-syntax diagnostic on line 12: %q", diags)
	}
}
