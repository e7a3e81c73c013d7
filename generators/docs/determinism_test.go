package docs_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// rankedShop is a service whose panels rank and add the results of
// operations that Prometheus's engine holds in a map, over a healthy
// history whose series are equal: what made previews change from run to
// run.
const rankedShop = `apiVersion: obsgen.dev/v1
service: {name: shop}
labels:
  - name: op
    description: The operation.
    values: [{value: get}, {value: put}, {value: list}, {value: delete}, {value: head}, {value: post}]
metric_groups:
  - name: served
    metrics:
      - {name: shop_requests_total, type: counter, help: Requests., labels: [op]}
      - {name: shop_errors_total, type: counter, help: Errors., labels: [op]}
      - {name: shop_request_duration_seconds, type: histogram, unit: seconds, help: Durations., labels: [op], buckets: [0.05, 0.1, 0.5, 1]}
dashboards:
  - uid: shop
    title: Shop
    rows:
      - title: Served
        panels:
          - {title: Top error ratios, type: timeseries, queries: [{expr: 'topk(3, sum by (op) (rate(shop_errors_total[5m])) / sum by (op) (rate(shop_requests_total[5m])))', legend: '{{op}}'}]}
          - {title: Slowest, type: timeseries, queries: [{expr: 'topk(2, histogram_quantile(0.99, sum by (le, op) (rate(shop_request_duration_seconds_bucket[5m]))))', legend: '{{op}}'}]}
          - {title: Quietest, type: timeseries, queries: [{expr: 'bottomk(2, rate(shop_requests_total[5m]) * 60)', legend: '{{op}}'}]}
          - {title: Total, type: stat, queries: [{expr: 'sum(rate(shop_requests_total[5m]) * 60 + rate(shop_errors_total[5m]) * 60)'}]}
alert_groups:
  - name: shop
    rules:
      - alert: ShopErrors
        expr: sum(rate(shop_errors_total[5m])) / sum(rate(shop_requests_total[5m])) > 0.05
        for: 2m
        labels: {severity: warning}
        annotations: {summary: Errors., description: Errors.}
        tests:
          - name: fires
            series:
              - {series: 'shop_errors_total{op="get"}', values: 0+10x20}
              - {series: 'shop_requests_total{op="get"}', values: 0+100x20}
            alerts:
              - {at: 15m, firing: [{labels: {severity: warning}}]}
`

func TestGeneratingTheDocsAgainGivesTheSameBytes(t *testing.T) {
	specs := filepath.Join(testtool.WriteTree(t, map[string]string{"specs/shop/spec.yaml": rankedShop}), "specs")
	var first map[string][]byte
	for run := range 12 {
		files := map[string][]byte{}
		for _, f := range generatedFrom(t, specs) {
			files[f.Path] = f.Data
		}
		if first == nil {
			first = files
			if first["shop/docs/dashboards/shop.svg"] == nil {
				t.Fatal("no preview of the shop dashboard")
			}
			continue
		}
		for path, data := range files {
			if !bytes.Equal(data, first[path]) {
				t.Errorf("run %d: %s differs from the first run's", run+1, path)
			}
		}
	}
}
