package promql

import (
	"math"
	"testing"

	"github.com/prometheus/prometheus/promql/parser"
)

func TestAllValuesSetsEveryVariableToAll(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`sum by (op) (rate(x_total{op=~"$op"}[$__rate_interval]))`, `sum by (op) (rate(x_total{op=~".*"}[5m]))`},
		{`up{instance="$instance", job="a"}`, `up{instance=~".*",job="a"}`},
		{`up{instance!~"$skip", job="a"}`, `up{job="a"}`},
		{`rate(x_total[5m])`, `rate(x_total[5m])`},
	} {
		got, err := AllValues(tc.in)
		if err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		if got != tc.want {
			t.Errorf("AllValues(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestComparisonsFindEveryThresholdOfABurnRateAlert(t *testing.T) {
	p, err := Parse(`(max(a > (14.4 * 0.001)) and max(b > (14.4 * 0.001))) or (max(c > 6 * 0.001) and 0.5 < d)`, false)
	if err != nil {
		t.Fatal(err)
	}
	got := Comparisons(p.Expr)
	want := []struct {
		expr  string
		value float64
	}{{"a", 14.4 * 0.001}, {"b", 14.4 * 0.001}, {"c", 6 * 0.001}, {"d", 0.5}}
	if len(got) != len(want) {
		t.Fatalf("got %d comparisons, want %d", len(got), len(want))
	}
	for i, th := range got {
		if th.Expr.String() != want[i].expr || th.Op != parser.GTR || math.Abs(th.Value-want[i].value) > 1e-12 {
			t.Errorf("comparison %d = %s %s, want %s > %g", i, th.Expr, th, want[i].expr, want[i].value)
		}
	}
}
