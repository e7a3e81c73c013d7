package promql

import "testing"

func TestSignaturesMatchWhatADashboardChangesAboutAnAlertExpression(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		same       bool
	}{
		{"matchers do not count", `x{job="a"}`, `x{job=~"$job"}`, true},
		{"range windows do not count", `rate(x[5m])`, `rate(x[$__rate_interval])`, true},
		{"a sum around the series does not count", `sum by (op) (rate(x[5m]))`, `rate(x[1m])`, true},
		{"parentheses do not count", `(x / y)`, `x / y`, true},
		{"another function counts", `rate(x[5m])`, `irate(x[5m])`, false},
		{"another series counts", `x`, `y`, false},
		{"a quantile's phi counts", `histogram_quantile(0.9, b)`, `histogram_quantile(0.99, b)`, false},
		{"bool counts", `x > bool 1`, `x > 1`, false},
		{"count is no transparent aggregation", `count(x)`, `x`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sa, sb := Signature(mustParse(t, tc.a)), Signature(mustParse(t, tc.b))
			if (sa == sb) != tc.same {
				t.Errorf("%s → %s, %s → %s; same = %v, want %v", tc.a, sa, tc.b, sb, sa == sb, tc.same)
			}
		})
	}
}
