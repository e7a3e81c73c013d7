package simulate

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// TestValuesAPanelSelectsOnAFreeLabelAreServedForItsMetricOnly: the
// mysqld-mixin's dashboard selects the buffer pool's pages by
// state="data" and the handlers by handler=~"commit|rollback|savepoint.*";
// the catalogue gives each label one example, so the preview served
// neither and the panels drew nothing. The values are served for the
// metric that selects them; another metric with the label keeps its
// example (a thread's state is not the buffer pool's).
func TestValuesAPanelSelectsOnAFreeLabelAreServedForItsMetricOnly(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: mysql}
labels:
  - {name: state, example: free}
  - {name: handler, example: write}
metric_groups:
  - name: mysql
    metrics:
      - {name: mysql_global_status_buffer_pool_pages, type: gauge, help: Innodb buffer pool pages by state., labels: [state]}
      - {name: mysql_info_schema_threads, type: gauge, help: The number of threads by state., labels: [state]}
      - {name: mysql_global_status_handlers_total, type: counter, help: Total number of executed MySQL handlers., labels: [handler]}
dashboards:
  - uid: mysql
    title: MySQL
    rows:
      - title: InnoDB
        panels:
          - {title: Buffer pool data, type: timeseries, queries: [{expr: 'sum(mysql_global_status_buffer_pool_pages{state="data"})'}]}
          - {title: Transaction handlers, type: timeseries, queries: [{expr: 'rate(mysql_global_status_handlers_total{handler=~"commit|rollback|savepoint.*"}[$__rate_interval])'}]}
          - {title: Thread states, type: timeseries, queries: [{expr: 'sum by (state) (mysql_info_schema_threads)'}]}
`)
	body, err := Exposition(c, Options{Time: fixed})
	if err != nil {
		t.Fatal(err)
	}
	text := string(body)
	for _, want := range []string{
		`mysql_global_status_buffer_pool_pages{state="data"}`,
		`mysql_global_status_buffer_pool_pages{state="free"}`,
		`mysql_global_status_handlers_total{handler="commit"}`,
		`mysql_global_status_handlers_total{handler="rollback"}`,
		`mysql_global_status_handlers_total{handler="savepoint"}`,
		`mysql_global_status_handlers_total{handler="write"}`,
		`mysql_info_schema_threads{state="free"}`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the exposition lacks %s", want)
		}
	}
	if strings.Contains(text, `mysql_info_schema_threads{state="data"}`) {
		t.Error("a thread is served in the buffer pool's state data")
	}
}
