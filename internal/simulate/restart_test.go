package simulate

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/testtool"
)

// restartSpec is three services' restart alerts as awesome-prometheus-alerts
// writes them: an uptime gauge, an uptime counter (apache_exporter's) and a
// start time.
const restartSpec = `apiVersion: obsgen.dev/v1
service: {name: db}
metric_groups:
  - name: db
    metrics:
      - {name: mysql_global_status_uptime, type: gauge, unit: seconds, help: Generic metric from SHOW GLOBAL STATUS.}
      - {name: apache_uptime_seconds_total, type: counter, unit: seconds, help: Current uptime in seconds.}
      - {name: pg_postmaster_start_time_seconds, type: gauge, unit: seconds, help: Time at which postmaster started.}
alert_groups:
  - name: restarts
    rules:
      - alert: MysqlRestarted
        expr: mysql_global_status_uptime < 60
        labels: {severity: info}
        annotations: {summary: MySQL restarted}
      - alert: ApacheRestart
        expr: apache_uptime_seconds_total / 60 < 1
        labels: {severity: warning}
        annotations: {summary: Apache restarted}
      - alert: PostgresqlRestarted
        expr: time() - pg_postmaster_start_time_seconds < 60
        labels: {severity: critical}
        annotations: {summary: Postgresql restarted}
`

// TestARestartAlertsScenarioRestartsTheProcess: restart alerts compare an
// uptime or a start time with a minute; scenarios could not drive them
// ("follows the clock"), so an Apache trial's ApacheRestart had none. A
// scenario restarts the process: its uptime is the seconds since, its
// start time that long ago; each alert then fires alone, and a healthy
// service, up since Start, fires none.
func TestARestartAlertsScenarioRestartsTheProcess(t *testing.T) {
	c := testtool.LoadSpec(t, restartSpec)
	for _, alert := range []string{"MysqlRestarted", "ApacheRestart", "PostgresqlRestarted"} {
		if err := Drivable(c, c.Alert(alert)); err != nil {
			t.Errorf("cannot drive %s: %v", alert, err)
			continue
		}
		if got := firingAlerts(t, c, alert); !slices.Equal(got, []string{alert}) {
			t.Errorf("scenario %s: alerts with a result %v, want [%s]", alert, got, alert)
		}
	}
	if got := firingAlerts(t, c, ""); len(got) != 0 {
		t.Errorf("a healthy service fires %v", got)
	}
}

// TestAnUptimeCounterCountsSecondsOnePerSecond: apache_exporter serves its
// uptime as a counter, which the simulator counted at the ordinary five
// events a second: an uptime growing five times faster than the clock.
func TestAnUptimeCounterCountsSecondsOnePerSecond(t *testing.T) {
	c := testtool.LoadSpec(t, restartSpec)
	value := func(at int) float64 {
		body, err := Exposition(c, Options{Time: fixed.Add(time.Duration(at) * time.Second)})
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`(?m)^apache_uptime_seconds_total (\S+)$`).FindSubmatch(body)
		if m == nil {
			t.Fatalf("no apache_uptime_seconds_total in:\n%s", body)
		}
		v, _ := strconv.ParseFloat(string(m[1]), 64)
		return v
	}
	if d := value(600) - value(0); d != 600 {
		t.Errorf("the uptime grew %g seconds in 600", d)
	}
	body, _ := Exposition(c, Options{Time: fixed})
	if !strings.Contains(string(body), "pg_postmaster_start_time_seconds 1.7356896e+09") {
		t.Errorf("a healthy postmaster did not start at Start:\n%s", body)
	}
}
