package promql

import (
	"strings"
	"testing"
)

func TestRenamedReplacesNamesAndExactValuesAndLeavesTheExpressionAlone(t *testing.T) {
	upper := func(label, value string) string { return label + ":" + strings.ToUpper(value) }
	for _, tc := range []struct {
		name, expr, want string
	}{
		{"a metric name", `x`, `__name__:X`},
		{"a name and an equality matcher", `x{job="api"}`, `__name__:X{job="job:API"}`},
		{"an inequality matcher", `x{job!="api"}`, `__name__:X{job!="job:API"}`},
		{"an empty value, which selects series without the label, kept", `x{zone="", job!=""}`, `__name__:X{job!="",zone=""}`},
		{"matchers of any value or none, a variable at All, kept", `x{op=~".*", job=~".+", a!~".*", b!~".+"}`, `__name__:X{a!~".*",b!~".+",job=~".+",op=~".*"}`},
		{"a matcher on the name", `{__name__="x"}`, `{__name__="__name__:X"}`},
		{"selectors inside functions, aggregations and binary operations",
			`sum by (job) (rate(x_total{code="5xx"}[5m])) / on (job) sum by (job) (rate(x_total[5m])) > 0.01`,
			`sum by (job) (rate(__name__:X_TOTAL{code="code:5XX"}[5m])) / on (job) sum by (job) (rate(__name__:X_TOTAL[5m])) > 0.01`},
		{"a subquery, an offset and a unary minus", `-max_over_time(x[1h:5m] offset 1m)`, `-max_over_time(__name__:X[1h:5m] offset 1m)`},
		{"topk's parameter", `topk(3, x)`, `topk(3, __name__:X)`},
		{"histogram_quantile keeps le for the caller to keep", `histogram_quantile(0.9, rate(h_bucket{le="0.1"}[5m]))`, `histogram_quantile(0.9, rate(__name__:H_BUCKET{le="le:0.1"}[5m]))`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := mustParse(t, tc.expr)
			before := e.String()
			got, ok := Renamed(e, upper)
			if !ok {
				t.Fatalf("Renamed(%s) refused", tc.expr)
			}
			if got.String() != tc.want {
				t.Errorf("Renamed(%s) = %s, want %s", tc.expr, got, tc.want)
			}
			if e.String() != before {
				t.Errorf("Renamed changed its argument: %s, was %s", e, before)
			}
		})
	}
}

func TestRenamedRefusesExpressionsThatReadTheTextOfAValue(t *testing.T) {
	same := func(_, value string) string { return value }
	for _, tc := range []struct{ name, expr string }{
		{"a regular expression matcher", `x{code=~"5.."}`},
		{"a negated regular expression matcher", `x{code!~"5.."}`},
		{"a regular expression that matches every value but one", `x{op=~".*[^x]"}`},
		{"absent of two matchers of one label, whose order decides its labels", `absent(x{job=~".*", job="a"})`},
		{"label_replace", `label_replace(x, "a", "$1", "b", "(.*)")`},
		{"label_join", `label_join(x, "a", ",", "b", "c")`},
		{"count_values", `count_values("v", x)`},
		{"deep inside a binary operation", `y / on () group_left sum(x{code=~"5.."})`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, ok := Renamed(mustParse(t, tc.expr), same); ok {
				t.Errorf("Renamed(%s) renamed it", tc.expr)
			}
		})
	}
}
