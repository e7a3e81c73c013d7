package verify_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/verify"
)

// specWith returns a catalogue whose only metric group holds metrics (YAML
// list items, indented for metric_groups[0].metrics).
func specWith(t *testing.T, group, metrics string) *catalogue.Catalogue {
	t.Helper()
	text := "apiVersion: obsgen.dev/v1\nservice:\n  name: app\nlabels:\n  - name: op\n  - name: slab\nmetric_groups:\n  - name: app\n" + group + "    metrics:\n" + metrics
	c, diags := specload.LoadBytes("spec.yaml", []byte(text))
	if diags.HasErrors() {
		t.Fatalf("spec: %v\n%s", diags, text)
	}
	return c
}

func TestWhatTheCatalogueDeclaresDecidesHowAFamilyMatches(t *testing.T) {
	const (
		counterX      = "      - {name: app_x, type: counter, help: X.}\n"
		counterXTotal = "      - {name: app_x_total, type: counter, help: X.}\n"
		textX         = "# HELP app_x X.\n# TYPE app_x counter\napp_x 1\n"
		textXTotal    = "# HELP app_x_total X.\n# TYPE app_x_total counter\napp_x_total 1\n"
		omX           = "# TYPE app_x counter\n# HELP app_x X.\napp_x_total 1\napp_x_created 1.7e+09\n# EOF\n"
		nativeText    = "# HELP app_wait_seconds Wait.\n# TYPE app_wait_seconds histogram\n" +
			"app_wait_seconds_bucket{le=\"+Inf\"} 3\napp_wait_seconds_sum 1.5\napp_wait_seconds_count 3\n"
		classicText = "# HELP app_wait_seconds Wait.\n# TYPE app_wait_seconds histogram\n" +
			"app_wait_seconds_bucket{le=\"0.1\"} 1\napp_wait_seconds_bucket{le=\"1\"} 2\napp_wait_seconds_bucket{le=\"+Inf\"} 3\n" +
			"app_wait_seconds_sum 1.5\napp_wait_seconds_count 3\n"
		native = "      - {name: app_wait_seconds, type: histogram, unit: seconds, help: Wait., native: true}\n"
		// redis_exporter's latency summary: percentiles, not φ.
		percentText = "# HELP app_lat_usec Lat.\n# TYPE app_lat_usec summary\n" +
			"app_lat_usec{quantile=\"50\"} 6\napp_lat_usec{quantile=\"99\"} 9\napp_lat_usec_sum 60\napp_lat_usec_count 10\n"
	)
	cases := []struct {
		name          string
		group         string
		metrics       string
		exposition    string
		want          []string // "severity code", sorted
		says          []string // fragments of the first finding
		present, docd int      // coverage: documented metrics present / expected
		optional      int      // optional metrics absent
	}{
		{name: "a catalogue untyped metric matches an untyped family without a finding",
			metrics:    "      - {name: app_x, type: untyped, help: X.}\n",
			exposition: "# HELP app_x X.\napp_x 1\n", present: 1, docd: 1},
		{name: "a catalogue untyped metric matches a typed family with an info suggesting the type",
			metrics:    "      - {name: app_x, type: untyped, help: X.}\n",
			exposition: textX, present: 1, docd: 1,
			want: []string{"info declared-untyped"}, says: []string{"declare it type: counter"}},
		{name: "a catalogue untyped metric matches a histogram without bucket or type errors",
			metrics:    "      - {name: app_wait_seconds, type: untyped, help: Wait.}\n",
			exposition: classicText, present: 1, docd: 1,
			want: []string{"info declared-untyped"}, says: []string{"declare it type: histogram"}},
		{name: "a text-format counter without _total matches a catalogue counter of the same name",
			metrics: counterX, exposition: textX, present: 1, docd: 1},
		{name: "a text-format counter without _total does not match a catalogue x_total, and is not also undocumented",
			metrics: counterXTotal, exposition: textX, present: 0, docd: 1,
			want: []string{"error absent-metric"}, says: []string{"the exposition has counter app_x", "must record the exported name app_x"}},
		{name: "a text-format x_total does not match a catalogue counter x",
			metrics: counterX, exposition: textXTotal, present: 0, docd: 1,
			want: []string{"error absent-metric"}, says: []string{"the exposition has counter app_x_total", "must record the exported name app_x_total"}},
		{name: "an OpenMetrics counter family x matches a catalogue counter x_total, the name Prometheus stores",
			metrics: counterXTotal, exposition: omX, present: 1, docd: 1},
		{name: "an OpenMetrics counter family x matches a catalogue counter x with a warning to record x_total",
			metrics: counterX, exposition: omX, present: 1, docd: 1,
			want: []string{"warning openmetrics-counter-name"}, says: []string{"samples are app_x_total", "record the metric as app_x_total"}},
		{name: "a native histogram served in the text format with only +Inf is accepted without bucket comparison",
			metrics: native, exposition: nativeText, present: 1, docd: 1},
		{name: "a native histogram whose classic buckets are exposed too but not declared gets an info",
			metrics: native, exposition: classicText, present: 1, docd: 1,
			want: []string{"info classic-buckets-exposed"}, says: []string{"[0.1, 1]", "classic: true"}},
		{name: "a native histogram with classic series compares its buckets as a classic one does",
			metrics:    "      - {name: app_wait_seconds, type: histogram, unit: seconds, help: Wait., native: true, classic: true, buckets: [0.1, 0.5]}\n",
			exposition: classicText, present: 1, docd: 1,
			want: []string{"warning buckets-differ"}, says: []string{"[0.1, 0.5]", "[0.1, 1]"}},
		{name: "a counter declared exposed_as: untyped that is served untyped matches",
			metrics:    "      - {name: app_x_total, type: counter, exposed_as: untyped, help: X.}\n",
			exposition: "# HELP app_x_total X.\n# TYPE app_x_total untyped\napp_x_total 1\n", present: 1, docd: 1},
		{name: "a counter declared exposed_as: untyped that the exporter now types is one exposed-as-differs warning",
			metrics:    "      - {name: app_x_total, type: counter, exposed_as: untyped, help: X.}\n",
			exposition: textXTotal, present: 1, docd: 1,
			want: []string{"warning exposed-as-differs"}, says: []string{"declared exposed_as: untyped", "serves it as a counter"}},
		{name: "a summary serving percentiles where the catalogue declares φ is one quantiles-differ warning",
			metrics:    "      - {name: app_lat_usec, type: summary, help: Lat., quantiles: [0.5, 0.99]}\n",
			exposition: percentText, present: 1, docd: 1,
			want: []string{"warning quantiles-differ"}, says: []string{"declares [0.5, 0.99]", "serves [50, 99]"}},
		{name: "a summary declared to serve no quantiles that serves some is one quantiles-differ warning",
			metrics:    "      - {name: app_lat_usec, type: summary, help: Lat., quantiles: []}\n",
			exposition: percentText, present: 1, docd: 1,
			want: []string{"warning quantiles-differ"}, says: []string{"declares []", "serves [50, 99]"}},
		{name: "a summary serving the percentiles the catalogue declares matches",
			metrics:    "      - {name: app_lat_usec, type: summary, help: Lat., quantiles: [50, 99]}\n",
			exposition: percentText, present: 1, docd: 1},
		{name: "a classic histogram still compares its buckets",
			metrics:    "      - {name: app_wait_seconds, type: histogram, unit: seconds, help: Wait., buckets: [0.1, 1]}\n",
			exposition: nativeText, present: 1, docd: 1,
			want: []string{"warning buckets-differ"}},
		{name: "an absent optional metric is an info naming when it exists, and is not expected",
			metrics:    counterXTotal + "      - {name: app_y, type: gauge, help: Y., optional: {collector: systemd, flag: --collector.systemd}}\n",
			exposition: textXTotal, present: 1, docd: 1, optional: 1,
			want: []string{"info absent-optional"}, says: []string{"gauge app_y is not exposed", "only with collector systemd (--collector.systemd)"}},
		{name: "an absent metric of an optional group is an info",
			group:      "    optional: {platform: darwin}\n",
			metrics:    "      - {name: app_y, type: gauge, help: Y.}\n",
			exposition: textXTotal, present: 0, docd: 0, optional: 1,
			want: []string{"info absent-optional", "warning undocumented-metric"}, says: []string{"only on darwin"}},
		{name: "an optional metric that is present is compared like any other",
			metrics:    "      - {name: app_x_total, type: counter, help: Other., optional: {note: with --feature x}}\n",
			exposition: textXTotal, present: 1, docd: 1,
			want: []string{"warning help-differs"}},
		{name: "a family split by a label no exposed series carries is a warning, not expected: a fresh memcached has no per-slab series yet",
			metrics:    counterXTotal + "      - {name: app_slab_items, type: gauge, help: Items., labels: [slab]}\n",
			exposition: textXTotal, present: 1, docd: 2,
			want: []string{"warning absent-metric"}, says: []string{"gauge app_slab_items is not exposed, nor is any series of app_* with label slab"}},
		{name: "a label served empty is the exporter's, not missing: postfix_exporter's sasl_method=\"\" until a client authenticates",
			metrics:    "      - {name: app_x_total, type: counter, help: X., labels: [op]}\n",
			exposition: "# HELP app_x_total X.\n# TYPE app_x_total counter\napp_x_total{op=\"\"} 1\n", present: 1, docd: 1},
		{name: "a label only another namespace's series carry says nothing: every Go exporter serves promhttp_metric_handler_requests_total{code}, postfix's rejects by code wait for the first reject",
			metrics: "      - {name: postfix_smtpd_messages_rejected_total, type: counter, help: Rejects., labels: [op]}\n" +
				"      - {name: promhttp_metric_handler_requests_total, type: counter, help: Scrapes., labels: [op]}\n",
			exposition: "# HELP promhttp_metric_handler_requests_total Scrapes.\n# TYPE promhttp_metric_handler_requests_total counter\npromhttp_metric_handler_requests_total{op=\"200\"} 1\n", present: 1, docd: 2,
			want: []string{"warning absent-metric"}, says: []string{"nor is any series of postfix_* with label op"}},
		{name: "a family split by a label other series carry is an absent-metric error: it has another name",
			metrics: "      - {name: app_y_total, type: counter, help: Y., labels: [op]}\n" +
				"      - {name: app_z_total, type: counter, help: Z., labels: [op]}\n",
			exposition: "# HELP app_z_total Z.\n# TYPE app_z_total counter\napp_z_total{op=\"a\"} 1\n", present: 1, docd: 2,
			want: []string{"error absent-metric"}, says: []string{"counter app_y_total is documented but not exposed"}},
		{name: "an optional metric whose exported name differs by _total is still an absent-metric error",
			metrics:    "      - {name: app_x_total, type: counter, help: X., optional: {collector: x}}\n",
			exposition: textX, present: 0, docd: 1,
			want: []string{"error absent-metric"}, says: []string{"must record the exported name app_x"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := specWith(t, tc.group, tc.metrics)
			r := check(t, c, "x.prom", tc.exposition, verify.Options{})
			var got []string
			for _, d := range r.Diags {
				got = append(got, d.Severity.String()+" "+d.Code)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Fatalf("findings %q, want %q:\n%v", got, tc.want, r.Diags)
			}
			for _, s := range tc.says {
				if len(r.Diags) == 0 || !strings.Contains(r.Diags[0].Message, s) {
					t.Errorf("the finding does not say %q: %v", s, r.Diags)
				}
			}
			cov := r.Coverage
			if cov.DocumentedPresent != tc.present || cov.Documented != tc.docd || cov.OptionalAbsent != tc.optional {
				t.Errorf("coverage %+v, want %d/%d present and %d optional absent", cov, tc.present, tc.docd, tc.optional)
			}
			if tc.optional > 0 && !strings.Contains(cov.String(), fmt.Sprintf("; %d optional absent)", tc.optional)) {
				t.Errorf("the coverage line does not count the optional metrics: %s", cov)
			}
		})
	}
}
