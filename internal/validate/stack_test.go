package validate_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
)

func TestStackingIsAGraphsAndOneOfItsModes(t *testing.T) {
	const spec = `apiVersion: obsgen.dev/v1
service: {name: st}
metric_groups:
  - name: g
    metrics:
      - {name: st_busy_ratio, type: gauge, unit: ratio, help: Busy share., labels: [cpu]}
labels:
  - {name: cpu, description: CPU.}
dashboards:
  - uid: st
    title: St
    rows:
      - title: R
        panels:
          - {title: Stacked, type: timeseries, stack: normal, queries: [{expr: st_busy_ratio}]}
          - {title: Shares, type: timeseries, stack: percent, queries: [{expr: st_busy_ratio}]}
          - {title: Stat, type: stat, stack: normal, queries: [{expr: st_busy_ratio}]}
          - {title: Odd, type: timeseries, stack: sideways, queries: [{expr: st_busy_ratio}]}
`
	got := errorsOf(spec)
	all := strings.Join(got, "\n")
	if len(got) != 2 || !strings.Contains(all, `spec.yaml:17:`) || !strings.Contains(all, `panel "Stat" is a stat: stack applies to timeseries panels`) ||
		!strings.Contains(all, `spec.yaml:18:`) || !strings.Contains(all, "sideways") {
		t.Errorf("errors:\n%s\nwant one for the stat's stack (line 17) and one for sideways (line 18)", all)
	}
}

func TestATextModeIsAStatsAndOneOfItsModes(t *testing.T) {
	const spec = `apiVersion: obsgen.dev/v1
service: {name: st}
metric_groups:
  - name: g
    metrics:
      - {name: st_info, type: gauge, help: Info., labels: [version]}
labels:
  - {name: version, description: Version.}
dashboards:
  - uid: st
    title: St
    rows:
      - title: R
        panels:
          - {title: Version, type: stat, text_mode: name, queries: [{expr: st_info, legend: '{{version}}'}]}
          - {title: Graph, type: timeseries, text_mode: name, queries: [{expr: st_info}]}
          - {title: Odd, type: stat, text_mode: shout, queries: [{expr: st_info}]}
`
	got := errorsOf(spec)
	all := strings.Join(got, "\n")
	if len(got) != 2 || !strings.Contains(all, `panel "Graph" is a timeseries: text_mode applies to stat panels`) || !strings.Contains(all, "shout") {
		t.Errorf("errors:\n%s\nwant one for the graph's text_mode and one for shout", all)
	}
}

// errorsOf loads a spec and returns its errors, as written.
func errorsOf(spec string) []string {
	_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	var out []string
	for _, d := range diags.AtLeast(diag.Error) {
		out = append(out, d.String())
	}
	return out
}
