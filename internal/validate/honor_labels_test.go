package validate_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
)

func TestAMetricsOwnJobIsAWarningUnlessItsScrapeTargetHonoursLabels(t *testing.T) {
	for _, tc := range []struct {
		name, target string
		want         int
	}{
		{"a pushed job scraped without honor_labels is renamed exported_job", "", 2},
		{"a Pushgateway scraped with honor_labels keeps its pushers' job and instance", "      honor_labels: true\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := `apiVersion: obsgen.dev/v1
service: {name: pushgateway}
labels: [{name: job}, {name: instance}]
metric_groups:
  - name: push
    metrics:
      - {name: push_time_seconds, type: gauge, unit: seconds, help: Last Unix time when changing this group in the Pushgateway succeeded., labels: [instance, job]}
scrape:
  targets:
    - variant: static
      static: ["127.0.0.1:9091"]
` + tc.target
			_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
			var got []string
			for _, d := range diags.AtLeast(diag.Warning) {
				if d.Code == "reserved-label" {
					got = append(got, d.Message)
				}
			}
			if len(got) != tc.want {
				t.Errorf("want %d reserved-label warnings, got %q", tc.want, got)
			}
			for _, m := range got {
				if !strings.Contains(m, "unless the scrape target that serves push_time_seconds sets honor_labels: true") {
					t.Errorf("the warning does not say how to keep the label: %s", m)
				}
			}
		})
	}
}
