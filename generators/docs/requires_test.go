package docs_test

import (
	"strings"
	"testing"
)

func TestARunbookPageSaysWhichSeriesOnlySomeSetUpsServe(t *testing.T) {
	const spec = `apiVersion: obsgen.dev/v1
service: {name: pg}
metric_groups:
  - name: pg
    metrics:
      - {name: pg_up, type: gauge, help: Whether the server answers.}
  - name: replication
    optional: {flag: --extend.query-path, note: From a custom queries file.}
    metrics:
      - {name: pg_replication_lag, type: gauge, unit: seconds, help: Replication lag.}
      - {name: pg_replication_is_replica, type: gauge, help: Whether the server is a replica.}
recording_groups:
  - name: pg-records
    rules:
      - record: instance:pg_replication_lag:max
        expr: max by (instance) (pg_replication_lag)
alert_groups:
  - name: pg
    rules:
      - alert: ReplicationLag
        expr: pg_replication_lag > 30 and on (instance) pg_replication_is_replica == 1 and on (instance) pg_replication_lag > 0
        labels: {severity: critical}
        annotations: {summary: Lag}
      - alert: LagRecorded
        expr: instance:pg_replication_lag:max > 30
        labels: {severity: warning}
        annotations: {summary: Lag}
      - alert: Down
        expr: pg_up == 0
        labels: {severity: critical}
        annotations: {summary: Down}
`
	pages := map[string]string{}
	for _, f := range docsOf(t, spec) {
		pages[f.Path[strings.LastIndex(f.Path, "/")+1:]] = string(f.Data)
	}
	lag := pages["ReplicationLag.md"]
	want := "It reads series that only some set-ups serve; where one is not served, the\nalert cannot fire on it:\n\n" +
		"- `pg_replication_lag`: Exists only with --extend.query-path. From a custom queries file.\n" +
		"- `pg_replication_is_replica`: Exists only with --extend.query-path. From a custom queries file.\n\n## Expression"
	if !strings.Contains(lag, want) {
		t.Errorf("the page lacks\n%s\nin:\n%s", want, lag)
	}
	if recorded := pages["LagRecorded.md"]; !strings.Contains(recorded, "- `pg_replication_lag`: Exists only with --extend.query-path.") {
		t.Errorf("an alert on a recorded series of an optional one does not say so:\n%s", recorded)
	}
	if strings.Contains(pages["Down.md"], "only some set-ups") {
		t.Errorf("an alert on series every set-up serves says some do not:\n%s", pages["Down.md"])
	}
}
