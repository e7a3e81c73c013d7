package grafana

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestAStackedGraphIsWrittenStacked(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
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
          - {title: Apart, type: timeseries, queries: [{expr: st_busy_ratio}]}
`)
	files := testtool.Files(t, Generator{}, c, "st/grafana/")
	data := string(files["dashboards/st.json"])
	if n := strings.Count(data, `"stacking": {`); n != 1 || !strings.Contains(data, `"stacking": {
              "mode": "normal"`) {
		t.Errorf("%d stacking settings, want the stacked panel's normal one:\n%s", n, data)
	}
}

func TestAStatShowsTheNameItsTextModeAsks(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: web}
labels:
  - {name: version, description: Version.}
metric_groups:
  - name: g
    metrics:
      - {name: apache_info, type: gauge, help: Apache version information., labels: [version]}
dashboards:
  - uid: web
    title: Web
    rows:
      - title: R
        panels:
          - {title: Version, type: stat, text_mode: name, queries: [{expr: apache_info, legend: '{{version}}'}]}
          - {title: Up, type: stat, queries: [{expr: apache_info}]}
`)
	data := string(testtool.Files(t, Generator{}, c, "web/grafana/")["dashboards/web.json"])
	if !strings.Contains(data, `"textMode": "name"`) || !strings.Contains(data, `"textMode": "auto"`) {
		t.Errorf("want the Version stat's text mode name and the other's auto:\n%s", data)
	}
}

func TestAQuerysMinIntervalIsWrittenAsItsInterval(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: sq}
metric_groups:
  - name: g
    metrics:
      - {name: sq_requests_total, type: counter, help: Requests.}
dashboards:
  - uid: sq
    title: Sq
    rows:
      - title: R
        panels:
          - {title: Requests, type: timeseries, queries: [{expr: 'rate(sq_requests_total[$__rate_interval])', min_interval: 2m}]}
`)
	data := string(testtool.Files(t, Generator{}, c, "sq/grafana/")["dashboards/sq.json"])
	if strings.Count(data, `"interval": "2m"`) != 1 {
		t.Errorf("want the query's interval 2m:\n%s", data)
	}
	if problems := checkDashboard("sq", []byte(data)); len(problems) > 0 {
		t.Errorf("the dashboard does not check: %v", problems)
	}
}
