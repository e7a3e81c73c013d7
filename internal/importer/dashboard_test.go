package importer_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/importer"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
)

// loadBeside loads a service folder of the real-world catalogue's files
// named, with spec written as dashboards.yaml instead of its own.
func loadBeside(t *testing.T, service string, files []string, spec []byte) *pipeline.Result {
	t.Helper()
	real := filepath.Join(testtool.Root(t), "testdata", "realworld")
	tree := map[string][]byte{service + "/dashboards.yaml": spec}
	for _, name := range files {
		data, err := os.ReadFile(filepath.Join(real, name))
		if err != nil {
			t.Fatal(err)
		}
		tree[name] = data
	}
	res, err := pipeline.Load(pipeline.Options{Specs: []string{filepath.Join(testtool.WriteTree(t, tree), service)}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestAPublishedDashboardImportsAsItsHandConversionDid(t *testing.T) {
	// nginxinc's dashboard, as published, was converted by hand into the
	// real-world nginx catalogue's dashboards.yaml: the import gives the
	// same rows, panels, types, units and queries, and lints clean beside
	// the exporter's metrics.
	src := filepath.Join(testtool.Root(t), "testdata", "mixins", "nginx-files", "dashboard.json")
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.ImportDashboard("dashboard.json", data, "nginx", "nginxinc/nginx-prometheus-exporter grafana/dashboard.json")
	if err != nil {
		t.Fatal(err)
	}
	if res.Panels != 4 || len(res.Diags) != 1 {
		t.Errorf("%d panels, diagnostics %v; want 4 panels and the singlestat's thresholds left out", res.Panels, res.Diags)
	}
	imported := loadBeside(t, "nginx", []string{"nginx/service.yaml", "nginx/metrics.yaml"}, res.Spec)
	if imported.Diags.HasErrors() || len(imported.Catalogues) != 1 {
		t.Fatalf("the imported dashboard does not lint clean:\n%v", imported.Diags.AtLeast(diag.Error))
	}
	byHand := testtool.Load(t, filepath.Join(testtool.Root(t), "testdata", "realworld", "nginx"))
	got, want := shape(imported.Catalogues[0].Dashboards), shape(byHand.Dashboards)
	if got != want {
		t.Errorf("imported:\n%s\nby hand:\n%s", got, want)
	}
}

// shape writes what a reader sees of dashboards: rows, panels with their
// type and unit, queries with their legend. The unit none (Grafana's: the
// number as it is) reads as no unit, which the hand conversion wrote.
func shape(ds []catalogue.Dashboard) string {
	var b bytes.Buffer
	for _, d := range ds {
		b.WriteString(d.Title + "\n")
		for _, r := range d.Rows {
			b.WriteString("  row " + r.Title + "\n")
			for _, p := range r.Panels {
				unit := p.Unit
				if unit == "none" {
					unit = ""
				}
				b.WriteString("    " + p.Type + " " + p.Title + " [" + unit + "]\n")
				for _, q := range p.Queries {
					b.WriteString("      " + q.Expr.Text + " as " + q.Legend + "\n")
				}
			}
		}
	}
	return b.String()
}

// importDashboardFile imports the dashboard in file src for service.
func importDashboardFile(t *testing.T, src, service string) importer.DashboardImport {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.ImportDashboard(src, data, service, "")
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestImportingADashboardReportsWhatTheCatalogueCannotHold(t *testing.T) {
	const src = "testdata/dashboards/modern.json"
	res := importDashboardFile(t, src, "shop")
	golden.Check(t, "testdata/dashboards/modern.golden", specAndDiags(res.Spec, res.Diags))
}

// specAndDiags is an imported spec followed by what the import reported,
// as comments: the golden of an import.
func specAndDiags(spec []byte, diags diag.List) []byte {
	var b bytes.Buffer
	b.Write(spec)
	b.WriteString("\n# diagnostics\n")
	for _, d := range diags.Sort() {
		b.WriteString("# " + d.String() + "\n")
	}
	return b.Bytes()
}

func TestImportingAFileWithoutADashboardSaysSo(t *testing.T) {
	for _, data := range []string{"", "[]", "{}", `{"dashboard": {"title": "x"}}`, "groups: []"} {
		if _, err := importer.ImportDashboard("x.json", []byte(data), "x", ""); err == nil {
			t.Errorf("%q: no error", data)
		}
	}
}

func TestADashboardFieldOfAnOddTypeIsLeftOutAlone(t *testing.T) {
	// decimals written as a string, as an old dashboard may: the panel
	// and its query still import.
	const data = `{"title": "Old", "panels": [{"type": "stat", "title": "Up", "decimals": "2", "fieldConfig": {"defaults": {"decimals": "2"}},
		"targets": [{"expr": "up"}]}]}`
	res, err := importer.ImportDashboard("old.json", []byte(data), "old", "")
	if err != nil {
		t.Fatal(err)
	}
	if res.Panels != 1 || len(res.Diags) != 1 || !bytes.Contains(res.Spec, []byte("expr: up")) {
		t.Fatalf("%d panels, diagnostics %v, spec:\n%s", res.Panels, res.Diags, res.Spec)
	}
	// The string where a number was expected: the "2" of the defaults'
	// decimals (the panel's own decimals is not read).
	if got := res.Diags[0].Pos.String(); got != "old.json:1:119" {
		t.Errorf("reported at %s, want old.json:1:119 (the value)", got)
	}
}

func TestWhatADashboardImportReportsPointsAtTheValue(t *testing.T) {
	// A wrapped export, a panel inside a row and a multi-byte title
	// before it on the same line: columns count characters.
	const data = `{"dashboard": {"title": "Ünïcode",
  "panels": [
    {"type": "row", "title": "Ä", "panels": [{"type": "logs", "title": "L", "targets": [{"expr": "{a=\"b\"}"}]}, {"type": "stat", "targets": [{"expr": "up"}]}]}
  ]}}`
	res, err := importer.ImportDashboard("w.json", []byte(data), "w", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diags) != 1 {
		t.Fatalf("diagnostics %v", res.Diags)
	}
	if got, want := res.Diags[0].Pos, (diag.Pos{File: "w.json", Line: 3, Col: 46, Path: "dashboard.panels[0].panels[0]"}); got != want {
		t.Errorf("reported at %+v, want %+v", got, want)
	}
}

func TestALokiQueryOrVariableIsLeftOutSaidSo(t *testing.T) {
	const src = "../../testdata/mixins/dashboards/logs-dashboard.json"
	res := importDashboardFile(t, src, "shop")
	if res.Panels != 1 || bytes.Contains(res.Spec, []byte("count_over_time")) || bytes.Contains(res.Spec, []byte("variables:")) {
		t.Errorf("want only the Prometheus stat, without Loki's queries or variable:\n%s", res.Spec)
	}
	var said []string
	for _, d := range res.Diags.Sort() {
		said = append(said, fmt.Sprintf("%d %s", d.Pos.Line, d.Message))
	}
	all := strings.Join(said, "\n")
	for _, want := range []string{"5 variable level lists values from loki, not Prometheus: left out",
		`9 panel "Logs volume": its loki query sum by (level)`, `10 panel "Logs" is a logs panel`} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q in:\n%s", want, all)
		}
	}
}

func TestASinglestatsThresholdColoursColourItsMappedValues(t *testing.T) {
	// nginxinc's dashboard draws nginx_up's background red below 1 and
	// green from 1 (thresholds "1,1"), and maps 0 to Down, 1 to Up: the
	// catalogue holds no red base step, so the mappings keep the colours.
	res := importDashboardFile(t, filepath.Join(testtool.Root(t), "testdata", "mixins", "nginx-files", "dashboard.json"), "nginx")
	if !bytes.Contains(res.Spec, []byte("- value: 0\n                text: Down\n                color: '#E02F44'")) ||
		!bytes.Contains(res.Spec, []byte("- value: 1\n                text: Up\n                color: '#299c46'")) {
		t.Errorf("want Down in the singlestat's red and Up in its green:\n%s", res.Spec)
	}
}

func TestAGraphsLeftAxisGivesItsUnitMinMaxAndDecimalsAsGrafanasMigrationDoes(t *testing.T) {
	// mysqld-mixin's "MySQL Network Traffic": unit short in the field
	// defaults, Bps on the left y-axis, which Grafana keeps when it
	// migrates the graph to a time series (graphToTimeseriesOptions).
	const src = `{"title": "d", "uid": "d", "panels": [
  {"type": "graph", "title": "Traffic", "gridPos": {"h": 7, "w": 24},
   "fieldConfig": {"defaults": {"unit": "short", "min": 5}},
   "yaxes": [{"format": "Bps", "min": "0", "max": null, "decimals": 1}, {"format": "short"}],
   "targets": [{"expr": "rate(x_bytes_total[5m])", "refId": "A"}]},
  {"type": "graph", "title": "No axis format", "gridPos": {"h": 7, "w": 24},
   "fieldConfig": {"defaults": {"unit": "bytes"}},
   "yaxes": [{"min": "", "decimals": null}],
   "targets": [{"expr": "x_bytes", "refId": "A"}]}
]}`
	res, err := importer.ImportDashboard("d.json", []byte(src), "x", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"title: Traffic type: timeseries unit: Bps min: 0 decimals: 1 width: 24",
		"title: No axis format type: timeseries unit: bytes width: 24",
	} {
		if !strings.Contains(strings.Join(strings.Fields(string(res.Spec)), " "), want) {
			t.Errorf("want %q in:\n%s", want, res.Spec)
		}
	}
}

// TestARowRepeatedForARenamedVariableIsRepeatedPanelsReadingItsNewName:
// RabbitMQ's Erlang-Memory-Allocators (v3.10.8) repeats a row titled
// $memory_allocator for each allocator chosen, and its variable lists label
// alloc. The import renamed the variable to $alloc in the queries, but
// dropped the row's repeat without a word and kept $memory_allocator in
// the row's and panels' titles, which Grafana then showed as written.
func TestARowRepeatedForARenamedVariableIsRepeatedPanelsReadingItsNewName(t *testing.T) {
	const src = `{"title": "Erlang-Memory-Allocators", "uid": "o_rtdpWik",
 "templating": {"list": [{"name": "memory_allocator", "type": "query", "multi": true, "includeAll": true,
   "query": "label_values(erlang_vm_allocators, alloc)"}]},
 "panels": [
  {"type": "row", "title": "$memory_allocator", "repeat": "memory_allocator", "panels": []},
  {"type": "timeseries", "title": "$memory_allocator - Usage",
   "targets": [{"expr": "sum(erlang_vm_allocators{alloc=\"$memory_allocator\", usage=\"blocks_size\"})", "refId": "A"}]},
  {"type": "timeseries", "title": "MB-C",
   "targets": [{"expr": "sum(erlang_vm_allocators{alloc=\"$memory_allocator\", usage=\"blocks_size\"})", "refId": "A"}]},
  {"type": "stat", "title": "Carriers of ${memory_allocator}", "repeat": "memory_allocator",
   "targets": [{"expr": "sum(erlang_vm_allocators{alloc=\"$memory_allocator\", usage=\"carriers\"})", "refId": "A"}]}
 ]}`
	res, err := importer.ImportDashboard("a.json", []byte(src), "rabbitmq", "")
	if err != nil {
		t.Fatal(err)
	}
	spec := strings.Join(strings.Fields(string(res.Spec)), " ")
	for _, want := range []string{
		"- title: $alloc panels: - title: $alloc - Usage type: timeseries repeat: alloc",
		"- title: MB-C ($alloc) type: timeseries repeat: alloc",
		"- title: Carriers of $alloc type: stat repeat: alloc",
		`alloc="$alloc"`,
	} {
		if !strings.Contains(spec, want) {
			t.Errorf("want %q in:\n%s", want, res.Spec)
		}
	}
	if strings.Contains(spec, "memory_allocator") {
		t.Errorf("the old variable name is left in:\n%s", res.Spec)
	}
	said := messages(res.Diags)
	want := `row "$memory_allocator" is repeated for $memory_allocator, one copy of the row per value chosen; obsgen repeats each of its panels for $alloc instead, one copy per value, side by side, each titled with its value`
	if !slices.Contains(said, want) {
		t.Errorf("the row's repeat is not reported; said:\n%s", strings.Join(said, "\n"))
	}
}

// TestAVariablesSelectionChangeIsSaidOnlyWhenObsgensDiffers: RabbitMQ's
// dashboards offer namespace one value at a time and compare it with =,
// as obsgen's generated variable then does too, yet every such variable
// drew a warning that obsgen's offers several values and All.
func TestAVariablesSelectionChangeIsSaidOnlyWhenObsgensDiffers(t *testing.T) {
	variable := func(name string, multi bool) string {
		return fmt.Sprintf(`{"name": %q, "type": "query", "multi": %t, "includeAll": %t, "query": "label_values(rabbitmq_identity_info, %s)"}`, name, multi, multi, name)
	}
	src := `{"title": "RabbitMQ-Overview", "uid": "Kn5xm-gZk",
 "templating": {"list": [` + variable("namespace", false) + `, ` + variable("rabbitmq_cluster", true) + `, ` + variable("rabbitmq_node", false) + `]},
 "panels": [{"type": "stat", "title": "Ready messages",
   "targets": [{"expr": "sum(rabbitmq_queue_messages_ready{namespace=\"$namespace\", rabbitmq_cluster=\"$rabbitmq_cluster\", rabbitmq_node=~\"$rabbitmq_node\"})", "refId": "A"}]}]}`
	res, err := importer.ImportDashboard("o.json", []byte(src), "rabbitmq", "")
	if err != nil {
		t.Fatal(err)
	}
	said := messages(res.Diags)
	want := []string{
		"variable rabbitmq_cluster offered several values at once and All; obsgen's offers one at a time, since a query compares it with =, which takes several values literally",
		"variable rabbitmq_node offered one value at a time; obsgen's offers several and All (.*, its default), since no query compares it with =",
	}
	if !slices.Equal(said, want) {
		t.Errorf("said\n%q\nwant\n%q", said, want)
	}
}

// TestARowRepeatedForAVariableTheDashboardLacksIsShownOnce: jonnenauha's
// Varnish dashboard repeats its rows for a $cluster it does not define,
// which Grafana shows once. The import repeated every panel for it and
// titled them "Cache Hit Rate ($cluster)", and lint then refused the
// repeats of an unknown variable, so generate failed.
func TestARowRepeatedForAVariableTheDashboardLacksIsShownOnce(t *testing.T) {
	const src = `{"title": "Varnish", "uid": "varnish",
 "templating": {"list": [{"name": "varnish_instance", "type": "query", "query": "label_values(varnish_up, instance)"}]},
 "rows": [{"title": "Row title", "repeat": "cluster", "panels": [
   {"type": "graph", "title": "Cache Hit Rate", "repeat": "datacenter",
    "targets": [{"expr": "rate(varnish_main_cache_hit{instance=~\"$varnish_instance\"}[5m])", "refId": "A"}]}]}]}`
	res, err := importer.ImportDashboard("v.json", []byte(src), "varnish", "")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(res.Spec, []byte("repeat")) || bytes.Contains(res.Spec, []byte("$cluster")) {
		t.Errorf("a repeat of a variable the dashboard lacks is kept:\n%s", res.Spec)
	}
	said := messages(res.Diags)
	for _, want := range []string{
		`row "Row title" is repeated for $cluster, which the dashboard does not offer as a label variable: Grafana shows it once, and so does the generated dashboard`,
		`panel "Cache Hit Rate" is repeated for $datacenter, which the dashboard does not offer as a label variable: Grafana shows it once, and so does the generated dashboard`,
	} {
		if !slices.Contains(said, want) {
			t.Errorf("not said: %s\nsaid:\n%s", want, strings.Join(said, "\n"))
		}
	}
}

// TestQueriesRewrittenAlikeAreSaidOnce: jonnenauha's Varnish dashboard
// selects instance=~"^($varnish_instance).*" in 23 queries, and a trial
// read the same warning 23 times; the first says it, with how many more.
func TestQueriesRewrittenAlikeAreSaidOnce(t *testing.T) {
	target := func(metric string) string {
		return `{"type": "graph", "title": "` + metric + `", "targets": [{"expr": "sum(irate(` + metric + `{instance=~\"^($varnish_instance).*\"}[5m]))", "refId": "A"}]}`
	}
	src := `{"title": "Varnish", "uid": "varnish",
 "templating": {"list": [{"name": "varnish_instance", "type": "query", "query": "label_values(varnish_up, instance)"}]},
 "panels": [` + target("varnish_main_client_req") + `, ` + target("varnish_main_backend_req") + `, ` + target("varnish_main_cache_hit") + `]}`
	res, err := importer.ImportDashboard("v.json", []byte(src), "varnish", "")
	if err != nil {
		t.Fatal(err)
	}
	var rewrites []string
	for _, d := range res.Diags {
		if strings.Contains(d.Message, "from variables that list parts of it") {
			rewrites = append(rewrites, d.Message)
		}
	}
	if len(rewrites) != 1 || !strings.HasPrefix(rewrites[0], `panel "varnish_main_client_req": query`) || !strings.HasSuffix(rewrites[0], "; so are 2 more queries that build it alike") {
		t.Errorf("want one warning, at the first query, counting the two others; got %q", rewrites)
	}
}

// TestWhatAnAngularPanelShowedBesideItsValueIsSaid: jonnenauha's Varnish
// dashboard draws memory in bytes on a graph's second y-axis beside rates,
// shows the version label of a table query in a singlestat ("7.1.1"; the
// generated stat showed 1 in its unit, "1 second") and averages the VMODs
// loaded; the import dropped all three without a word. tableColumn is read
// only from a table query, so a time series' is nothing lost.
func TestWhatAnAngularPanelShowedBesideItsValueIsSaid(t *testing.T) {
	const src = `{"title": "Varnish", "uid": "varnish", "panels": [
  {"type": "graph", "title": "Cache", "yaxes": [{"format": "short"}, {"format": "bytes"}],
   "seriesOverrides": [{"alias": "/.*mem /", "yaxis": 2}],
   "targets": [{"expr": "rate(varnish_main_cache_hit[5m])", "refId": "A"}, {"expr": "varnish_sma_g_bytes", "refId": "B"}]},
  {"type": "singlestat", "title": "Version", "tableColumn": "version",
   "targets": [{"expr": "varnish_version", "format": "table", "refId": "A"}]},
  {"type": "singlestat", "title": "Sessions", "tableColumn": "frontend_for", "valueName": "avg",
   "targets": [{"expr": "varnish_main_sessions", "refId": "A"}]}
]}`
	res, err := importer.ImportDashboard("v.json", []byte(src), "varnish", "")
	if err != nil {
		t.Fatal(err)
	}
	said := messages(res.Diags)
	for _, want := range []string{
		`panel "Cache": obsgen does not write its second y-axis (/.*mem / in bytes; obsgen's panel has one axis, one unit); the generated panel draws without them`,
		`panel "Version": obsgen does not write the label it showed (tableColumn version: the generated stat shows the series' value); the generated panel draws without them`,
		`panel "Sessions": obsgen does not write its reduction avg (the generated stat shows the last value); the generated panel draws without them`,
	} {
		if !slices.Contains(said, want) {
			t.Errorf("not said: %s\nsaid:\n%s", want, strings.Join(said, "\n"))
		}
	}
}

// TestAnIntervalVariablesQueriesReadAWindowInItsPlace: dashboard 249
// ("Named processes") reads rate(…[$interval]) of an interval variable
// obsgen does not offer; written as they were, its queries drew three
// undefined-variable errors and generate refused.
func TestAnIntervalVariablesQueriesReadAWindowInItsPlace(t *testing.T) {
	for _, tc := range []struct {
		name, variable, want, said string
	}{
		{"the saved choice", `"query": "1m,5m,10m,30m", "current": {"text": "10m", "value": "10m"}`, "[10m]", "the value the dashboard was saved with"},
		{"Grafana's rate interval for an automatic one", `"query": "1m,5m", "auto": true, "current": {"value": "$__auto_interval_interval"}`, "[$__rate_interval]", "which follows the time range shown"},
		{"its first value when none was saved", `"query": " 5m, 1h"`, "[5m]", "its first value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := `{"title": "Named processes", "uid": "p",
 "templating": {"list": [{"name": "interval", "type": "interval", ` + tc.variable + `}]},
 "panels": [{"type": "timeseries", "title": "cpu",
   "targets": [{"expr": "sum by (groupname) (rate(namedprocess_namegroup_cpu_seconds_total[$interval]))", "refId": "A"},
               {"expr": "rate(namedprocess_namegroup_read_bytes_total[${interval}])", "refId": "B"}]}]}`
			res, err := importer.ImportDashboard("a.json", []byte(src), "processes", "")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Count(string(res.Spec), tc.want) != 2 || strings.Contains(string(res.Spec), "$interval") || strings.Contains(string(res.Spec), "${interval}") {
				t.Errorf("want both queries reading %s:\n%s", tc.want, res.Spec)
			}
			if len(res.Diags) != 1 || !strings.Contains(res.Diags[0].Message, "2 queries reading $interval read "+strings.Trim(tc.want, "[]")+" instead, "+tc.said) {
				t.Errorf("said %v", res.Diags)
			}
		})
	}
}

// TestAnOverridesUnitByTheNameAQueryGivesItsSeriesIsThatQuerysUnit: the
// apache-http-mixin's Load panel shows calls in req/s and "Bytes sent" in
// Bps by an override of that name; left out, the generated panel showed
// 16 kB/s as "16.2 k req/s".
func TestAnOverridesUnitByTheNameAQueryGivesItsSeriesIsThatQuerysUnit(t *testing.T) {
	const src = `{"title": "Apache", "uid": "a",
 "panels": [{"type": "timeseries", "title": "Load", "fieldConfig": {"defaults": {"unit": "reqps"},
   "overrides": [
    {"matcher": {"id": "byName", "options": "Bytes sent"}, "properties": [{"id": "custom.axisPlacement", "value": "right"}, {"id": "unit", "value": "Bps"}]},
    {"matcher": {"id": "byName", "options": "{{instance}}"}, "properties": [{"id": "unit", "value": "s"}]},
    {"matcher": {"id": "byFrameRefID", "options": "C"}, "properties": [{"id": "unit", "value": "percentunit"}]}]},
   "targets": [{"expr": "rate(apache_accesses_total[5m])", "legendFormat": "Calls", "refId": "A"},
               {"expr": "rate(apache_sent_kilobytes_total[5m]) * 1000", "legendFormat": "Bytes sent", "refId": "B"},
               {"expr": "apache_cpuload / 100", "legendFormat": "{{instance}}", "refId": "C"}]}]}`
	res, err := importer.ImportDashboard("a.json", []byte(src), "apache", "")
	if err != nil {
		t.Fatal(err)
	}
	c, diags := specload.LoadBytes("d.yaml", res.Spec)
	if c == nil || diags.HasErrors() {
		t.Fatalf("%v\n%s", diags, res.Spec)
	}
	var units []string
	for _, q := range c.Dashboards[0].Rows[0].Panels[0].Queries {
		units = append(units, q.Unit)
	}
	if want := []string{"", "Bps", "percentunit"}; !slices.Equal(units, want) {
		t.Errorf("query units %q, want %q", units, want)
	}
	if len(res.Diags) != 1 || !strings.Contains(res.Diags[0].Message, "its overrides") {
		t.Errorf("the axis placement and the templated name's override are not said lost: %v", res.Diags)
	}
}

// TestGrafanasSavedCopiesOfARepeatedPanelAreLeftOut: snmp_exporter's
// Ubiquiti access point dashboard saves ten copies of its per-interface
// panel, which the import wrote as ten more identical panels.
func TestGrafanasSavedCopiesOfARepeatedPanelAreLeftOut(t *testing.T) {
	data, err := os.ReadFile("../../testdata/mixins/dashboards/repeat-copies-and-text.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.ImportDashboard("ap.json", data, "snmp", "")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(res.Spec), "title: Bits - $ifName"); n != 1 {
		t.Errorf("%d panels titled Bits - $ifName, want the repeated one only:\n%s", n, res.Spec)
	}
	said := false
	for _, d := range res.Diags {
		said = said || strings.HasPrefix(d.Message, "2 panels are left out: copies Grafana saved")
	}
	if !said {
		t.Errorf("the copies are not said left out: %v", res.Diags)
	}
}

// TestAVariableLeftOutThatQueriesReadSaysSo: markuslindenberg's SNMP
// dashboard lists interfaces with query_result(), which obsgen does not
// offer; its 25 queries kept reading $index, and lint then refused
// generate after an import that had said 0 errors and only that the
// variable was left out.
func TestAVariableLeftOutThatQueriesReadSaysSo(t *testing.T) {
	const src = `{"title": "SNMP", "uid": "s",
 "templating": {"list": [
   {"name": "index", "type": "query", "query": "query_result(ifOperStatus{instance=\"$instance\"})"},
   {"name": "unread", "type": "custom", "query": "a,b"}]},
 "panels": [{"type": "timeseries", "title": "Traffic",
   "targets": [{"expr": "rate(ifHCInOctets{ifIndex=\"$index\"}[5m]) * 8", "refId": "A"},
               {"expr": "rate(ifHCOutOctets{ifIndex=\"$index\"}[5m]) * 8", "refId": "B"}]}]}`
	res, err := importer.ImportDashboard("s.json", []byte(src), "snmp", "")
	if err != nil {
		t.Fatal(err)
	}
	said := messages(res.Diags)
	for _, want := range []string{
		"variable index (query) is left out: obsgen offers label_values() variables of labels only; 2 queries still read $index, which lint reports (undefined-variable) until they read a variable the dashboard offers",
		"variable unread (custom) is left out: obsgen offers label_values() variables of labels only",
	} {
		if !slices.Contains(said, want) {
			t.Errorf("want %q, said:\n%s", want, strings.Join(said, "\n"))
		}
	}
}

// TestAnUntitledSinglestatIsTitledByWhatItShowsBesideItsValue:
// markuslindenberg's SNMP dashboard has five untitled singlestats whose
// prefix says what they are; each was imported as "Panel", and the
// runbook pages linked to "SNMP › SNMP › Panel".
func TestAnUntitledSinglestatIsTitledByWhatItShowsBesideItsValue(t *testing.T) {
	const src = `{"title": "SNMP", "uid": "s", "panels": [
   {"type": "singlestat", "title": "", "prefix": "Uptime", "targets": [{"expr": "sysUpTime / 100", "refId": "A"}]},
   {"type": "stat", "title": "", "targets": [{"expr": "snmp_scrape_duration_seconds", "legendFormat": "Walk duration", "refId": "A"}]},
   {"type": "stat", "title": "", "targets": [{"expr": "up", "legendFormat": "{{instance}}", "refId": "A"}]}]}`
	res, err := importer.ImportDashboard("s.json", []byte(src), "snmp", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"- title: Uptime", "- title: Walk duration", "- title: Panel"} {
		if !strings.Contains(string(res.Spec), want) {
			t.Errorf("want %q in:\n%s", want, res.Spec)
		}
	}
}

// messages lists what diagnostics say, in order.
func messages(ds diag.List) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Message)
	}
	return out
}
