package simulate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// TestArithmeticOfUnixTimesKeepsTrackOfWhatIsATime: two Unix times'
// difference is a duration, compared with a number; a Unix time moved by
// a duration, on either side, is still a Unix time, compared through
// time() only.
func TestArithmeticOfUnixTimesKeepsTrackOfWhatIsATime(t *testing.T) {
	for _, tc := range []struct {
		name, expr, err string
	}{
		{"two Unix times' difference is a duration, driven",
			"backup_last_success_timestamp_seconds - backup_last_attempt_timestamp_seconds > 3600", ""},
		{"a duration plus a Unix time is a Unix time, whose age is driven",
			"time() - (backup_duration_seconds + backup_last_attempt_timestamp_seconds) > 86400", ""},
		{"a duration plus a Unix time compared with a number is refused",
			"backup_duration_seconds + backup_last_attempt_timestamp_seconds > 0", "a Unix time compared with a number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := testtool.LoadSpec(t, fmt.Sprintf(`apiVersion: obsgen.dev/v1
service: {name: backup}
metric_groups:
  - name: backup
    metrics:
      - {name: backup_last_attempt_timestamp_seconds, type: gauge, unit: seconds, help: Unix time of the last backup attempt.}
      - {name: backup_last_success_timestamp_seconds, type: gauge, unit: seconds, help: Unix time the last backup succeeded.}
      - {name: backup_duration_seconds, type: gauge, unit: seconds, help: How long the last backup took.}
alert_groups:
  - name: backup
    rules:
      - alert: BackupAlert
        expr: %s
        labels: {severity: warning}
        annotations: {summary: a backup alert}
`, tc.expr))
			err := Drivable(c, c.Alert("BackupAlert"))
			switch {
			case tc.err == "" && err != nil:
				t.Errorf("cannot drive %s: %v", tc.expr, err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Errorf("%s: error %v, want one saying %q", tc.expr, err, tc.err)
			}
			if err != nil {
				return
			}
			if got := firingAlerts(t, c, "BackupAlert"); strings.Join(got, ",") != "BackupAlert" {
				t.Errorf("alerts with a result: %v, want [BackupAlert]", got)
			}
		})
	}
}

// TestALastFailureIsNeverUnlessAScenarioSetsIt: a healthy Pushgateway
// serves the time of a group's last failed push as 0, never, so no alert
// on a failure fires; a scenario sets it, even where it is compared with
// the last success's time, which cannot be moved to come before never.
func TestALastFailureIsNeverUnlessAScenarioSetsIt(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: pushgateway}
labels:
  - {name: job, example: nightly_backup}
metric_groups:
  - name: push
    metrics:
      - {name: push_failure_time_seconds, type: gauge, unit: seconds, labels: [job], help: Last Unix time when changing this group in the Pushgateway failed.}
      - {name: push_time_seconds, type: gauge, unit: seconds, labels: [job], help: Last Unix time when changing this group in the Pushgateway succeeded.}
alert_groups:
  - name: push
    rules:
      - alert: PushFailedEver
        expr: push_failure_time_seconds > 0
        labels: {severity: info}
        annotations: {summary: a push has failed}
      - alert: PushFailedRecently
        expr: time() - push_failure_time_seconds < 3600
        labels: {severity: warning}
        annotations: {summary: a push failed within the hour}
      - alert: PushFailedLast
        expr: push_failure_time_seconds > push_time_seconds
        labels: {severity: warning}
        annotations: {summary: the last push failed}
`)
	for _, tc := range []struct{ name, scenario, want string }{
		{"a healthy Pushgateway fires none", "", ""},
		{"a failure before the last success fires those on a recent one", "PushFailedRecently", "PushFailedEver,PushFailedRecently"},
		{"a failure since the last success fires all three", "PushFailedLast", "PushFailedEver,PushFailedRecently,PushFailedLast"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := firingAlerts(t, c, tc.scenario); strings.Join(got, ",") != tc.want {
				t.Errorf("alerts with a result: %v, want [%s]", got, tc.want)
			}
		})
	}
	// The last push, a success, was a minute ago, and the failure since
	// is in the past too: not a failure yet to come.
	body, err := Exposition(c, Options{Time: fixed, Scenario: "PushFailedLast"})
	if err != nil {
		t.Fatal(err)
	}
	fams := parse(t, body)
	failed := fams["push_failure_time_seconds"].Metric[0].GetGauge().GetValue()
	pushed := fams["push_time_seconds"].Metric[0].GetGauge().GetValue()
	if now := float64(fixed.Unix()); !(pushed < failed && failed <= now) {
		t.Errorf("the last push %v s from now, the failure %v s: want a push, then a failure, then now", pushed-now, failed-now)
	}
}
