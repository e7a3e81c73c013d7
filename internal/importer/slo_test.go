package importer

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/specload"
)

// withMetrics loads an imported slos spec beside the metrics of the
// Sloth comparison's catalogue.
func withMetrics(t *testing.T, spec []byte) *catalogue.Catalogue {
	t.Helper()
	svc, err := os.ReadFile("../../scripts/slothcompare/spec/rstmdb/service.yaml")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _, _ := strings.Cut(string(svc), "\nslos:\n")
	dir := filepath.Join(t.TempDir(), "rstmdb")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"metrics.yaml": []byte(metrics + "\n"), "slos.yaml": spec} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, diags, _ := specload.Load(dir, specload.Options{})
	if diags.HasErrors() {
		t.Fatalf("the imported SLOs do not load: %v\n%s", diags, spec)
	}
	return c
}

func TestImportingTheSlothComparisonsSLOsGivesObsgensOwnRules(t *testing.T) {
	data, err := os.ReadFile("../../scripts/slothcompare/sloth.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res, err := ImportSloth("sloth.yaml", data, "")
	if err != nil || len(res.Diags) > 0 || res.SLOs != 3 {
		t.Fatalf("import: %d SLOs, %v, %v", res.SLOs, err, res.Diags)
	}
	got := withMetrics(t, res.Spec)
	want, diags, _ := specload.Load("../../scripts/slothcompare/spec/rstmdb", specload.Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	// The ratio, the latency read from buckets and the availability of up
	// each come back as obsgen's own kind of SLI.
	for i, kind := range []string{"ratio", "latency", "availability"} {
		sli := got.SLOs[i].SLI
		if (kind == "ratio") != (sli.Ratio != nil) || (kind == "latency") != (sli.Latency != nil) || (kind == "availability") != (sli.Availability != nil) {
			t.Errorf("SLO %s: want a %s SLI, got %+v", got.SLOs[i].Name, kind, sli)
		}
	}
	a, err := prometheus.RuleFile(got, got.SLOGroups)
	if err != nil {
		t.Fatal(err)
	}
	b, err := prometheus.RuleFile(want, want.SLOGroups)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("the imported SLOs generate other rules than spec/rstmdb's:\n%s", res.Spec)
	}
}

func TestImportingOpenSLOReadsRatioMetricsOfV1AndV1alpha(t *testing.T) {
	v1 := `apiVersion: openslo/v1
kind: Service
metadata: {name: rstmdb}
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: Request Availability
  displayName: Request availability
spec:
  service: rstmdb
  budgetingMethod: Occurrences
  timeWindow: [{duration: 28d, isRolling: true}]
  indicator:
    metadata: {name: errors}
    spec:
      ratioMetric:
        counter: true
        bad: {metricSource: {type: Prometheus, spec: {query: 'sum(rate(rstmdb_requests_errors_total[{{.window}}]))'}}}
        total: {metricSource: {type: Prometheus, spec: {query: 'sum(rate(rstmdb_requests_total[{{.window}}]))'}}}
  objectives: [{target: 0.999}]
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: lag}
spec:
  service: rstmdb
  indicator: {spec: {thresholdMetric: {metricSource: {spec: {query: x}}}}}
  objectives: [{target: 0.99}]
`
	res, err := ImportOpenSLO("openslo.yaml", []byte(v1), "")
	if err != nil {
		t.Fatal(err)
	}
	if res.SLOs != 1 || len(res.Diags) != 1 || res.Diags[0].Pos.Line != 23 || !strings.Contains(res.Diags[0].Message, `"lag"`) {
		t.Fatalf("want one SLO and the threshold metric reported at line 23, got %d: %v", res.SLOs, res.Diags)
	}
	c := withMetrics(t, res.Spec)
	s := c.SLOs[0]
	if s.Name != "request-availability" || s.Objective != 99.9 || s.Window.String() != "4w" || s.SLI.Ratio == nil || s.SLI.Ratio.Bad.Text != "rstmdb_requests_errors_total" {
		t.Errorf("imported %+v", s)
	}
	alpha, err := os.ReadFile("testdata/openslo-v1alpha.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res, err = ImportOpenSLO("openslo-v1alpha.yaml", alpha, "rstmdb")
	if err != nil || res.SLOs != 1 {
		t.Fatalf("v1alpha: %d SLOs, %v %v", res.SLOs, err, res.Diags)
	}
	if c := withMetrics(t, res.Spec); c.SLOs[0].SLI.Ratio == nil || c.SLOs[0].SLI.Ratio.Good.Text != "rstmdb_requests_total" {
		t.Errorf("v1alpha imported %+v", c.SLOs[0].SLI)
	}
}

func TestImportingSlothReportsWhatObsgenCannotExpressAndNeverPanics(t *testing.T) {
	for _, tc := range []struct{ name, spec, want string }{
		{"a raw ratio of another shape", "version: prometheus/v1\nservice: x\nslos:\n  - name: a\n    objective: 99\n    sli: {raw: {error_ratio_query: 'max(x)'}}\n", "4:5: error: import-slo"},
		{"a plugin SLI", "version: prometheus/v1\nservice: x\nslos:\n  - name: a\n    objective: 99\n    sli: {plugin: {id: x}}\n", "4:5: error: import-slo"},
		{"a templated annotation", "version: prometheus/v1\nservice: x\nslos:\n  - name: a\n    objective: 99\n    sli: {events: {error_query: 'sum(rate(e[{{.window}}]))', total_query: 'sum(rate(t[{{.window}}]))'}}\n    alerting: {annotations: {summary: '{{$labels.x}}'}}\n", "4:5: warning: import-slo"},
		{"not a Sloth file", "apiVersion: v1\n", ""},
		{"not YAML", "{{{", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ImportSloth("s.yaml", []byte(tc.spec), "")
			if tc.want == "" {
				if err == nil {
					t.Errorf("want an error, got %s", res.Spec)
				}
				return
			}
			if err != nil || len(res.Diags) != 1 || !strings.Contains(res.Diags[0].String(), tc.want) {
				t.Errorf("want %q, got %v %v", tc.want, err, res.Diags)
			}
		})
	}
}
