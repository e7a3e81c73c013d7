package simulate

import (
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// TestAClampedRatioIsDriven: grafana/jsonnet-libs' mixins guard ratios
// with clamp_min(rate(requests[5m]), 1); the squid-mixin's five alerts
// could not be driven ("cannot drive clamp_min()").
func TestAClampedRatioIsDriven(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: squid}
metric_groups:
  - name: squid
    metrics:
      - {name: squid_server_http_errors_total, type: counter, help: Server HTTP errors.}
      - {name: squid_server_http_requests_total, type: counter, help: Server HTTP requests.}
alert_groups:
  - name: squid
    rules:
      - alert: SquidHighHTTPServerRequestErrors
        expr: rate(squid_server_http_errors_total[5m]) / clamp_min(rate(squid_server_http_requests_total[5m]), 1) * 100 > 5
        for: 5m
        labels: {severity: critical}
        annotations: {summary: Errors.}
      - alert: SquidQuiet
        expr: clamp(rate(squid_server_http_requests_total[5m]), 0, 10) < 0.5
        for: 5m
        labels: {severity: warning}
        annotations: {summary: Quiet.}
`)
	for _, name := range []string{"SquidHighHTTPServerRequestErrors", "SquidQuiet"} {
		if got := firingAlerts(t, c, name); !slices.Equal(got, []string{name}) {
			t.Errorf("scenario %s fires %v", name, got)
		}
	}
	if got := firingAlerts(t, c, ""); len(got) > 0 {
		t.Errorf("healthy, %v fire", got)
	}
}
