package validate_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/specload"
)

// sloBase is a catalogue with a counter, a histogram and a gauge.
const sloBase = `apiVersion: obsgen.dev/v1
service:
  name: shop
labels:
  - name: op
metric_groups:
  - name: shop
    metrics:
      - {name: shop_requests_total, type: counter, help: Requests., labels: [op]}
      - {name: shop_errors_total, type: counter, help: Errors., labels: [op]}
      - {name: shop_latency_seconds, type: histogram, help: Latency., labels: [op], buckets: [0.1, 0.5, 1]}
      - {name: shop_lag_seconds, type: gauge, help: Lag.}
alert_groups:
  - name: shop
    rules:
      - alert: ShopBudgetBurn
        expr: up == 0
slos:
`

// goodSLO is a ratio SLO with every field validation reads.
const goodSLO = `  - name: available
    objective: 99.9
    window: 28d
    labels: {team: shop}
    sli:
      ratio: {bad: shop_errors_total, total: shop_requests_total}
`

func TestSLOValidation(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		// want is the code and where it is reported (line:col in the
		// SLO's text, which starts at line 1), or "" for no problem.
		want string
	}{
		{"a ratio SLO over 28 days is fine", goodSLO, ""},
		{"a latency SLO is fine", "  - name: fast\n    objective: 99\n    sli:\n      latency: {histogram: shop_latency_seconds, threshold: 0.5, matchers: '{op=\"get\"}'}\n", ""},
		{"an availability SLO on a gauge with at_most is fine", "  - name: lag\n    objective: 99\n    sli:\n      availability: {metric: shop_lag_seconds, at_most: 60}\n", ""},
		{"an objective of 100 % leaves no budget", strings.Replace(goodSLO, "99.9", "100", 1), "slo-objective 2:16"},
		{"an objective of 0", strings.Replace(goodSLO, "99.9", "0", 1), "slo-objective 2:16"},
		{"an objective that is not a number", strings.Replace(goodSLO, "99.9", ".nan", 1), "slo-objective 2:16"},
		{"a latency threshold that is not a number", "  - name: fast\n    objective: 99\n    sli:\n      latency: {histogram: shop_latency_seconds, threshold: .nan}\n", "slo-sli 4:61"},
		{"a window shorter than the 3d alert window", strings.Replace(goodSLO, "28d", "1d", 1), "slo-window 3:13"},
		{"an SLO label obsgen sets", strings.Replace(goodSLO, "team: shop", "severity: high", 1), "slo-label 4:14"},
		{"no SLI kind", "  - name: x\n    objective: 99\n    sli: {}\n", "slo-sli 3:10"},
		{"a ratio with bad and good", strings.Replace(goodSLO, "bad: shop_errors_total", "bad: shop_errors_total, good: shop_errors_total", 1), "slo-sli 6:14"},
		{"an expression without a window", strings.Replace(goodSLO, "bad: shop_errors_total", "bad: 'sum(rate(shop_errors_total[5m]))'", 1), "slo-sli 6:21"},
		{"a latency SLI on a counter", "  - name: fast\n    objective: 99\n    sli:\n      latency: {histogram: shop_requests_total, threshold: 0.5}\n", "slo-sli 4:28"},
		{"an SLO alert named like a spec alert", strings.Replace(goodSLO, "    sli:", "    alerting: {name: ShopBudgetBurn}\n    sli:", 1), "duplicate-name 5:22"},
		{"an alert annotation with a template", strings.Replace(goodSLO, "    sli:", "    alerting: {annotations: {summary: '{{ $value }}'}}\n    sli:", 1), "slo-alert 5:39"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := specload.LoadBytes("spec.yaml", []byte(sloBase+tc.yaml))
			base := strings.Count(sloBase, "\n")
			var got []string
			for _, d := range diags {
				got = append(got, d.Code+" "+strconv.Itoa(d.Pos.Line-base)+":"+strconv.Itoa(d.Pos.Col))
			}
			if strings.Join(got, ", ") != tc.want {
				t.Errorf("got %v, want %q\n%s", got, tc.want, diags)
			}
		})
	}
}

func TestAnSLOWithProblemsDerivesNoRules(t *testing.T) {
	c, diags := specload.LoadBytes("spec.yaml", []byte(sloBase+strings.Replace(goodSLO, "99.9", "100", 1)))
	if !diags.HasErrors() || len(c.SLOGroups) != 0 {
		t.Errorf("want an error and no derived groups, got %d groups: %v", len(c.SLOGroups), diags)
	}
	c, diags = specload.LoadBytes("spec.yaml", []byte(sloBase+strings.Replace(goodSLO, "ShopBudgetBurn", "X", 1)))
	if diags.HasErrors() || len(c.SLOGroups) != 1 || c.Alert("ShopAvailableBudgetBurn") == nil {
		t.Errorf("want one group and its alert indexed, got %d groups: %v", len(c.SLOGroups), diags)
	}
}

func TestBurnRatesFollowTheComplianceWindow(t *testing.T) {
	for _, tc := range []struct {
		window catalogue.Duration
		want   [4]string
	}{
		{catalogue.Duration(time.Duration(30*24) * time.Hour), [4]string{"14.4", "6", "3", "1"}},
		{catalogue.Duration(time.Duration(28*24) * time.Hour), [4]string{"13.44", "5.6", "2.8", "0.9333333333333335"}},
	} {
		var got [4]string
		i := 0
		for _, p := range catalogue.SLOPolicies {
			for _, bw := range p.Windows {
				got[i] = strconv.FormatFloat(bw.Factor(tc.window), 'g', -1, 64)
				i++
			}
		}
		if got != tc.want {
			t.Errorf("%s: burn rates %v, want %v", tc.window, got, tc.want)
		}
	}
}
