package promql_test

import (
	"testing"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

func TestAnExpressionIsAlwaysEmptyOnlyWhenEverySeriesItCouldGiveReadsNothingStored(t *testing.T) {
	stored := labels.FromStrings("__name__", "x", "job", "a")
	holds := func(name string, vs *parser.VectorSelector) bool {
		for _, m := range vs.LabelMatchers {
			if !m.Matches(stored.Get(m.Name)) {
				return false
			}
		}
		return name == "x"
	}
	for _, tc := range []struct {
		expr  string
		empty bool
	}{
		{`x`, false},
		{`y`, true},
		{`x{job="b"}`, true},
		{`x{job=~"a|b"}`, false},
		{`rate(y[5m])`, true},
		{`sum(rate(y[5m])) / sum(rate(x[5m]))`, true},
		{`1 - (sum(rate(y[5m])) / sum(rate(y[5m])))`, true},
		{`-sum(y)`, true},
		{`sum(y) > bool 1`, true},
		{`sum(y) or vector(0)`, false},
		{`y or x`, false},
		{`y unless x`, true},
		{`x unless y`, false},
		{`x and y`, true},
		{`scalar(y)`, false},
		{`absent(y)`, false},
		{`vector(1)`, false},
		{`time()`, false},
		{`1`, false},
		{`histogram_quantile(0.9, rate(y[5m]))`, true},
		{`count_values("v", y)`, true},
		{`label_replace(y, "a", "$1", "b", "(.*)")`, true},
		{`round(y, 2)`, true},
		{`max_over_time((y > bool 1)[5m:1m])`, true},
		{`quantile_over_time(0.5, y[5m])`, true},
		{`{job="a"}`, false},
	} {
		expr, err := promql.Parser.ParseExpr(tc.expr)
		if err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		if got := promql.AlwaysEmpty(expr, holds); got != tc.empty {
			t.Errorf("AlwaysEmpty(%s) = %t, want %t", tc.expr, got, tc.empty)
		}
	}
}

func TestASelectorHasAFallbackWhenAnOrAboveItHasAnotherSideThatReadsSomething(t *testing.T) {
	holds := func(name string, _ *parser.VectorSelector) bool { return name == "new" || name == "total" }
	for _, tc := range []struct {
		expr, selector, fallback string
	}{
		{`rate(old[5m]) or rate(new[5m])`, "old", "rate(new[5m])"},
		{`(rate(old[5m]) or rate(new[5m])) / rate(total[5m]) * 100 > 1`, "old", "rate(new[5m])"},
		{`rate(new[5m]) or rate(old[5m])`, "old", "rate(new[5m])"},
		{`rate(old[5m]) or rate(older[5m])`, "old", ""},
		{`(old or older) or new`, "old", "new"},
		{`old / total`, "old", ""},
		{`sum(rate(old[5m])) or vector(0)`, "old", ""},
		{`(old or vector(0)) or new`, "old", "new"},
		{`(old or older) + total`, "old", ""},
	} {
		expr, err := promql.Parser.ParseExpr(tc.expr)
		if err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		var vs *parser.VectorSelector
		for _, s := range promql.Selectors(expr) {
			if promql.SelectorName(s) == tc.selector {
				vs = s
				break
			}
		}
		got := ""
		if f := promql.Fallback(expr, vs, holds); f != nil {
			got = f.String()
		}
		if got != tc.fallback {
			t.Errorf("Fallback(%s, %s) = %q, want %q", tc.expr, tc.selector, got, tc.fallback)
		}
	}
}
