package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestUnknownJob(t *testing.T) {
	runExprCases(t, unknownJob, []exprCase{
		{name: "the service's own job is known", expr: `up{job="shop"} == 0`},
		{name: "a regex matching the job is fine", expr: `rate(shop_requests_total{job=~"sh.*"}[5m])`},
		{name: "a misspelt job selects nothing", in: inAlert, expr: `up{job="shops"} == 0`, at: []string{"job"}},
		{name: "a job matcher on a catalogue metric is checked", expr: `shop_nodes{job="node"}`, at: []string{"job"}},
		{name: "a regex matching no job selects nothing", expr: `shop_nodes{job=~"nodes?"}`, at: []string{"job"}},
		{name: "a negative matcher is not judged", expr: `shop_nodes{job!="node"}`},
		{name: "a dashboard variable is filled in at query time", in: inPanel, expr: `shop_nodes{job=~"$job"}`},
		{name: "an unknown series is left to unknown-metric", expr: `shop_nope{job="x"}`},
		{name: "the jobs of a scrape section replace the default", expr: `up{job="shop"}`, at: []string{"job"},
			extra: "scrape:\n  targets:\n    - variant: static\n      job: shop-api\n      static: [\"localhost:1\"]\n"},
	})
}

func TestAJobOfAComponentThatDoesNotServeTheMetricSelectsNothing(t *testing.T) {
	// The blackbox exporter: one job scrapes its probes, another its own
	// metrics, each a component serving its own groups.
	spec := `apiVersion: obsgen.dev/v1
service:
  name: blackbox
  components:
    - {name: probe, description: Probes.}
    - {name: exporter, description: The exporter itself.}
metric_groups:
  - name: probe
    components: [probe]
    metrics:
      - {name: probe_success, type: gauge, help: Displays whether or not the probe was a success.}
  - name: exporter
    components: [exporter]
    metrics:
      - {name: blackbox_exporter_config_last_reload_successful, type: gauge, help: Blackbox exporter config loaded successfully.}
scrape:
  targets:
    - variant: static
      job: blackbox
      component: probe
      probe: {prober: "blackbox:9115", module: http_2xx, targets: ["https://example.com"]}
    - variant: static
      job: blackbox-exporter
      component: exporter
      static: ["blackbox:9115"]
queries:
  - title: Q
    queries:
      - {name: right, title: Right, expr: 'probe_success{job="blackbox"} == 0'}
      - {name: either, title: Either, expr: 'probe_success{job=~"blackbox.*"} == 0'}
      - {name: wrong, title: Wrong, expr: 'probe_success{job="blackbox-exporter"} == 0'}
`
	got := runOne(testtool.LoadSpec(t, spec), unknownJob)
	if len(got) != 1 || got[0].Pos.Line != 31 || !strings.Contains(got[0].Message, `job="blackbox-exporter" selects only jobs whose components do not serve probe_success (group probe is served by probe)`) {
		t.Errorf("want one finding on the wrong query, got %v", got)
	}
}

// pushgatewaySpec is a Pushgateway whose pushed series carry their pushers'
// job (nightly_backup), scraped with honor_labels when honour is set.
func pushgatewaySpec(honour bool, jobValues string) string {
	honorLine := ""
	if honour {
		honorLine = "      honor_labels: true\n"
	}
	return `apiVersion: obsgen.dev/v1
service:
  name: pushgateway
labels:
  - {name: job` + jobValues + `}
metric_groups:
  - name: backup
    metrics:
      - {name: backup_last_success_timestamp_seconds, type: gauge, unit: seconds, help: Unix time of the last successful backup., labels: [job]}
scrape:
  targets:
    - variant: static
      job: pushgateway
      static: ["127.0.0.1:9091"]
` + honorLine + `queries:
  - title: Q
    queries:
      - {name: pushed, title: Pushed, expr: 'time() - backup_last_success_timestamp_seconds{job="nightly_backup"}'}
      - {name: renamed, title: Renamed, expr: 'time() - backup_last_success_timestamp_seconds{exported_job="nightly_backup"}'}
`
}

func TestAPushedSeriesKeepsItsPushersJobWhenItsScrapeTargetHonoursLabels(t *testing.T) {
	for _, tc := range []struct {
		name      string
		honour    bool
		jobValues string
		want      string
	}{
		{name: "with honor_labels any job a job label without values declares is pushed", honour: true},
		{name: "with honor_labels a job among the declared values is pushed", honour: true, jobValues: ", values: [{value: nightly_backup}]"},
		// bad-label-value reports it, once.
		{name: "with honor_labels a job outside the declared values is left to bad-label-value", honour: true, jobValues: ", values: [{value: weekly_report}]"},
		{name: "without honor_labels the pusher's job is exported_job, which the message says",
			want: `declares a job of its own, which Prometheus stores as exported_job unless the scrape target that serves it sets honor_labels: true`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := runOne(testtool.LoadSpec(t, pushgatewaySpec(tc.honour, tc.jobValues)), unknownJob)
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("want no finding, got %v", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0].Message, tc.want)):
				t.Errorf("want one finding saying %q, got %v", tc.want, got)
			}
		})
	}
}

func TestAPushedJobIsStoredAsExportedJobWithoutHonorLabels(t *testing.T) {
	for _, honour := range []bool{false, true} {
		got := runOne(testtool.LoadSpec(t, pushgatewaySpec(honour, "")), unknownLabel)
		switch {
		case !honour && len(got) > 0:
			t.Errorf("without honor_labels, exported_job is what Prometheus stores: got %v", got)
		case honour && (len(got) != 1 || !strings.Contains(got[0].Message, "carries no label exported_job")):
			t.Errorf("with honor_labels nothing is renamed exported_job: got %v", got)
		}
	}
}
