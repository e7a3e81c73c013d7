package docs_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/docs"
	"github.com/obsgen/obsgen/internal/testtool"
)

// docsOf generates the docs of an inline spec.
func docsOf(t *testing.T, spec string) []generators.File {
	t.Helper()
	return testtool.Generate(t, docs.Generator{}, testtool.LoadSpec(t, spec))
}

// monitoringPage generates the monitoring page of an inline spec.
func monitoringPage(t *testing.T, spec string) string {
	t.Helper()
	for _, f := range docsOf(t, spec) {
		if strings.HasSuffix(f.Path, "/docs/monitoring.md") {
			return string(f.Data)
		}
	}
	t.Fatal("no monitoring.md")
	return ""
}

func TestTheMetricsPageSaysWhatAReaderNeedsAndNoEmptyColumn(t *testing.T) {
	page := monitoringPage(t, `apiVersion: obsgen.dev/v1
service: {name: shop}
labels:
  - name: op
    values: [{value: get}, {value: put}]
  - name: code
    values: [{value: ok, description: Served.}, {value: fail, description: Refused.}]
metric_groups:
  - name: timed
    metrics:
      - {name: shop_latency_seconds, type: histogram, unit: seconds, help: Latency., labels: [op], buckets: [0.1, 0.5]}
      - {name: shop_rpc_seconds, type: summary, unit: seconds, help: RPC time., quantiles: [0.5, 0.99]}
  - name: counted
    metrics:
      - {name: shop_requests_total, type: counter, help: Requests., labels: [op, code]}
      - {name: shop_pgfaults, type: counter, exposed_as: untyped, help: Faults.}
`)
	for _, want := range []string{
		"Buckets (le) of `shop_latency_seconds`: 0.1, 0.5, +Inf.",
		"Quantiles of `shop_rpc_seconds`: 0.5, 0.99.",
		"| Metric | Type | Unit | Description |",
		"| Metric | Type | Description |",
		"| `shop_pgfaults` | counter (served untyped) | Faults. |",
		"### Values of label code",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("want %q in the page:\n%s", want, page)
		}
	}
	if strings.Contains(page, "### Values of label op") {
		t.Errorf("a label whose values have no description needs no section of its own:\n%s", page)
	}
}

func TestAServiceWithoutRulesIsNotToldItsConfigurationLoadsThem(t *testing.T) {
	// caddy-mixin publishes no alerts: its prometheus.yml has no
	// rule_files, and the page promised rule files.
	const spec = `apiVersion: obsgen.dev/v1
service: {name: caddy}
scrape:
  targets:
    - {variant: static, static: ["127.0.0.1:2019"]}
metric_groups:
  - name: caddy
    metrics:
      - {name: caddy_http_requests_total, type: counter, help: Requests.}
`
	if page := monitoringPage(t, spec); strings.Contains(page, "rule files") || !strings.Contains(page, "which loads the\nfirst variant's jobs") {
		t.Errorf("the page promises rule files, or says not what prometheus.yml loads:\n%s", page)
	}
	withAlert := spec + "alert_groups:\n  - name: caddy\n    rules:\n      - {alert: CaddyDown, expr: 'up == 0', labels: {severity: page}, annotations: {summary: Down.}}\n"
	if page := monitoringPage(t, withAlert); !strings.Contains(page, "which loads the rule files and the\nfirst variant's jobs") {
		t.Errorf("with an alert, the page does not say prometheus.yml loads its rule file:\n%s", page)
	}
}

// TestTheMetricsPageListsEachMetricsOwnLabelValues: apache_exporter's state
// label is busy or idle on apache_workers and a connection's state on
// apache_connections; the labels table said "any" and the reader could not
// learn which. Each metric's own values are listed under its table, and the
// labels table says where to look.
func TestTheMetricsPageListsEachMetricsOwnLabelValues(t *testing.T) {
	page := monitoringPage(t, `apiVersion: obsgen.dev/v1
service: {name: apache}
labels:
  - {name: state}
  - {name: host, example: web-1}
  - name: op
    values: [{value: get}, {value: put}, {value: delete}]
metric_groups:
  - name: apache
    metrics:
      - {name: apache_workers, type: gauge, help: Apache worker statuses., labels: [state, op], label_values: {state: [busy, idle], op: [get]}}
      - {name: apache_connections, type: gauge, help: Apache connection statuses., labels: [state, host], label_values: {state: [closing, keepalive], host: [web-1]}}
      - {name: apache_vhosts, type: gauge, help: Virtual hosts., labels: [host, op]}
`)
	for _, want := range []string{
		"Values of `state` on `apache_workers`: `busy`, `idle`.\n",
		"Values of `op` on `apache_workers`: `get`.\n",
		"Values of `state` on `apache_connections`: `closing`, `keepalive`.\n",
		"| `state` | - | per metric, listed under the metrics' tables |\n",
		"| `host` | - | per metric on some, listed under the metrics' tables; on the others any, e.g. `web-1` |\n",
		"| `op` | - | `get`, `put`, `delete`; fewer on some metrics, listed under their tables |\n",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "on `apache_vhosts`") {
		t.Error("a metric without label_values has a values line")
	}
}
