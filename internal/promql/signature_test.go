package promql

import "testing"

func TestSignaturesMatchWhatADashboardChangesAboutAnAlertExpression(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		same       bool
	}{
		{"matchers do not count", `x{job="a"}`, `x{job=~"$job"}`, true},
		{"range windows do not count", `rate(x[5m])`, `rate(x[$__rate_interval])`, true},
		{"a max around the series does not count", `max by (op) (rate(x[5m]))`, `rate(x[1m])`, true},
		{"a sum around the series counts: it is no value of theirs", `sum by (op) (rate(x[5m]))`, `rate(x[1m])`, false},
		{"a sum of buckets in a quantile does not count", `histogram_quantile(0.9, sum by (le) (rate(b[5m])))`, `histogram_quantile(0.9, rate(b[5m]))`, true},
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

func TestSelectorLabelsAreTheLabelsMatchedOnBySeries(t *testing.T) {
	got := SelectorLabels(mustParse(t, `sum(rate(x{grpc_type="unary", grpc_method!="Defragment"}[5m])) / sum(rate(y{job=~"$job"}[5m])) + z`))
	if len(got) != 2 || len(got["x"]) != 2 || got["x"][0] != "grpc_type" || got["x"][1] != "grpc_method" || len(got["y"]) != 1 || got["y"][0] != "job" {
		t.Errorf("got %v", got)
	}
}
