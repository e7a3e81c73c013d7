package catalogue_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

// fidelitySpec is a catalogue written as an exporter serves its metrics.
const fidelitySpec = `apiVersion: obsgen.dev/v1
service:
  name: node
metric_groups:
  - name: vmstat
    metrics:
      - {name: node_vmstat_pgmajfault, type: counter, help: Major page faults (served untyped).}
      - {name: node_vmstat_oom_kill, type: untyped, help: OOM kills.}
  - name: md
    optional: {collector: mdadm, platform: md RAID}
    metrics:
      - {name: node_md_disks, type: gauge, help: Disks.}
  - name: http
    metrics:
      - {name: http_request_duration_seconds, type: histogram, native: true, help: Latency.}
      - {name: rpc_duration_seconds, type: histogram, native: true, classic: true, buckets: [0.1, 1], help: RPC latency.}
alert_groups:
  - name: g
    rules:
      - {alert: DiskFull, expr: node_md_disks > 1, labels: {severity: warning}}
      - {alert: DiskFull, expr: node_md_disks > 2, labels: {severity: critical}}
`

func TestACatalogueAsTheExporterServesItValidates(t *testing.T) {
	c, diags := specload.LoadBytes("spec.yaml", []byte(fidelitySpec))
	if diags.HasErrors() {
		t.Fatalf("want no errors, got:\n%s", diags)
	}
	var warnings []string
	for _, d := range diags {
		warnings = append(warnings, d.Code)
	}
	if strings.Join(warnings, ",") != "counter-name" {
		t.Errorf("want one counter-name warning for the counter without _total, got %v", diags)
	}
	if got := len(c.AlertVariants("DiskFull")); got != 2 {
		t.Errorf("want two variants of DiskFull, got %d", got)
	}
	if got := c.AlertNames(); len(got) != 1 || got[0] != "DiskFull" {
		t.Errorf("AlertNames = %v, want [DiskFull]", got)
	}
	if o := c.Availability(c.Metric("node_md_disks")); o.Describe() != "Exists only with collector mdadm, only on md RAID." {
		t.Errorf("availability of node_md_disks = %q", o.Describe())
	}
	if m, _ := c.Series("http_request_duration_seconds_bucket"); m != nil {
		t.Errorf("a native histogram without classic series has no _bucket series")
	}
	if m, sfx := c.Series("rpc_duration_seconds_bucket"); m == nil || sfx != "_bucket" {
		t.Errorf("a native histogram with classic series has its _bucket series")
	}
}

func TestFidelityMistakesAreStillErrors(t *testing.T) {
	for _, tc := range []struct{ name, from, to, want string }{
		{"two variants with the same labels are one alert defined twice", "labels: {severity: critical}", "labels: {severity: warning}", "duplicate-name"},
		{"only a histogram can be native", "type: histogram, native: true, help: Latency.", "type: gauge, native: true, help: Latency.", "bad-value"},
		{"a native histogram without classic series has no fixed buckets", "native: true, classic: true, buckets", "native: true, buckets", "bad-value"},
		{"optional must say when", "optional: {collector: mdadm, platform: md RAID}", "optional: {}", "missing-field"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := strings.Replace(fidelitySpec, tc.from, tc.to, 1)
			if spec == fidelitySpec {
				t.Fatalf("%q is not in the spec", tc.from)
			}
			_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
			found := false
			for _, d := range diags {
				found = found || d.Code == tc.want && d.Severity.String() == "error"
			}
			if !found {
				t.Errorf("want an error %s, got:\n%s", tc.want, diags)
			}
		})
	}
}
