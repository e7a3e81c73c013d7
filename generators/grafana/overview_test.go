package grafana

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestTheOverviewReadsEachMetricAsItIsStoredFromTheServicesJobs(t *testing.T) {
	for _, tc := range []struct {
		name       string
		metric     catalogue.Metric
		sc         scope
		want, dont []string
	}{
		{"a classic histogram is read through its buckets by le",
			catalogue.Metric{Name: "x_seconds", Type: catalogue.Histogram, Labels: []string{"op"}},
			scope{}, []string{"histogram_quantile(0.99, sum by (le, op) (rate(x_seconds_bucket", "sum by (le) (increase(x_seconds_bucket"}, nil},
		{"a native histogram is read through its one series, with no le",
			catalogue.Metric{Name: "x_seconds", Type: catalogue.Histogram, Native: true, Labels: []string{"op"}},
			scope{}, []string{"histogram_quantile(0.99, sum by (op) (rate(x_seconds[", "sum(increase(x_seconds["}, []string{"_bucket", "(le"}},
		{"a snapshot histogram (postfix_exporter's queue ages) is read as it is: its count now and the percentiles of its buckets",
			catalogue.Metric{Name: "postfix_showq_message_age_seconds", Type: catalogue.Histogram, Snapshot: true, Labels: []string{"queue"}},
			scope{}, []string{"sum by (queue) (postfix_showq_message_age_seconds_count)", "histogram_quantile(0.99, sum by (le, queue) (postfix_showq_message_age_seconds_bucket))"},
			[]string{"rate(", "increase("}},
		{"a snapshot summary without quantiles is its mean as it is",
			catalogue.Metric{Name: "q_size_bytes", Type: catalogue.Summary, Snapshot: true, Quantiles: []float64{}},
			scope{}, []string{"sum(q_size_bytes_sum) / sum(q_size_bytes_count)"}, []string{"rate("}},
		{"a metric every target serves is read from the service's job: process_* mixed every target's",
			catalogue.Metric{Name: "process_resident_memory_bytes", Type: catalogue.Gauge, Unit: "bytes"},
			scope{jobs: []string{"etcd"}}, []string{`process_resident_memory_bytes{job="etcd"}`}, nil},
		{"a Unix time in seconds is shown as its age",
			catalogue.Metric{Name: "x_last_reload_timestamp_seconds", Type: catalogue.Gauge, Unit: "seconds"},
			scope{}, []string{"time() - x_last_reload_timestamp_seconds"}, nil},
		{"a last failure's Unix time is shown as its age where there was one: 0 is never",
			catalogue.Metric{Name: "push_failure_time_seconds", Type: catalogue.Gauge, Unit: "seconds", Help: "Last Unix time when changing this group in the Pushgateway failed."},
			scope{}, []string{"time() - (push_failure_time_seconds > 0)"}, nil},
		{"a timestamp without a unit may be in milliseconds: shown as it is",
			catalogue.Metric{Name: "prometheus_tsdb_lowest_timestamp", Type: catalogue.Gauge},
			scope{}, []string{"prometheus_tsdb_lowest_timestamp"}, []string{"time()"}},
		{"an uptime counter is shown as it is: its rate is 1",
			catalogue.Metric{Name: "apache_uptime_seconds_total", Type: catalogue.Counter, Unit: "seconds", Help: "Current uptime in seconds"},
			scope{}, []string{"apache_uptime_seconds_total"}, []string{"rate("}},
		{"from each of the jobs that scrape it, quoted as a regex",
			catalogue.Metric{Name: "x_total", Type: catalogue.Counter, Labels: []string{"op"}},
			scope{vars: []string{"op"}, jobs: []string{"a.b", "c"}}, []string{`rate(x_total{job=~"a\\.b|c", op=~"$op"}[`}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var exprs []string
			for _, p := range metricPanels(tc.metric, tc.sc) {
				for _, q := range p.Queries {
					exprs = append(exprs, q.Expr.Text)
				}
			}
			all := strings.Join(exprs, "\n")
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("want %q in:\n%s", w, all)
				}
			}
			for _, d := range tc.dont {
				if strings.Contains(all, d) {
					t.Errorf("%q must not appear in:\n%s", d, all)
				}
			}
		})
	}
}
