package promql

import (
	"strings"
	"testing"

	"github.com/prometheus/prometheus/promql/parser"
)

func TestLabelsFollowPrometheusThroughFunctionsAggregationsAndMatching(t *testing.T) {
	// Every selector carries job and instance; x also op and code, b le.
	sel := func(vs *parser.VectorSelector) LabelSet {
		switch SelectorName(vs) {
		case "x":
			return SetOf("instance", "job", "op", "code")
		case "b":
			return SetOf("instance", "job", "le")
		case "unknown":
			return AnyLabels()
		}
		return SetOf("instance", "job")
	}
	for _, tc := range []struct{ name, expr, want string }{
		{"a selector carries what it selects", `x`, "{code, instance, job, op}"},
		{"rate keeps its argument's labels", `rate(x[5m])`, "{code, instance, job, op}"},
		{"sum by keeps only the grouping", `sum by (op, nope) (rate(x[5m]))`, "{op}"},
		{"sum without drops the grouping", `sum without (code) (x)`, "{instance, job, op}"},
		{"histogram_quantile drops le", `histogram_quantile(0.9, sum by (le, job) (rate(b[5m])))`, "{job}"},
		{"label_replace adds its target", `label_replace(y, "svc", "$1", "job", "(.*)")`, "{instance, job, svc}"},
		{"absent carries its equality matchers", `absent(x{op="get", code=~"5.."})`, "{op}"},
		{"on() keeps the matching labels", `x / on(op, job) y`, "{job, op}"},
		{"ignoring() drops the ignored labels", `x / ignoring(code) y`, "{instance, job, op}"},
		{"group_left copies the included labels", `y * on(job) group_left(op) x`, "{instance, job, op}"},
		{"or may carry either side's labels", `x or y`, "{code, instance, job, op}"},
		{"count_values adds its label", `count_values("v", y)`, "{v}"},
		{"an unknown series makes everything possible", `sum by (op) (unknown) + x`, "{op}"},
		{"an unknown series alone is any", `unknown`, "{any}"},
		{"a number carries nothing", `1 + 2`, "{}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse(tc.expr, false)
			if err != nil {
				t.Fatal(err)
			}
			if got := NewLabels(sel).Of(p.Expr).String(); got != tc.want {
				t.Errorf("%s: %s, want %s", tc.expr, got, tc.want)
			}
		})
	}
}

func TestALabelSetKeepsTheOrderLabelsWereAddedIn(t *testing.T) {
	s := SetOf("instance", "op").With("code", "op").Without("instance")
	if got := strings.Join(s.Ordered(), ","); got != "op,code" {
		t.Errorf("Ordered = %s, want op,code", got)
	}
}
