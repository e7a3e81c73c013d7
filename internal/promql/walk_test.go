package promql

import (
	"fmt"
	"strings"
	"testing"

	"github.com/prometheus/prometheus/promql/parser"
)

func TestSelectorsAreTheSeriesAnExpressionReadsInTheOrderWritten(t *testing.T) {
	e := mustParse(t, `sum(rate(a{x="1"}[5m])) / on(job) group_left(op) b + count({__name__="c"})`)
	var names []string
	for _, vs := range Selectors(e) {
		names = append(names, SelectorName(vs))
	}
	if got := strings.Join(names, ","); got != "a,b,c" {
		t.Errorf("selectors %s, want a,b,c", got)
	}
	if got := strings.Join(ClauseLabels(e), ","); got != "job,op" {
		t.Errorf("clause labels %s, want job,op", got)
	}
	var calls []string
	for _, c := range Calls(e) {
		calls = append(calls, c.Func.Name)
	}
	if got := strings.Join(calls, ","); got != "rate" {
		t.Errorf("calls %s, want rate", got)
	}
	if Selectors(nil) != nil || ClauseLabels(nil) != nil {
		t.Error("nothing has no selectors and no clauses")
	}
}

func TestQuantilesAreEveryWayAnExpressionComputesOne(t *testing.T) {
	for _, tc := range []struct{ name, expr, want string }{
		{"histogram_quantile with a number", "histogram_quantile(0.95, rate(b[5m]))", "0.95"},
		{"quantile_over_time", "quantile_over_time(0.5, x[5m])", "0.5"},
		{"the quantile aggregation", "quantile(0.99, x)", "0.99"},
		{"a summary's quantile series", `x{quantile="0.9"}`, "0.9"},
		{"a quantile given by a variable is unknown", "histogram_quantile(scalar(q), b)", "?"},
		{"none in a plain rate", "rate(x[5m])", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range Quantiles(mustParse(t, tc.expr)) {
				if q.Known {
					got = append(got, fmt.Sprint(q.Value))
				} else {
					got = append(got, "?")
				}
			}
			if s := strings.Join(got, ","); s != tc.want {
				t.Errorf("%s: %s, want %s", tc.expr, s, tc.want)
			}
		})
	}
}

func TestRawReadsAreTheSelectorsWhoseValuesAreUsedAsTheyAre(t *testing.T) {
	rates := func(fn string) bool { return fn == "rate" || fn == "increase" }
	for _, tc := range []struct{ name, expr, want string }{
		{"a selector alone is shown raw", "x", "x"},
		{"a rate reads over time", "rate(x[5m])", ""},
		{"a comparison marks what it compares", "x > 5", "x compared"},
		{"a count only counts", "count(x) > 1", ""},
		{"the right side of and only filters", "y and x", "y"},
		{"both sides of arithmetic are used", "rate(x[5m]) / y", "y"},
		{"a function that is not a rate passes values on", "abs(x)", "x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range RawReads(mustParse(t, tc.expr), rates) {
				s := SelectorName(r.Selector)
				if r.Compared {
					s += " compared"
				}
				got = append(got, s)
			}
			if s := strings.Join(got, ","); s != tc.want {
				t.Errorf("%s: %s, want %s", tc.expr, s, tc.want)
			}
		})
	}
}

func TestASeriesCarriesTheGivenLabelsThenItsFamilysThenLeOrQuantile(t *testing.T) {
	for _, tc := range []struct{ name, series, want string }{
		{"a counter carries its own labels", "jobs_total", "instance,queue,result"},
		{"a histogram's buckets add le", "job_seconds_bucket", "instance,queue,le"},
		{"a histogram's count does not", "job_seconds_count", "instance,queue"},
		{"a summary's quantile series add quantile", "payload", "instance,op,quantile"},
		{"a summary's sum does not", "payload_sum", "instance,op"},
		{"a recorded series carries only the given ones", "job:rate5m", "instance"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(resolveTest(tc.series).Carries("instance").Ordered(), ","); got != tc.want {
				t.Errorf("%s: %s, want %s", tc.series, got, tc.want)
			}
		})
	}
}

func TestASummedRateIsReadAsTheSelectorItCounts(t *testing.T) {
	for _, tc := range []struct {
		expr, want string
	}{
		{`sum(rate(x{a="b"}[5m]))`, `x{a="b"}`},
		{`(sum((rate(x[1h]))))`, `x`},
		{`sum by (a) (rate(x[5m]))`, ""},
		{`sum(irate(x[5m]))`, ""},
		{`sum(rate(x[5m:1m]))`, ""},
		{`rate(x[5m])`, ""},
	} {
		vs, ok := SummedRate(mustParse(t, tc.expr))
		got := ""
		if ok {
			got = vs.String()
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.expr, got, tc.want)
		}
	}
}

func TestSelectorNamesAreTheNamesSelectedInTheOrderWritten(t *testing.T) {
	p, err := Parse(`rate(x[5m]) / on () {__name__="y"} + count({job="a"})`, false)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(SelectorNames(p.Expr), ",")
	if want := "x,y,"; got != want {
		t.Errorf("SelectorNames = %q, want %q", got, want)
	}
}

func TestNodesMeetsEveryNodeInTheOrderInspectDoes(t *testing.T) {
	for _, text := range []string{
		`up`,
		`1`,
		`"text"`,
		`-rate(x{a="1",b=~"2|3"}[5m] offset 1h)`,
		`sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) / ignoring(code) group_left(op) sum by (job) (rate(http_requests_total[5m])) > 0.05`,
		`histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m]))) and on(job) topk(3, y)`,
		`max_over_time((rate(x[1m]) > 0)[30m:1m] @ 100)`,
		`count_values("v", label_replace(x, "a", "$1", "b", "(.*)"))`,
		`quantile(0.5, (a + b) * on() group_right c) unless absent(d)`,
		`vector(1) or vector(scalar(sum(e)))`,
	} {
		e := mustParse(t, text)
		var want []parser.Node
		parser.Inspect(e, func(n parser.Node, _ []parser.Node) error {
			if n != nil {
				want = append(want, n)
			}
			return nil
		})
		got := Nodes[parser.Node](e)
		if len(got) != len(want) {
			t.Fatalf("%s: %d nodes, want %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: node %d is %s, want %s", text, i, got[i], want[i])
			}
		}
	}
}

func TestShownSelectorsLeaveOutTheSideOfAJoinThatOnlyAddsLabels(t *testing.T) {
	for _, tc := range []struct{ name, expr, want string }{
		{"a join on an info metric shows the other side", `rabbitmq_queue_messages_ready * on(instance) group_left(rabbitmq_cluster) rabbitmq_identity_info`, "rabbitmq_queue_messages_ready"},
		{"group_right adds the left side's labels", `rabbitmq_identity_info * on(instance) group_right(rabbitmq_cluster) rabbitmq_queue_messages_ready`, "rabbitmq_queue_messages_ready"},
		{"inside an aggregation too", `sum by (rabbitmq_cluster) (rate(x_total[5m]) * on(instance) group_left(rabbitmq_cluster) rabbitmq_identity_info)`, "x_total"},
		{"a division's one side is a denominator, shown", `x_errors / on(job) group_left(op) x_requests`, "x_errors,x_requests"},
		{"a group_left copying no label is a match, not a join for labels", `x * on(job) group_left y`, "x,y"},
		{"a one-to-one product shows both", `x * on(job) y`, "x,y"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, vs := range ShownSelectors(mustParse(t, tc.expr)) {
				got = append(got, SelectorName(vs))
			}
			if s := strings.Join(got, ","); s != tc.want {
				t.Errorf("%s shows %s, want %s", tc.expr, s, tc.want)
			}
		})
	}
}
