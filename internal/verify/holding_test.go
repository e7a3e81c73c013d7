package verify_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/obsgen/obsgen/internal/verify"
)

// holdingSpec is a MariaDB exporter's catalogue with the mysqld-mixin's
// Galera alert, which fires on every MariaDB without Galera (it serves
// wsrep_ready OFF, which the exporter turns into 0), and alerts the
// comparison cannot judge from one scrape.
const holdingSpec = `apiVersion: obsgen.dev/v1
service: {name: mysql}
labels: [{name: job}]
metric_groups:
  - name: mysql
    metrics:
      - {name: mysql_up, type: gauge, help: Whether the MySQL server is up.}
      - {name: mysql_global_status_wsrep_ready, type: untyped, help: Generic metric from SHOW GLOBAL STATUS.}
      - {name: mysql_global_status_slow_queries, type: untyped, help: Generic metric from SHOW GLOBAL STATUS.}
      - {name: mysql_global_status_uptime, type: untyped, help: Generic metric from SHOW GLOBAL STATUS.}
      - {name: mysql_slave_status_seconds_behind_master, type: gauge, help: Generic metric from SHOW SLAVE STATUS.}
      - {name: backup_last_success_timestamp_seconds, type: gauge, unit: seconds, help: Unix time of the last successful backup., labels: [job]}
scrape:
  targets:
    - {variant: static, job: mysql, static: ["127.0.0.1:9104"]}
alert_groups:
  - name: mysqld-mixin
    rules:
      - {alert: MySQLGaleraNotReady, expr: 'mysql_global_status_wsrep_ready != 1', for: 5m, labels: {severity: warning}, annotations: {summary: S}}
      - {alert: MySQLDown, expr: 'mysql_up != 1', for: 5m, labels: {severity: critical}, annotations: {summary: S}}
      - {alert: MySQLSlowQueries, expr: 'increase(mysql_global_status_slow_queries[1m]) > 0', for: 2m, labels: {severity: warning}, annotations: {summary: S}}
      - {alert: MySQLRestarted, expr: 'mysql_global_status_uptime < 60', for: 0m, labels: {severity: info}, annotations: {summary: S}}
      - {alert: MySQLReplicationLag, expr: 'mysql_slave_status_seconds_behind_master > 30', for: 1m, labels: {severity: critical}, annotations: {summary: S}}
      - {alert: MySQLExporterDown, expr: 'up{job="mysql"} == 0', for: 1m, labels: {severity: critical}, annotations: {summary: S}}
      - {alert: BackupTooOld, expr: 'time() - backup_last_success_timestamp_seconds > 86400', for: 10m, labels: {severity: warning}, annotations: {summary: S}}
      - {alert: MySQLIdle, expr: 'absent(rate(mysql_global_status_slow_queries[5m]))', for: 10m, labels: {severity: info}, annotations: {summary: S}}
      - {alert: MySQLNoSlowQueries, expr: '(sum(rate(mysql_global_status_slow_queries[5m])) or vector(0)) == 0', for: 10m, labels: {severity: info}, annotations: {summary: S}}
`

// holdingScrape is what Debian's mysqld_exporter 0.14 serves for MariaDB
// 10.11 without Galera or replication (trimmed), with a backup's last
// success pushed beside it.
const holdingScrape = `# HELP mysql_up Whether the MySQL server is up.
# TYPE mysql_up gauge
mysql_up 1
# HELP mysql_global_status_wsrep_ready Generic metric from SHOW GLOBAL STATUS.
# TYPE mysql_global_status_wsrep_ready untyped
mysql_global_status_wsrep_ready 0
# HELP mysql_global_status_slow_queries Generic metric from SHOW GLOBAL STATUS.
# TYPE mysql_global_status_slow_queries untyped
mysql_global_status_slow_queries 3
# HELP mysql_global_status_uptime Generic metric from SHOW GLOBAL STATUS.
# TYPE mysql_global_status_uptime untyped
mysql_global_status_uptime 5123
# HELP backup_last_success_timestamp_seconds Unix time of the last successful backup.
# TYPE backup_last_success_timestamp_seconds gauge
backup_last_success_timestamp_seconds{job="nightly_backup"} 1.7e+09
`

// holds returns the alerts verify says hold on the scrape.
func holds(t *testing.T, spec, scrape string, opts verify.Options) []string {
	t.Helper()
	c := testtool.LoadSpec(t, spec)
	e, err := exposition.Parse("metrics.txt", []byte(scrape), exposition.Text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range verify.Verify(c, e, opts).Diags {
		if d.Code == "alert-holds" {
			out = append(out, strings.TrimPrefix(strings.SplitN(d.Message, "'s condition", 2)[0], "alert "))
		}
	}
	return out
}

func TestAnAlertWhoseConditionHoldsOnTheScrapeIsAWarning(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts verify.Options
		want []string
	}{
		// Not the rates (one scrape has none, which absent() and or
		// vector(0) would take for a result), the replication lag (not
		// served: no replica), the exporter down (the scrape succeeded),
		// the restart (uptime 5123 s), the backup (time() unknown for a
		// saved file).
		{name: "a saved scrape: the Galera alert on a MariaDB without Galera, and nothing that needs a second scrape or the time",
			want: []string{"MySQLGaleraNotReady"}},
		{name: "a live scrape judges time() too: a backup pushed in 2023 is old",
			opts: verify.Options{At: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)},
			want: []string{"MySQLGaleraNotReady", "BackupTooOld"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := holds(t, holdingSpec, holdingScrape, tc.opts); !slices.Equal(got, tc.want) {
				t.Errorf("holding: %v, want %v", got, tc.want)
			}
		})
	}
}

func TestTheMessageNamesTheSeriesItsValueAndTheWait(t *testing.T) {
	c := testtool.LoadSpec(t, holdingSpec)
	e, err := exposition.Parse("metrics.txt", []byte(holdingScrape), exposition.Text)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range verify.Verify(c, e, verify.Options{}).Diags {
		if d.Code != "alert-holds" {
			continue
		}
		want := "alert MySQLGaleraNotReady's condition holds on this exposition: mysql_global_status_wsrep_ready is 0; held for 5m, it fires"
		if !strings.HasPrefix(d.Message, want) || d.Pos.Line != 19 {
			t.Errorf("got %s: %s, want line 19: %s", d.Pos, d.Message, want)
		}
	}
}

// TestAPushedJobIsJudgedAsPrometheusStoresIt: without honor_labels, the
// backup's job is exported_job and job is the Pushgateway's, so an alert
// on job="nightly_backup" selects nothing; with it, the alert holds.
func TestAPushedJobIsJudgedAsPrometheusStoresIt(t *testing.T) {
	spec := strings.Replace(holdingSpec, `'time() - backup_last_success_timestamp_seconds > 86400'`, `'time() - backup_last_success_timestamp_seconds{job="nightly_backup"} > 86400'`, 1)
	at := verify.Options{At: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	if got := holds(t, spec, holdingScrape, at); slices.Contains(got, "BackupTooOld") {
		t.Errorf("without honor_labels the pushed job is exported_job: %v", got)
	}
	honoured := strings.Replace(spec, `static: ["127.0.0.1:9104"]}`, `static: ["127.0.0.1:9104"], honor_labels: true}`, 1)
	if got := holds(t, honoured, holdingScrape, at); !slices.Contains(got, "BackupTooOld") {
		t.Errorf("with honor_labels the pushed job is kept: %v", got)
	}
}

// TestDebiansNodeExporterInAContainerWithoutNTPHoldsTheClockAlert: the
// capture of Debian's node exporter in this project's build container,
// whose clock no NTP daemon disciplines (node_timex_sync_status 0,
// maxerror 16 s), against the node-mixin adopted verbatim: only
// NodeClockNotSynchronising, which is true there.
func TestDebiansNodeExporterInAContainerWithoutNTPHoldsTheClockAlert(t *testing.T) {
	c, _ := loadSpec(t, filepath.Join("..", "..", "testdata", "realworld", "node"))
	path := filepath.Join("..", "importer", "testdata", "node-debian.prom")
	var got []string
	for _, d := range check(t, c, path, readText(t, path), verify.Options{}).Diags {
		if d.Code == "alert-holds" {
			got = append(got, d.Message)
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "alert NodeClockNotSynchronising's condition holds") {
		t.Errorf("want NodeClockNotSynchronising alone, got %q", got)
	}
}

// TestAPushedGroupThatIsGoneIsAnInfo: Debian's Pushgateway after the
// report_gen group was deleted (curl -X DELETE .../metrics/job/report_gen)
// serves none of its families; verify said absent-metric and exited 1.
func TestAPushedGroupThatIsGoneIsAnInfo(t *testing.T) {
	c, _ := loadSpec(t, filepath.Join("..", "..", "testdata", "realworld", "pushgateway"))
	path := filepath.Join("..", "importer", "testdata", "pushgateway-debian.prom")
	var kept []string
	for _, line := range strings.Split(readText(t, path), "\n") {
		if !strings.Contains(line, "report_") && !strings.Contains(line, `job="report_gen"`) {
			kept = append(kept, line)
		}
	}
	r := check(t, c, "deleted.prom", strings.Join(kept, "\n"), verify.Options{})
	if r.Diags.HasErrors() {
		t.Errorf("a deleted group is an error:\n%v", r.Diags)
	}
	var pushed []string
	for _, d := range r.Diags {
		if d.Code == "absent-pushed" {
			pushed = append(pushed, strings.Fields(d.Message)[1])
		}
	}
	if strings.Join(pushed, " ") != "report_duration_seconds report_last_success_timestamp_seconds" {
		t.Errorf("absent-pushed for %v, want the report_gen group's two families", pushed)
	}
}

// TestAPushedGroupThatIsGoneIsAnInfoHoweverItIsScraped: a deleted group is
// gone whether or not Prometheus honours its job.
func TestAPushedGroupThatIsGoneIsAnInfoHoweverItIsScraped(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join("..", "..", "testdata", "realworld", "pushgateway")
	for _, f := range []string{"metrics.yaml", "service.yaml"} {
		text := strings.Replace(readText(t, filepath.Join(src, f)), "honor_labels: true", "honor_labels: false", 1)
		text = strings.ReplaceAll(text, `job="nightly_backup"`, `exported_job="nightly_backup"`)
		if err := os.WriteFile(filepath.Join(dir, f), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	c, _ := loadSpec(t, dir)
	path := filepath.Join("..", "importer", "testdata", "pushgateway-debian.prom")
	var kept []string
	for _, line := range strings.Split(readText(t, path), "\n") {
		if !strings.Contains(line, "report_") && !strings.Contains(line, `job="report_gen"`) {
			kept = append(kept, line)
		}
	}
	if r := check(t, c, "deleted.prom", strings.Join(kept, "\n"), verify.Options{}); r.Diags.HasErrors() {
		t.Errorf("a deleted group scraped without honor_labels is an error:\n%v", r.Diags)
	}
}

// TestAnAlertHoldingForSeveralSeriesSaysHowMany: RabbitMQ's
// QueueHasNoConsumers held for two queues, and verify named one.
func TestAnAlertHoldingForSeveralSeriesSaysHowMany(t *testing.T) {
	spec := `apiVersion: obsgen.dev/v1
service: {name: rabbitmq}
labels: [{name: queue}]
metric_groups:
  - name: rabbitmq
    metrics:
      - {name: rabbitmq_detailed_queue_consumers, type: gauge, help: Consumers on a queue., labels: [queue]}
alert_groups:
  - name: rabbitmq
    rules:
      - {alert: QueueHasNoConsumers, expr: 'rabbitmq_detailed_queue_consumers == 0', for: 10m, labels: {severity: warning}, annotations: {summary: S}}
`
	scrape := `# HELP rabbitmq_detailed_queue_consumers Consumers on a queue.
# TYPE rabbitmq_detailed_queue_consumers gauge
rabbitmq_detailed_queue_consumers{queue="backlog"} 0
rabbitmq_detailed_queue_consumers{queue="orders"} 2
rabbitmq_detailed_queue_consumers{queue="quorum-orders"} 0
`
	r := check(t, testtool.LoadSpec(t, spec), "metrics.txt", scrape, verify.Options{})
	want := `alert QueueHasNoConsumers's condition holds on this exposition: rabbitmq_detailed_queue_consumers{queue="backlog"} is 0 (and 1 more series); held for 10m, it fires`
	if len(r.Diags) != 1 || !strings.HasPrefix(r.Diags[0].Message, want) {
		t.Errorf("got %v, want %q", r.Diags, want)
	}
}

func TestAnAlertOnASubqueryWithoutAStepIsJudged(t *testing.T) {
	// max_over_time(x[10m:]) steps by the evaluation interval, as
	// Prometheus does; the engine panicked without it.
	const spec = `apiVersion: obsgen.dev/v1
service: {name: varnish}
metric_groups:
  - name: varnish
    metrics:
      - {name: varnish_main_thread_queue_len, type: gauge, help: Length of session queue.}
alert_groups:
  - name: varnish
    rules:
      - {alert: VarnishQueued, expr: 'max_over_time(varnish_main_thread_queue_len[10m:]) > 5', for: 5m, labels: {severity: warning}, annotations: {summary: S}}
`
	const scrape = "# TYPE varnish_main_thread_queue_len gauge\nvarnish_main_thread_queue_len 7\n"
	if got := holds(t, spec, scrape, verify.Options{}); !slices.Equal(got, []string{"VarnishQueued"}) {
		t.Errorf("holding: %v, want [VarnishQueued]", got)
	}
}
