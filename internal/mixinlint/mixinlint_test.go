package mixinlint

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/generators/mixin"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
)

var opts = jsonnetbox.Options{Timeout: 10 * time.Second}

func text(t *testing.T, l diag.List, src diag.Sources) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := diag.WriteText(&b, l, src); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestAnUpstreamMixinIsLintedAgainstTheCatalogue(t *testing.T) {
	diags, src, err := Lint("testdata/rstmdb-page", []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/rstmdb-page.golden", text(t, diags, src))
}

func TestAnAlertOnAnUnknownMetricIsCaughtAtItsLiteral(t *testing.T) {
	diags, _, err := Lint("testdata/rstmdb-page", []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		if d.Code == "unknown-metric" && strings.Contains(d.Message, "rstmdb_connections_limit") {
			want := diag.Pos{File: filepath.Join("testdata", "rstmdb-page", "mixin.libsonnet"), Line: 23, Col: 46,
				Path: "prometheusAlerts.groups[0].rules[1].expr"}
			if d.Pos != want || d.Severity != diag.Error {
				t.Errorf("reported at %+v (%s), want %+v (error)", d.Pos, d.Severity, want)
			}
			return
		}
	}
	t.Fatalf("no unknown-metric diagnostic for rstmdb_connections_limit:\n%s", text(t, diags, nil))
}

func TestObsgensOwnMixinIsCleanAgainstItsCatalogue(t *testing.T) {
	for _, spec := range []string{"../../specs/rstmdb", "../../specs/stemedb"} {
		t.Run(filepath.Base(spec), func(t *testing.T) {
			c, ds, _ := specload.Load(spec, specload.Options{})
			if ds.HasErrors() {
				t.Fatal(ds)
			}
			files, err := mixin.Generator{}.Generate(c)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			for _, f := range files {
				path := filepath.Join(dir, strings.TrimPrefix(f.Path, c.Service.Name+"/mixin/"))
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			all, src, err := Lint(dir, []*catalogue.Catalogue{c}, opts)
			if err != nil {
				t.Fatal(err)
			}
			var diags diag.List
			for _, d := range all {
				// The generated overview puts p50, p90 and p99 in one
				// panel; lint's title-mismatch reads only the first
				// percentile a title names (a lint limitation, reported).
				if d.Code == "title-mismatch" && strings.Contains(d.Message, "(p50, p90, p99)") {
					continue
				}
				diags = append(diags, d)
			}
			if len(diags) > 0 {
				t.Errorf("the generated mixin has problems:\n%s", text(t, diags, src))
			}
		})
	}
}

func TestABrokenMixinIsAPositionedDiagnostic(t *testing.T) {
	diags, src, err := Lint("testdata/broken", []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/broken.golden", text(t, diags, src))
	if len(diags) != 1 || diags[0].Code != "jsonnet" || diags[0].Pos.Line != 3 {
		t.Errorf("want one jsonnet error on line 3, got %v", diags)
	}
}

func TestAFolderWithoutAMixinIsAnError(t *testing.T) {
	if _, _, err := Lint(t.TempDir(), []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts); err == nil {
		t.Error("no error for a folder without mixin.libsonnet")
	}
}

func TestATemplatedMixinIsReportedAtTheLinesOfItsLibsonnetFiles(t *testing.T) {
	diags, src, err := Lint("testdata/templated", []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/templated.golden", text(t, diags, src))
	alerts := filepath.Join("testdata", "templated", "alerts", "alerts.libsonnet")
	want := map[string]diag.Pos{
		// Fixed text on the second line of a text block.
		"rstmdb_connections_limit": {File: alerts, Line: 24, Col: 19, Path: "prometheusAlerts.groups[0].rules[1].expr"},
		// A name made by a placeholder: at the placeholder.
		"rstmdb_journal_size_bytes": {File: alerts, Line: 32, Col: 29, Path: "prometheusAlerts.groups[0].rules[2].expr"},
		// Made in vendor/: not located there, so at the mixin with the path.
		"rstmdb_wal_fsync_total": {File: filepath.Join("testdata", "templated", Entry), Path: "prometheusAlerts.groups[0].rules[4].expr"},
	}
	for _, d := range diags {
		for metric, pos := range want {
			if d.Code == "unknown-metric" && strings.HasPrefix(d.Message, metric+" ") {
				if d.Pos != pos {
					t.Errorf("%s reported at %+v, want %+v", metric, d.Pos, pos)
				}
				delete(want, metric)
			}
		}
	}
	for metric := range want {
		t.Errorf("no unknown-metric diagnostic for %s", metric)
	}
}

func TestADashboardOffersItsQueryAndCustomVariablesToLint(t *testing.T) {
	view, diags, _, err := build("testdata/templated", []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts)
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	if len(view.Dashboards) != 2 || view.Dashboards[0].UID != "rstmdb-templated" {
		t.Fatalf("%d dashboards, want rstmdb-templated and the wrapped one", len(view.Dashboards))
	}
	got := view.Dashboards[0].Offered
	want := []catalogue.TemplateVariable{
		{Name: "instance", Multi: true, IncludeAll: true, AllValue: ".*"},
		{Name: "op"},
		{Name: "job"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("offered %+v, want %+v (no datasource or interval variable)", got, want)
	}
}

func TestAMixinWithAnUnvendoredDashboardImportStillHasItsAlertsAndRulesLinted(t *testing.T) {
	diags, src, err := Lint("testdata/unvendored", []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/unvendored.golden", text(t, diags, src))
}

func TestAnImportThatIsNotFoundIsReportedOnce(t *testing.T) {
	const jsonnetfile = `{"version": 1, "dependencies": [], "legacyImports": false}`
	const alert = `prometheusAlerts+:: { groups+: [{ name: 'g', rules: [{ alert: 'A', expr: 'rstmdb_connections_limit > 0' }] }] },`
	cases := []struct {
		name     string
		files    map[string]string
		code     string
		severity diag.Severity
		message  []string
		alerts   bool // the alert's unknown-metric is reported too
	}{
		{"with a jsonnetfile.json, a library the dashboards need is a warning to run jb install",
			map[string]string{
				"jsonnetfile.json": jsonnetfile,
				"mixin.libsonnet":  "{ " + alert + " grafanaDashboards+:: { 'd.json': (import 'grafonnet/grafana.libsonnet').dashboard } }",
			},
			"mixin-unvendored", diag.Warning,
			[]string{"grafanaDashboards could not be evaluated", `import "grafonnet/grafana.libsonnet"`, "run jb install in ", "jsonnetfile.json"}, true},
		{"without a jsonnetfile.json it is the evaluation error",
			map[string]string{
				"mixin.libsonnet": "{ " + alert + " grafanaDashboards+:: { 'd.json': (import 'grafonnet/grafana.libsonnet').dashboard } }",
			},
			"jsonnet", diag.Error, []string{`couldn't open import "grafonnet/grafana.libsonnet"`}, true},
		{"a missing file of the mixin's own is the evaluation error",
			map[string]string{
				"jsonnetfile.json": jsonnetfile,
				"mixin.libsonnet":  "{ " + alert + " grafanaDashboards+:: import './dashboards.libsonnet' }",
			},
			"jsonnet", diag.Error, []string{`couldn't open import "./dashboards.libsonnet"`}, true},
		{"when no output can be evaluated nothing was linted, which is an error",
			map[string]string{
				"jsonnetfile.json": jsonnetfile,
				"mixin.libsonnet":  "(import 'kausal.libsonnet') + { " + alert + " }",
			},
			"mixin-unvendored", diag.Error,
			[]string{"prometheusAlerts, prometheusRules and grafanaDashboards could not be evaluated, so nothing was linted", `import "kausal.libsonnet"`}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := testtool.WriteTree(t, tc.files)
			diags, src, err := Lint(dir, []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts)
			if err != nil {
				t.Fatal(err)
			}
			var found, alerts int
			for _, d := range diags {
				switch d.Code {
				case tc.code:
					found++
					if d.Severity != tc.severity || d.Pos.File != filepath.Join(dir, Entry) || d.Pos.Line != 1 {
						t.Errorf("%s at %v (%s), want a %s on line 1 of the mixin", d.Code, d.Pos, d.Severity, tc.severity)
					}
					for _, m := range tc.message {
						if !strings.Contains(d.Message, m) {
							t.Errorf("the message lacks %q: %s", m, d.Message)
						}
					}
				case "unknown-metric":
					alerts++
				}
			}
			if found != 1 || (alerts > 0) != tc.alerts || len(diags) != found+alerts {
				t.Errorf("want one %s (and the alert's finding: %v), got:\n%s", tc.code, tc.alerts, text(t, diags, src))
			}
		})
	}
}

func TestSeveralCataloguesMakeOneViewThatUsesTheOthers(t *testing.T) {
	shop, node := testtool.Load(t, filepath.Join("testdata", "catalogues", "shop")), testtool.Load(t, filepath.Join("testdata", "catalogues", "node"))
	other := &catalogue.Catalogue{}
	shop.Used = []*catalogue.Catalogue{other}
	view, _, _, err := build("testdata/shop-node", []*catalogue.Catalogue{shop, node, node, shop}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if want := []*catalogue.Catalogue{other, node}; !slices.Equal(view.Used, want) {
		t.Errorf("the view uses %d catalogues, want the first's own and the second, once each", len(view.Used))
	}
	if len(shop.Used) != 1 {
		t.Errorf("the first catalogue's Used was changed")
	}
	if m, _ := view.Series("node_load1"); m != nil {
		t.Errorf("the second catalogue's metrics were copied into the view")
	}
	if m, _, from := view.Lookup("node_load1"); m == nil || from != node {
		t.Errorf("node_load1 does not resolve in the second catalogue through the view")
	}
}

func TestAMixinIsLintedAgainstACatalogueSplitInTwoAsAgainstTheWhole(t *testing.T) {
	findings := func(cs ...*catalogue.Catalogue) []string {
		diags, _, err := Lint("testdata/shop-node", cs, opts)
		if err != nil {
			t.Fatal(err)
		}
		// Messages may name the catalogue a metric came from.
		var out []string
		for _, d := range diags {
			out = append(out, fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Code))
		}
		return out
	}
	whole := findings(testtool.Load(t, filepath.Join("testdata", "catalogues", "whole")))
	if len(whole) != 1 {
		t.Fatalf("want the one real mistake against the whole catalogue, got %q", whole)
	}
	split := findings(testtool.Load(t, filepath.Join("testdata", "catalogues", "shop")), testtool.Load(t, filepath.Join("testdata", "catalogues", "node")))
	if !slices.Equal(split, whole) {
		t.Errorf("against shop and node: %q\nagainst the whole: %q", split, whole)
	}
}

func TestAMistakeOfOneLiteralShownInSeveralDashboardsIsReportedOnce(t *testing.T) {
	dir := testtool.WriteTree(t, map[string]string{
		"mixin.libsonnet": `local panel(platform) = {
  title: platform,
  panels: [{ type: 'timeseries', title: 'Limit', targets: [{ expr: 'rstmdb_connections_limit{job="%s"}' % platform }] }],
};
{ grafanaDashboards+:: { 'linux.json': panel('linux'), 'darwin.json': panel('darwin') } }
`,
	})
	diags, src, err := Lint(dir, []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || diags[0].Pos.Line != 3 || diags[0].Pos.Path != `grafanaDashboards["darwin.json"].panels[0].targets[0].expr` {
		t.Errorf("want one finding on line 3, at the first dashboard's path:\n%s", text(t, diags, src))
	}
}

func TestARuleIsAtItsNameAndOneDefinedTwiceIsADuplicate(t *testing.T) {
	dir := t.TempDir()
	src := `{
  prometheusAlerts+:: {
    groups+: [{
      name: 'rstmdb',
      rules: [
        { alert: 'RstmdbGone', expr: 'up{job="rstmdb"} == 0', 'for': '5m', labels: { severity: 'critical' }, annotations: { summary: '{{ $labels.nothere }} is down' } },
        { alert: 'RstmdbTwice', expr: 'up{job="rstmdb"} == 0', 'for': '5m', labels: { severity: 'critical' } },
        { alert: 'RstmdbTwice', expr: 'up{job="rstmdb"} == 0', 'for': '5m', labels: { severity: 'critical' } },
      ],
    }],
  },
}
`
	if err := os.WriteFile(filepath.Join(dir, Entry), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	diags, _, err := Lint(dir, []*catalogue.Catalogue{testtool.Seed(t, "rstmdb")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range diags {
		if d.Code == "annotation-label" || d.Code == "duplicate-rule" {
			got = append(got, fmt.Sprintf("%d:%d %s %s %s", d.Pos.Line, d.Pos.Col, d.Pos.Path, d.Severity, d.Code))
		}
	}
	want := []string{
		// Two literals spell the name: at the second rule's path.
		"0:0 prometheusAlerts.groups[0].rules[2] warning duplicate-rule",
		// Where the alert's name is written, not at the file's top.
		"6:19 prometheusAlerts.groups[0].rules[0] warning annotation-label",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), text(t, diags, nil))
	}
}

// TestAPublishedDashboardOrRuleFileIsLintedAsItIs: nginx's exporter
// publishes a Grafana dashboard and awesome-prometheus-alerts a rule file,
// neither in a mixin; --mixin takes each file as it is, at its own lines.
// The dashboard's queries are right for the stub_status exporter, its
// AngularJS panels a warning each; the rules are
// written for another nginx exporter (a status label and a latency
// histogram this one does not serve), and their summaries print an
// instance their sums dropped.
func TestAPublishedDashboardOrRuleFileIsLintedAsItIs(t *testing.T) {
	c := testtool.Load(t, "../../testdata/realworld/nginx")
	dir := filepath.Join("..", "..", "testdata", "mixins", "nginx-files")
	findings := func(diags diag.List) []string {
		var out []string
		for _, d := range diags {
			out = append(out, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Code))
		}
		return out
	}
	// Its queries are right; three graphs and a singlestat are AngularJS,
	// which Grafana 11 and later migrate when the dashboard loads.
	angular := []string{"141:20 angular-panel", "225:20 angular-panel", "324:20 angular-panel", "432:20 angular-panel"}
	diags, _, err := Lint(filepath.Join(dir, "dashboard.json"), []*catalogue.Catalogue{c}, opts)
	if got := findings(diags); err != nil || !slices.Equal(got, angular) {
		t.Errorf("the dashboard: %v %v, want %v", got, err, angular)
	}
	// A typo planted in a copy is found at its line: the dashboard is read.
	data, err := os.ReadFile(filepath.Join(dir, "dashboard.json"))
	if err != nil {
		t.Fatal(err)
	}
	typo := filepath.Join(t.TempDir(), "typo.json")
	if err := os.WriteFile(typo, bytes.Replace(data, []byte("nginx_connections_accepted"), []byte("nginx_connections_acepted"), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	diags, _, err = Lint(typo, []*catalogue.Catalogue{c}, opts)
	want := slices.Insert(slices.Clone(angular), 2, "225:26 unknown-metric")
	if got := findings(diags); err != nil || !slices.Equal(got, want) || diags[2].Pos.File != typo {
		t.Errorf("the planted typo: %v %v, want %v", got, err, want)
	}
	rules := filepath.Join(dir, "knyar-nginx-exporter.yml")
	diags, _, err = Lint(rules, []*catalogue.Catalogue{c}, opts)
	if err != nil {
		t.Fatal(err)
	}
	got := findings(diags)
	want = []string{"8:14 annotation-label", "9:49 unknown-label", "17:14 annotation-label", "18:49 unknown-label", "26:14 annotation-label", "27:48 unknown-metric"}
	if !slices.Equal(got, want) {
		t.Errorf("the rule file: %v, want %v", got, want)
	}
	if _, _, err := Lint(filepath.Join(dir, "SOURCE.md"), []*catalogue.Catalogue{c}, opts); err == nil || !strings.Contains(err.Error(), "neither a mixin folder nor a dashboard (.json) or rule file (.yaml)") {
		t.Errorf("a Markdown file: %v", err)
	}
}

// TestAVariableThatListsNoValueIsNoneAndItsMatcherHasNoEffect: RabbitMQ's
// dashboards select namespace="$namespace", the variable listing
// label_values(rabbitmq_identity_info, namespace). Outside Kubernetes no
// series carries namespace, Grafana sets the variable to None (""), and
// namespace="" selects the series without it: no query goes blank (41 of
// them were an unknown-label error). A variable listing a label its series
// do carry still needs a value the queried series lack.
func TestAVariableThatListsNoValueIsNoneAndItsMatcherHasNoEffect(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: rabbitmq}
labels: [{name: rabbitmq_cluster}, {name: rabbitmq_node}]
metric_groups:
  - name: rabbitmq
    metrics:
      - {name: rabbitmq_identity_info, type: gauge, help: RabbitMQ node and cluster identity info., labels: [rabbitmq_cluster, rabbitmq_node]}
      - {name: rabbitmq_queue_messages_ready, type: gauge, help: Messages ready to be delivered to consumers.}
`)
	diags, _, err := Lint("testdata/none-variable.json", []*catalogue.Catalogue{c}, opts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range diags {
		got = append(got, fmt.Sprintf("%d %s %s", d.Pos.Line, d.Severity, d.Code))
	}
	// namespace: a warning saying the matcher has no effect (many uses
	// make one info); rabbitmq_cluster on a metric without it: an error.
	want := []string{"12 warning unknown-label", "14 error unknown-label"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v:\n%s", got, want, text(t, diags, nil))
	}
	if len(diags) > 0 && !strings.Contains(diags[0].Message, "the variable namespace lists no value of it (label_values finds none), so Grafana sets it to None") {
		t.Errorf("the namespace finding does not say why: %s", diags[0].Message)
	}
}

// TestAVariableWhoseAllNeedsAValueSelectsNothingWithoutTheLabel: the
// memcached-mixin's namespace lists label_values(..., namespace) with All
// standing for .+. Where no series carries namespace Grafana picks All, not
// None, and namespace=~".+" selects nothing: a real Prometheus answered
// none of its 15 queries, so the dashboard is blank there (an error, not
// the "no effect" said of a variable without All).
func TestAVariableWhoseAllNeedsAValueSelectsNothingWithoutTheLabel(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: memcached}
metric_groups:
  - name: memcached
    metrics:
      - {name: memcached_up, type: gauge, help: Whether memcached answered.}
`)
	diags, _, err := Lint("testdata/all-needs-value.json", []*catalogue.Catalogue{c}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || diags[0].Severity != diag.Error || diags[0].Code != "unknown-label" || diags[0].Pos.Line != 10 ||
		!strings.Contains(diags[0].Message, "carries no label namespace") {
		t.Errorf("want one unknown-label error on namespace at line 10, got:\n%s", text(t, diags, nil))
	}
}

// TestALogsDashboardsLokiQueriesAreNotPromQL: the squid-mixin's logs
// dashboard queries Loki (count_over_time({job=~"$job"} |~ "$regex"
// [$__auto])), which was two promql-syntax errors on correct material;
// only its Prometheus targets are linted.
func TestALogsDashboardsLokiQueriesAreNotPromQL(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: shop}
metric_groups:
  - name: shop
    metrics:
      - {name: shop_requests_total, type: counter, help: Requests.}
`)
	diags, _, err := Lint("../../testdata/mixins/dashboards/logs-dashboard.json", []*catalogue.Catalogue{c}, opts)
	if err != nil {
		t.Fatal(err)
	}
	// The Prometheus stat is linted (levels is a label up lacks), and the
	// Loki queries are said to be not linted, at the first one.
	if len(diags) != 2 || diags[0].Code != "other-datasource" || diags[0].Pos.Line != 9 || !strings.Contains(diags[0].Message, "2 loki queries are not linted") ||
		diags[1].Code != "unknown-label" || diags[1].Pos.Line != 13 {
		t.Errorf("want the Loki queries said once (line 9) and one unknown-label on the Prometheus stat (line 13), got:\n%s", text(t, diags, nil))
	}
}

// TestARuleFileIsReadAsPrometheusLoadsItOrAsAPrometheusRuleHoldsIt:
// RabbitMQ's cluster-operator publishes its rules as PrometheusRule custom
// resources (a document after ---, groups under spec), which were read as
// nothing (or refused), and an alert reading a recording rule of the same
// file was an unknown-metric error. A YAML file with no rule groups says
// so rather than passing silently, and one that is not YAML says where.
func TestARuleFileIsReadAsPrometheusLoadsItOrAsAPrometheusRuleHoldsIt(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: rabbitmq}
metric_groups:
  - name: rabbitmq
    metrics:
      - {name: rabbitmq_queue_messages_ready, type: gauge, help: Messages ready to be delivered to consumers.}
      - {name: rabbitmq_queue_consumers, type: gauge, help: Consumers on a queue.}
`)
	for _, tc := range []struct{ file, want string }{
		{"testdata/rule-files/prometheusrule.yml", "23:13 error unknown-metric rabbitmq_queue_consumerz"},
		{"testdata/rule-files/not-rules.yml", "1:1 warning mixin-shape testdata/rule-files/not-rules.yml"},
		{"testdata/rule-files/expr-in-a-longer-one.yml", "8:16 error unknown-metric rabbitmq_queue_consumerz\n10:15 error unknown-metric rabbitmq_queue_consumerz"},
		// A syntax error is at the file's line, as a spec file's: not at
		// the program std.parseYaml ran in (<obsgen-lint-mixin>.jsonnet:1:14).
		{"testdata/rule-files/broken-yaml.yml", "6:5 error syntax could"},
	} {
		diags, _, err := Lint(tc.file, []*catalogue.Catalogue{c}, opts)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range diags {
			got = append(got, fmt.Sprintf("%d:%d %s %s %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Code, strings.Fields(d.Message)[0]))
		}
		if strings.Join(got, "\n") != tc.want {
			t.Errorf("%s: got %q, want %q", tc.file, got, tc.want)
		}
	}
}

// TestAnAlertFileReadsTheSeriesTheCatalogueRecords: mysqld-mixin ships its
// alerts and its recording rules in separate files; a team that adopted the
// rules and lints the alerts file against its catalogue had an
// unknown-metric error on every recorded series the alerts read. The
// catalogue's own rules are its lint's to judge (its typo is not reported),
// and a series both record is the mixin's rule's to define.
func TestAnAlertFileReadsTheSeriesTheCatalogueRecords(t *testing.T) {
	dir := testtool.WriteTree(t, map[string]string{
		"specs/x/spec.yaml": `apiVersion: obsgen.dev/v1
service: {name: x}
metric_groups:
  - name: x
    metrics:
      - {name: x_bytes, type: gauge, help: Bytes in use.}
recording_groups:
  - name: x
    rules:
      - {record: 'instance:x_bytes', expr: 'sum without (cpu) (x_bytes)'}
      - {record: 'instance:x_typo', expr: 'x_byte'}
`,
		"alerts.yaml": `groups:
  - name: x
    rules:
      - alert: XHigh
        expr: instance:x_bytes > 1e9
        for: 5m
      - alert: XUnknown
        expr: instance:x_unknown > 1
        for: 5m
`,
		"both.yaml": `groups:
  - name: x
    rules:
      - record: instance:x_bytes
        expr: x_bytes{nope="1"}
      - alert: XHigh
        expr: instance:x_bytes > 1e9
        for: 5m
`,
	})
	c, diags, _ := specload.Load(filepath.Join(dir, "specs", "x"), specload.Options{})
	if diags.HasErrors() {
		t.Fatalf("the spec: %v", diags)
	}
	for _, tc := range []struct {
		file string
		want []string
	}{
		{"alerts.yaml", []string{"alerts.yaml:8:15 unknown-metric"}},
		{"both.yaml", []string{"both.yaml:5:23 unknown-label"}},
	} {
		got, _, err := Lint(filepath.Join(dir, tc.file), []*catalogue.Catalogue{c}, opts)
		if err != nil {
			t.Fatal(err)
		}
		var found []string
		for _, d := range got {
			found = append(found, fmt.Sprintf("%s:%d:%d %s", filepath.Base(d.Pos.File), d.Pos.Line, d.Pos.Col, d.Code))
		}
		if !slices.Equal(found, tc.want) {
			t.Errorf("%s: %v, want %v:\n%s", tc.file, found, tc.want, text(t, got, nil))
		}
	}
}

// TestAPublishedDashboardsUnitsAreLintedAsGrafanaShowsThem: ncabatoff's
// process-exporter dashboards show byte rates in bps, 8 times too low; a
// graph's unit is its left axis's format, a newer panel's its field
// defaults'.
func TestAPublishedDashboardsUnitsAreLintedAsGrafanaShowsThem(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: p}
metric_groups:
  - name: p
    metrics:
      - {name: p_read_bytes_total, type: counter, unit: bytes, help: Bytes read., labels: [groupname]}
labels:
  - {name: groupname}
`)
	diags, _, err := Lint("../../testdata/mixins/dashboards/disk-io-in-bits.json", []*catalogue.Catalogue{c}, opts)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, d := range diags {
		if d.Code == "bits-for-bytes" {
			found = append(found, fmt.Sprintf("%d: %s", d.Pos.Line, d.Message))
		}
	}
	if len(found) != 2 || !strings.HasPrefix(found[0], `6: panel "Disk I/O" is in bps`) || !strings.HasPrefix(found[1], `10: panel "Written" is in bits`) {
		t.Errorf("want the graph's axis and the bits panel, got:\n%s", strings.Join(found, "\n"))
	}
}

// TestATextPanelsTargetsAndGrafanasSavedRepeatCopiesAreNotLinted:
// snmp_exporter's Ubiquiti dashboards keep a target {{$device_model}} on
// text panels, which Grafana never sends (3 promql-syntax errors), and
// save the copies of a panel repeated for a variable, each comparing it
// with = to its one value (20 variable-equality warnings).
func TestATextPanelsTargetsAndGrafanasSavedRepeatCopiesAreNotLinted(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: snmp}
metric_groups:
  - name: if
    metrics:
      - {name: ifHCInOctets, type: counter, unit: bytes, help: Octets in., labels: [ifName]}
labels:
  - {name: ifName}
`)
	diags, _, err := Lint("../../testdata/mixins/dashboards/repeat-copies-and-text.json", []*catalogue.Catalogue{c}, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		if d.Code != "counter-name" {
			t.Errorf("want no finding on the text panel or the copies, got %s: %s", d.Code, d.Message)
		}
	}
}

// TestARuleFilesFindingsAreWhereItWritesThem: the jsonnet-libs
// snmp-observ-lib's alert file writes SNMPInterfaceFCerrors three times
// and one long expression twice; their findings, which no one literal
// places, were reported at 1:1 with a path.
func TestARuleFilesFindingsAreWhereItWritesThem(t *testing.T) {
	dir := testtool.WriteTree(t, map[string]string{
		"specs/x/spec.yaml": "apiVersion: obsgen.dev/v1\nservice: {name: x}\nmetric_groups:\n  - name: x\n    metrics:\n      - {name: x_errors_total, type: counter, help: Errors.}\n",
		"alerts.yaml": `groups:
    - name: a
      rules:
        - alert: XErrors
          expr: |
            rate(x_unknown_total[5m]) > 0
        - alert: XErrors
          expr: |
            rate(x_errors_total[5m]) > 0
    - name: b
      rules:
        - record: x:rate5m
          expr: rate(x_errors_total[5m])
        - alert: XTwice
          expr: "x_nope\n  > 1"
        - alert: XTwiceAgain
          expr: "x_nope\n  > 1"
`,
	})
	c, diags, _ := specload.Load(filepath.Join(dir, "specs", "x"), specload.Options{})
	if diags.HasErrors() {
		t.Fatalf("the spec: %v", diags)
	}
	got, _, err := Lint(filepath.Join(dir, "alerts.yaml"), []*catalogue.Catalogue{c}, opts)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, d := range got {
		found = append(found, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Code))
	}
	want := []string{"6:18 unknown-metric", "7:18 duplicate-rule", "15:17 unknown-metric", "17:17 unknown-metric"}
	if !slices.Equal(found, want) {
		t.Errorf("%v, want %v:\n%s", found, want, text(t, got, nil))
	}
}
