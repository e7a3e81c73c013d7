package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestCounterRaw(t *testing.T) {
	runExprCases(t, counterRaw, []exprCase{
		{name: "rate of a counter is fine", expr: `sum by (op) (rate(shop_requests_total[5m]))`},
		{name: "a snapshot histogram's count is a level: the messages queued now", in: inAlert, expr: `shop_queued_age_seconds_count > 20`},
		{name: "increase compared in an alert is fine", in: inAlert, expr: `increase(shop_errors_total[5m]) > 0`},
		{name: "a gauge named like a counter is judged by its type", expr: `shop_instances_total > 3`},
		{name: "counting counter series is fine", expr: `count(shop_requests_total)`},
		{name: "the right side of and only filters", expr: `rate(shop_requests_total[5m]) and shop_errors_total`},
		{name: "absent of a counter is fine", in: inAlert, expr: `absent(shop_requests_total)`},
		{name: "buckets in histogram_quantile are left to histogram-quantile-input", expr: `histogram_quantile(0.9, shop_latency_seconds_bucket)`},
		{name: "delta of a counter is left to delta-on-counter", expr: `delta(shop_requests_total[5m])`},
		{name: "a counter shown raw is flagged", expr: `shop_requests_total`, at: []string{"shop_requests_total"}},
		{name: "a counter compared raw in an alert is flagged", in: inAlert, expr: `shop_errors_total > 10`, at: []string{"shop_errors_total"}},
		{name: "a sum of raw counters in a panel is flagged", in: inPanel, expr: `sum(shop_requests_total{op=~"$op"})`, at: []string{"shop_requests_total"}},
		{name: "a histogram's count shown raw is flagged", expr: `shop_latency_seconds_count`, at: []string{"shop_latency_seconds_count"}},
		{name: "a raw counter next to a rate is flagged alone", expr: `rate(shop_requests_total[5m]) / shop_errors_total`, at: []string{"shop_errors_total"}},
		{name: "max_over_time of a counter is still its raw value", expr: `max_over_time(shop_requests_total[1h])`, at: []string{"shop_requests_total"}},
		{name: "a recording rule over raw counters is flagged", in: inRecord, expr: `sum without (instance) (shop_requests_total)`, at: []string{"shop_requests_total"}},
		{name: "one counter less another is a level, as etcd's streams started less streams handled", in: inPanel,
			expr: `sum(shop_requests_total{op=~"$op"}) - sum(shop_errors_total{op=~"$op"})`},
		{name: "a counter less a number is still its raw value", expr: `shop_requests_total - 10`, at: []string{"shop_requests_total"}},
		{name: "a counter less a rate is still its raw value", expr: `shop_requests_total - rate(shop_errors_total[5m])`, at: []string{"shop_requests_total"}},
	})
}

func TestAnUptimeCounterIsReadByItsRawValue(t *testing.T) {
	// Apache's exporter serves apache_uptime_seconds_total and Varnish's
	// varnish_main_uptime as counters; their mixins alert on a restart by
	// the raw value (< 300) and show it on a stat, which a real Prometheus
	// fired and drew as expected, where rate() would be 1.
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: web}
metric_groups:
  - name: web
    metrics:
      - {name: apache_uptime_seconds_total, type: counter, unit: seconds, help: Current uptime in seconds.}
      - {name: varnish_main_uptime, type: counter, help: Child process uptime.}
      - {name: apache_accesses_total, type: counter, help: Current total apache accesses.}
alert_groups:
  - name: web
    rules:
      - {alert: ApacheRestart, expr: apache_uptime_seconds_total / 60 < 1, labels: {severity: info}, annotations: {summary: S}}
      - {alert: VarnishRestart, expr: varnish_main_uptime < 300, labels: {severity: info}, annotations: {summary: S}}
      - {alert: ManyAccesses, expr: apache_accesses_total > 1000, labels: {severity: info}, annotations: {summary: S}}
`)
	got := runOne(c, counterRaw)
	if len(got) != 1 || !strings.Contains(got[0].Message, "apache_accesses_total") {
		t.Errorf("findings %v, want one, on apache_accesses_total", got)
	}
}

func TestACounterWithoutTotalUsedRawSaysHowToDeclareALevel(t *testing.T) {
	// squid_exporter serves its 5-minute service-time percentiles
	// (squid_HTTP_Requests_All_50) as counters; the squid-mixin draws them
	// raw, rightly. The finding says how to record what they are.
	for expr, hint := range map[string]bool{`shop_rejected`: true, `shop_requests_total`: false} {
		spec, _, _ := exprSpec(inQuery, "", expr)
		got := runOne(testtool.LoadSpec(t, spec), counterRaw)
		if len(got) != 1 || strings.Contains(got[0].Message, "declare it type: gauge with exposed_as: counter") != hint {
			t.Errorf("%s: findings %v, want one, with the exposed_as hint %v", expr, got, hint)
		}
	}
}

func TestWhatAHelpTextSaysDecidesTheDeclareALevelHint(t *testing.T) {
	for _, tc := range []struct {
		help   string
		counts bool
	}{
		{"Number of deadlocks detected in this database.", true},
		{"Total number of messages deferred.", true},
		{"Zone serial number.", false},                       // bind_zone_serial, an SOA serial served as a counter
		{"Number of current recursive clients.", false},      // bind_recursive_clients, a level
		{"The 50th percentile of HTTP request time.", false}, // squid's service times
	} {
		if got := counts(tc.help); got != tc.counts {
			t.Errorf("%q: counts %v, want %v", tc.help, got, tc.counts)
		}
	}
}

// TestARawHistogramCountSaysHowToDeclareASnapshot: postfix_exporter's
// queue histograms are rebuilt at every scrape, and alerts compare their
// _count, the messages queued now.
func TestARawHistogramCountSaysHowToDeclareASnapshot(t *testing.T) {
	spec, _, _ := exprSpec(inAlert, "", `shop_latency_seconds_count > 20`)
	got := runOne(testtool.LoadSpec(t, spec), counterRaw)
	if len(got) != 1 || !strings.Contains(got[0].Message, "declare it snapshot: true, and its _count is a level") {
		t.Errorf("got %v", got)
	}
}
