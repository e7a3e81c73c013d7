package importer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/importer"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/verify"
)

// handWritten is the service.yaml an SRE writes beside an imported spec.
const handWritten = "apiVersion: obsgen.dev/v1\nservice:\n  name: %s\n  title: Imported\n  description: Written by hand beside the import.\n"

// lintSpec writes spec as metrics.yaml into a fresh service folder, beside
// a hand-written service.yaml, and runs what `obsgen lint` runs over it,
// returning the catalogue and every diagnostic.
func lintSpec(t *testing.T, service string, spec []byte) (*catalogue.Catalogue, diag.List) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), service)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "metrics.yaml"), spec, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "service.yaml"), fmt.Appendf(nil, handWritten, service), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Load(pipeline.Options{Specs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Catalogues) != 1 {
		t.Fatalf("no catalogue: %v", res.Diags)
	}
	return res.Catalogues[0], res.Diags
}

// namingWarnings are the lint warnings an imported spec may carry: the
// exporter's own departures from naming conventions, kept as exported.
var namingWarnings = []string{"counter-name", "gauge-name", "quantile-percent"}

// codes returns the distinct codes of diagnostics at least as severe as min.
func codes(l diag.List, min diag.Severity) []string {
	var out []string
	for _, d := range l {
		if d.Severity >= min && !slices.Contains(out, d.Code) {
			out = append(out, d.Code)
		}
	}
	slices.Sort(out)
	return out
}

func readExposition(t *testing.T, path string) *exposition.Exposition {
	t.Helper()
	e, err := exposition.ReadFile(path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestImportThenVerifyRoundTripsOnCapturedExporters(t *testing.T) {
	cases := []struct {
		name, file, service string
		ignore              []string
		enumerate           bool
	}{
		{"the node exporter, everything", "../verify/testdata/node-exporter.prom", "node", nil, false},
		{"the Prometheus server, without the Go client's own series", "../verify/testdata/prometheus.prom", "prometheus", []string{"go_*", "process_*", "promhttp_*"}, false},
		{"Debian's node exporter with its default collectors, untyped families and all", "testdata/node-debian.prom", "node-debian", []string{"go_*", "process_*", "promhttp_*"}, false},
		{"Debian's node exporter with --enumerate", "testdata/node-debian.prom", "node-debian-enumerate", []string{"go_*", "process_*", "promhttp_*"}, true},
		{"Debian's Redis exporter, whose summary serves percentiles", "testdata/redis-debian.prom", "redis-debian", []string{"go_*", "process_*", "promhttp_*"}, false},
		{"Debian's Alertmanager 0.25, whose summaries serve no quantiles", "testdata/alertmanager-debian.prom", "alertmanager-debian", []string{"go_*", "process_*", "promhttp_*"}, false},
		{"Debian's mysqld exporter 0.14 on MariaDB 10.11 with --enumerate, SHOW GLOBAL STATUS and VARIABLES apart", "testdata/mysqld-debian.prom", "mysqld-debian", []string{"go_*", "process_*", "promhttp_*"}, true},
		{"Debian's Apache exporter 0.12 on Apache 2.4, its _ms counters in milliseconds", "testdata/apache-debian.prom", "apache-debian", []string{"go_*", "process_*", "promhttp_*"}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := readExposition(t, tc.file)
			spec, err := importer.Import(e, importer.Options{Service: tc.service, Ignore: tc.ignore, Enumerate: tc.enumerate})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tc.service+".yaml"), spec)
			c, diags := lintSpec(t, tc.service, spec)
			for _, code := range codes(diags, diag.Warning) {
				if !slices.Contains(namingWarnings, code) {
					t.Errorf("obsgen lint finds %s in the imported spec:\n%v", code, diags)
				}
			}
			r := verify.Verify(c, e, verify.Options{})
			if len(r.Diags) != 0 || !r.Coverage.Complete() || r.Coverage.Documented == 0 {
				t.Errorf("import then verify is not clean and complete:\n%v\n%s", r.Diags, r.Coverage)
			}
		})
	}
}

func TestImportKeepsExportedNamesAndTypesAndSaysWhereTheyBreakConventions(t *testing.T) {
	e := readExposition(t, "testdata/edge.prom")
	spec, err := importer.Import(e, importer.Options{Service: "edge"})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/edge.yaml", spec)
	c, diags := lintSpec(t, "edge", spec)
	if diags.HasErrors() {
		t.Fatalf("obsgen lint rejects the imported spec:\n%v", diags)
	}
	// Only what the exposition really does against the conventions
	// remains, as the comments in the spec announce.
	if got, want := codes(diags, diag.Warning), []string{"counter-name", "gauge-name", "reserved-label"}; !slices.Equal(got, want) {
		t.Errorf("lint warnings %v, want %v:\n%v", got, want, diags)
	}
	for name, typ := range map[string]string{
		"app_requests": "counter", "app_hits": "counter", "app_hits_total": "gauge",
		"app_legacy_events_total": "untyped", "app_temperature_celsius": "untyped",
	} {
		if m := c.Metric(name); m == nil || m.Type != typ {
			t.Errorf("%s is not the %s it is exported as: %+v", name, typ, m)
		}
	}
	if m := c.Metric("app_requests_total"); m != nil {
		t.Errorf("a counter was renamed to %s", m.Name)
	}
	for _, note := range []string{
		"yaml-language-server: $schema=" + speccodec.SchemaID,
		"Values seen on one host are examples",
		"a counter served without _total: the catalogue keeps the exported name",
		"served untyped (TYPE untyped, or none)",
		"its _total suffix suggests a counter",
		"declare type: counter and exposed_as: untyped under this same name, and rate() on it is clean",
		"HELP had line breaks",
		"the exposition has no HELP",
		"series have different buckets",
		"label my.label left out",
		"app.dotted.name: not a metric name",
	} {
		if !strings.Contains(string(spec), note) {
			t.Errorf("the spec has no comment saying %q", note)
		}
	}
	if !strings.HasPrefix(string(spec), "# yaml-language-server: $schema=") {
		t.Errorf("the spec does not start with the schema comment:\n%.200s", spec)
	}
	r := verify.Verify(c, e, verify.Options{})
	if r.Diags.HasErrors() || r.Coverage.Documented != r.Coverage.DocumentedPresent {
		t.Errorf("verify finds errors in what import wrote:\n%v\n%s", r.Diags, r.Coverage)
	}
	if got, want := codes(r.Diags, diag.Info), []string{"extra-label", "undocumented-metric"}; !slices.Equal(got, want) {
		t.Errorf("verify findings %v, want %v:\n%v", got, want, r.Diags)
	}
}

func TestLabelValuesAreExamplesUnlessEnumerated(t *testing.T) {
	edge := readExposition(t, "testdata/edge.prom")
	node := readExposition(t, "testdata/node-debian.prom")
	mysqld := readExposition(t, "testdata/mysqld-debian.prom")
	cases := []struct {
		name      string
		e         *exposition.Exposition
		enumerate bool
		label     string
		// values is the enumeration expected, nil for a free label.
		values []string
		// example is the example expected of a free label.
		example string
		// note is a fragment of the comment above the label ("" for none).
		note string
	}{
		{name: "by default a label with two values seen is free, with the first as example",
			e: edge, label: "method", example: "GET"},
		{name: "by default a label with blank values takes the first other value as example",
			e: edge, label: "kind", example: "x"},
		{name: "by default node_exporter's device is free, its example the busiest disk's",
			e: node, label: "device", example: "vda"},
		{name: "with --enumerate a few values seen on every family are an enumeration",
			e: edge, enumerate: true, label: "method", values: []string{"GET", "POST"}},
		{name: "with --enumerate a label whose families show parts of one set is an enumeration of the whole",
			e: node, enumerate: true, label: "mode",
			values: []string{"idle", "iowait", "irq", "nice", "softirq", "steal", "system", "user"}},
		{name: "with --enumerate a label whose values differ between families is free, saying why",
			e: node, enumerate: true, label: "device", example: "vda",
			note: "its values differ between metric families (node_arp_entries has \"eth0\", node_disk_discard_time_seconds_total has \"vda\"): it names different things, not one closed set; declared free"},
		{name: "with --enumerate a label with blank values is free",
			e: edge, enumerate: true, label: "kind", example: "x", note: "some values are blank"},
		{name: "with --enumerate a label only _info metrics carry is free",
			e: edge, enumerate: true, label: "version", example: "1.2.3", note: "carried by _info metrics only"},
		{name: "with --enumerate a label with one value seen is free: it is the host's",
			e: node, enumerate: true, label: "fstype", example: "ext4", note: `one value seen ("ext4") is this host's, not a set`},
		{name: "with --enumerate a label whose values are numbers is free: another host has more CPUs",
			e: node, enumerate: true, label: "cpu", example: "1", note: "its values are numbers (0, 1)"},
		{name: "with --enumerate mysqld_exporter's mysql_user is free: the next account to connect is a new value",
			e: mysqld, enumerate: true, label: "mysql_user", example: "event_scheduler",
			note: "its name (mysql_user) says it names accounts: a new account is a new value, so the set is open; declared free"},
		{name: "with --enumerate mysqld_exporter's user of the user statistics is free, its example the busiest account",
			e: mysqld, enumerate: true, label: "user", example: "exporter", note: "its name (user) says it names accounts"},
		{name: "with --enumerate mysqld_exporter's connection error kinds, a closed set, are an enumeration",
			e: mysqld, enumerate: true, label: "error",
			values: []string{"accept", "internal", "max_connections", "peer_address", "select", "tcpwrap"}},
		{name: "with --enumerate a label with more than 10 values is free",
			e: edge, enumerate: true, label: "user", example: "u12", note: "more than 10 distinct values"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			spec, err := importer.Import(tc.e, importer.Options{Service: "x", Enumerate: tc.enumerate, Ignore: []string{"go_*", "process_*", "promhttp_*"}})
			if err != nil {
				t.Fatal(err)
			}
			c, diags := specload.LoadBytes("spec.yaml", spec)
			if diags.HasErrors() {
				t.Fatalf("%v", diags)
			}
			l := c.Label(tc.label)
			if l == nil {
				t.Fatalf("no label %s", tc.label)
			}
			if got := l.ValueNames(); !slices.Equal(got, tc.values) {
				t.Errorf("values %q, want %q", got, tc.values)
			}
			if l.Example != tc.example {
				t.Errorf("example %q, want %q", l.Example, tc.example)
			}
			above := commentAbove(string(spec), "  - name: "+tc.label+"\n")
			if (tc.note == "") != (above == "") || !strings.Contains(above, tc.note) {
				t.Errorf("comment above label %s is %q, want one saying %q", tc.label, above, tc.note)
			}
		})
	}
}

// TestAnEnumeratedImportVerifiesAfterTheExporterRestartsAndANewAccountConnects:
// mysql_user and user were enumerated as the accounts seen, and once one
// more connected verify reported each of its 25 series as an
// unknown-label-value; mysql_exporter_scrape_errors_total{collector}, seen
// because one collector had failed, was an absent-metric error once the
// restarted exporter had not failed yet.
func TestAnEnumeratedImportVerifiesAfterTheExporterRestartsAndANewAccountConnects(t *testing.T) {
	e := readExposition(t, "testdata/mysqld-debian.prom")
	spec, err := importer.Import(e, importer.Options{Service: "mysqld", Enumerate: true, Ignore: []string{"go_*", "process_*", "promhttp_*"}})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := lintSpec(t, "mysqld", spec)
	later := readExposition(t, "testdata/mysqld-debian-restarted.prom")
	if !slices.ContainsFunc(later.Families, func(f *exposition.Family) bool {
		return slices.ContainsFunc(f.Series, func(s exposition.Series) bool { v, _ := s.Label("mysql_user"); return v == "app" })
	}) || later.Family("mysql_exporter_scrape_errors_total") != nil {
		t.Fatal("the later capture is not of a new account app and an exporter yet to fail")
	}
	r := verify.Verify(c, later, verify.Options{})
	if r.Diags.HasErrors() {
		t.Errorf("verify finds errors:\n%v", r.Diags)
	}
	if !slices.ContainsFunc(r.Diags, func(d diag.Diagnostic) bool {
		return d.Code == "absent-optional" && strings.Contains(d.Message, "mysql_exporter_scrape_errors_total") && strings.Contains(d.Message, "only after its first error")
	}) {
		t.Errorf("verify does not say the scrape errors counter appears only after its first error:\n%v", r.Diags)
	}
}

// commentAbove returns the comment lines just above the first line of
// spec that is line, without their "#".
func commentAbove(spec, line string) string {
	i := strings.Index(spec, line)
	if i < 0 {
		return ""
	}
	lines := strings.Split(spec[:i], "\n")
	var out []string
	for j := len(lines) - 2; j >= 0; j-- {
		text, ok := strings.CutPrefix(strings.TrimSpace(lines[j]), "#")
		if !ok {
			break
		}
		out = append([]string{strings.TrimSpace(text)}, out...)
	}
	return strings.Join(out, "\n")
}

func TestImportOfOpenMetricsKeepsItsUnitsAndStoredCounterNames(t *testing.T) {
	e := readExposition(t, "../verify/testdata/small.om")
	spec, err := importer.Import(e, importer.Options{Service: "small", Ignore: []string{"go_*"}})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/small-om.yaml", spec)
	c, diags := lintSpec(t, "small", spec)
	if diags.Count(diag.Warning) > 0 {
		t.Errorf("lint: %v", diags)
	}
	// OpenMetrics counter family small_requests has samples
	// small_requests_total, the name Prometheus stores.
	if c.Metric("small_requests_total") == nil {
		t.Errorf("the OpenMetrics counter is not recorded under its stored name:\n%s", spec)
	}
	if r := verify.Verify(c, e, verify.Options{}); len(r.Diags) != 0 || !r.Coverage.Complete() {
		t.Errorf("verify: %v %s", r.Diags, r.Coverage)
	}
}

func TestImportRefusesABadServiceName(t *testing.T) {
	e := readExposition(t, "../verify/testdata/small.prom")
	for _, name := range []string{"", "Bad Name", "-x", strings.Repeat("a", 70)} {
		if _, err := importer.Import(e, importer.Options{Service: name}); err == nil {
			t.Errorf("service %q accepted", name)
		}
	}
}

// TestAnImportOfWhatTheFolderDeclaresSaysSo: the bytes returned were taken
// before the groups were written, and the comment saying what was left
// out, and why, was lost.
func TestAnImportOfWhatTheFolderDeclaresSaysSo(t *testing.T) {
	e := readExposition(t, "testdata/edge.prom")
	declared := importer.Declared{Metrics: map[string]bool{}, Labels: map[string][]string{"user": {"u01"}}}
	for _, f := range e.Families {
		declared.Metrics[f.Name] = true
	}
	spec, err := importer.Import(e, importer.Options{Service: "x", Declared: declared})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Left out of the catalogue:", "declared in another file of the service's folder", "metric_groups: []", "this exposition also serves u02"} {
		if !strings.Contains(string(spec), want) {
			t.Errorf("no %q in:\n%s", want, spec)
		}
	}
	if _, diags := specload.LoadBytes("spec.yaml", spec); diags.HasErrors() {
		t.Errorf("it does not load: %v", diags)
	}
}

func TestAnImportWhileTheServiceIsDownSaysSo(t *testing.T) {
	// Debian's Apache exporter scraped while apache2 was stopped serves
	// apache_up 0, its build info and its scrape failures, nothing else.
	for _, tc := range []struct {
		file string
		down bool
	}{{"testdata/apache-debian-down.prom", true}, {"testdata/apache-debian.prom", false}} {
		_, notes, err := importer.ImportNoting(readExposition(t, tc.file), importer.Options{Service: "apache", Ignore: []string{"go_*", "process_*", "promhttp_*"}})
		if err != nil {
			t.Fatal(err)
		}
		said := slices.ContainsFunc(notes, func(n string) bool {
			return strings.HasPrefix(n, "apache_up is 0: the exporter could not reach what it watches")
		})
		if said != tc.down {
			t.Errorf("%s: notes %q, want the apache_up note: %v", tc.file, notes, tc.down)
		}
	}
}

// TestABackendsUpGaugeAtZeroIsNoServiceDown: prometheus_varnish_exporter
// serves varnish_backend_up{backend, server}, each backend's health probe,
// 0 where none is configured; a Varnish trial's import said the exporter
// could not reach Varnish, which served traffic and varnish_up 1.
func TestABackendsUpGaugeAtZeroIsNoServiceDown(t *testing.T) {
	const text = "# HELP varnish_up Was the last scrape of varnish successful.\n# TYPE varnish_up gauge\nvarnish_up 1\n" +
		"# HELP varnish_backend_up Backend up as per the latest health probe.\n# TYPE varnish_backend_up gauge\n" +
		"varnish_backend_up{backend=\"default\",server=\"unknown\"} 0\n"
	e, err := exposition.Parse("varnish.prom", []byte(text), exposition.DetectFormat([]byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	_, notes, err := importer.ImportNoting(e, importer.Options{Service: "varnish"})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range notes {
		if strings.Contains(n, "could not reach") {
			t.Errorf("said: %s", n)
		}
	}
}

// TestAnImportFromAnAddressTheKeptScrapeSectionLacksSaysSo: after obsgen
// init, whose service.yaml scrapes a placeholder localhost:8080, an Apache
// trial imported its exporter from 127.0.0.1:9117; the scrape section was
// kept, silently, and the generated configuration scraped Apache itself.
func TestAnImportFromAnAddressTheKeptScrapeSectionLacksSaysSo(t *testing.T) {
	e := readExposition(t, "testdata/apache-debian.prom")
	for _, tc := range []struct {
		name, url string
		static    []string
		said      bool
	}{
		{"the placeholder of another port", "http://127.0.0.1:9117/metrics", []string{"localhost:8080"}, true},
		{"the same address under another loopback name", "http://127.0.0.1:9117/metrics", []string{"localhost:9117"}, false},
		{"a file, not an address", "", []string{"localhost:8080"}, false},
		{"a section of discovered targets only", "http://127.0.0.1:9117/metrics", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, notes, err := importer.ImportNoting(e, importer.Options{Service: "apache", URL: tc.url,
				Declared: importer.Declared{Scrape: true, Static: tc.static}})
			if err != nil {
				t.Fatal(err)
			}
			said := slices.ContainsFunc(notes, func(n string) bool {
				return strings.HasPrefix(n, "the folder's scrape section is kept, and its static targets (localhost:8080) do not include 127.0.0.1:9117")
			})
			if said != tc.said {
				t.Errorf("notes %q, want the note: %v", notes, tc.said)
			}
		})
	}
}

// TestAMultiTargetExportersURLImportsAsAProbeJob: an SNMP trial imported
// snmp_exporter from /snmp?target=…&module=if_mib; the import scraped
// 127.0.0.1:9116/snmp without the query, which the exporter answers 400
// ('target' parameter must be specified once).
func TestAMultiTargetExportersURLImportsAsAProbeJob(t *testing.T) {
	e := readExposition(t, "testdata/apache-debian.prom")
	for _, tc := range []struct {
		name, url string
		want      prometheus.ScrapeConfig
	}{
		{"one target and one module: a probe job of that prober", "http://127.0.0.1:9116/snmp?target=127.0.0.1%3A1161&module=if_mib&auth=public_v2",
			prometheus.ScrapeConfig{JobName: "snmp", MetricsPath: "/snmp", Params: map[string][]string{"auth": {"public_v2"}, "module": {"if_mib"}},
				StaticConfigs: []prometheus.StaticConfig{{Targets: []string{"127.0.0.1:1161"}}},
				RelabelConfigs: []prometheus.RelabelConfig{
					{SourceLabels: []string{"__address__"}, TargetLabel: "__param_target"},
					{SourceLabels: []string{"__param_target"}, TargetLabel: "instance"},
					{TargetLabel: "__address__", Replacement: "127.0.0.1:9116"}}}},
		{"a blackbox exporter's /probe is its default path", "http://127.0.0.1:9115/probe?module=http_2xx&target=https://example.com",
			prometheus.ScrapeConfig{JobName: "snmp", MetricsPath: "/probe", Params: map[string][]string{"module": {"http_2xx"}},
				StaticConfigs: []prometheus.StaticConfig{{Targets: []string{"https://example.com"}}},
				RelabelConfigs: []prometheus.RelabelConfig{
					{SourceLabels: []string{"__address__"}, TargetLabel: "__param_target"},
					{SourceLabels: []string{"__param_target"}, TargetLabel: "instance"},
					{TargetLabel: "__address__", Replacement: "127.0.0.1:9115"}}}},
		{"other query parameters are the job's params", "http://127.0.0.1:9100/metrics?collect%5B%5D=cpu&collect%5B%5D=meminfo",
			prometheus.ScrapeConfig{JobName: "snmp", Params: map[string][]string{"collect[]": {"cpu", "meminfo"}},
				StaticConfigs: []prometheus.StaticConfig{{Targets: []string{"127.0.0.1:9100"}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec, err := importer.Import(e, importer.Options{Service: "snmp", URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			c, diags := specload.LoadBytes("metrics.yaml", spec)
			if c == nil || diags.HasErrors() {
				t.Fatalf("%v\n%s", diags, spec)
			}
			got := prometheus.ScrapeConfigs(c, c.ScrapeVariants()[0])
			if len(got) != 1 || !reflect.DeepEqual(got[0], tc.want) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}
