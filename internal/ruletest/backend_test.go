package ruletest

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	promqlengine "github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/promql/promqltest"
	"github.com/prometheus/prometheus/storage"
)

// lazyBackend is the backend replays had before memBackend: promtool's
// own LazyLoader over a TSDB, to compare with.
type lazyBackend struct{ ll *promqltest.LazyLoader }

func openLazy(tg prometheus.UnitTestGroup, interval time.Duration) (backend, error) {
	ll, err := promqltest.NewLazyLoader(loadCommand(tg), promqltest.LazyLoaderOpts{EnableAtModifier: true, EnableNegativeOffset: true})
	if err != nil {
		return nil, err
	}
	ll.SubqueryInterval = interval
	return lazyBackend{ll}, nil
}

func (b lazyBackend) Appender(ctx context.Context) storage.Appender {
	return b.ll.Storage().Appender(ctx)
}
func (b lazyBackend) AppenderV2(ctx context.Context) storage.AppenderV2 {
	return b.ll.Storage().AppenderV2(ctx)
}
func (b lazyBackend) Querier(mint, maxt int64) (storage.Querier, error) {
	return b.ll.Storage().Querier(mint, maxt)
}
func (b lazyBackend) engine() *promqlengine.Engine { return b.ll.QueryEngine() }
func (b lazyBackend) context() context.Context     { return b.ll.Context() }
func (b lazyBackend) close() error                 { return b.ll.Close() }
func (b lazyBackend) till(ts time.Time) error {
	var err error
	b.ll.WithSamplesTill(ts, func(e error) { err = e })
	return err
}

// runBoth runs a test with both backends and fails when their failures
// differ.
func runBoth(t *testing.T, files map[string][]byte, f prometheus.UnitTestFile, tg prometheus.UnitTestGroup) []string {
	t.Helper()
	want := runGroup(openLazy, memLoader{files}, f, tg, nil)
	got := runGroup(openMemory, memLoader{files}, f, tg, nil)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: in memory:\n%s\nwith promqltest's LazyLoader:\n%s", tg.Name, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	return want
}

func TestEveryCatalogueTestHasTheSameResultsInMemoryAsWithPromqltest(t *testing.T) {
	for _, dir := range append([]string{"testdata/failing", variantsSpec}, seeds...) {
		c := testtool.Load(t, dir)
		files, err := prometheus.UnitTests(c)
		if err != nil {
			t.Fatal(err)
		}
		rules, err := ruleFiles(c)
		if err != nil {
			t.Fatal(err)
		}
		failed := 0
		for _, f := range files {
			for _, tg := range f.Tests {
				if len(runBoth(t, rules, f, tg)) > 0 {
					failed++
				}
			}
		}
		if dir == "testdata/failing" && failed == 0 {
			t.Errorf("%s: no test failed, so no failure was compared", dir)
		}
	}
}

// handRules are rules for the hand-written tests below: a recording rule,
// an alert on it, and one on a native histogram's rate.
var handRules = map[string][]byte{"../rules.yaml": []byte(`groups:
  - name: hand
    rules:
      - record: job:errors:rate1m
        expr: sum by (job) (rate(errors_total[2m]))
      - alert: ErrorsHigh
        expr: job:errors:rate1m > 1
        for: 2m
        labels: {severity: page}
        annotations: {summary: "{{ $labels.job }} at {{ $value }}"}
      - alert: SlowRequests
        expr: histogram_quantile(0.9, rate(request_seconds[5m])) > 0.5
`)}

func TestHandWrittenTestsHaveTheSameResultsInMemoryAsWithPromqltest(t *testing.T) {
	file := prometheus.UnitTestFile{RuleFiles: []string{"../rules.yaml"}, EvaluationInterval: model.Duration(time.Minute)}
	firing := prometheus.AlertRuleTest{EvalTime: model.Duration(5 * time.Minute), Alertname: "ErrorsHigh", ExpAlerts: []prometheus.ExpAlert{{
		ExpLabels: map[string]string{"job": "a", "severity": "page"}, ExpAnnotations: map[string]string{"summary": "a at 2"}}}}
	for _, tc := range []struct {
		name   string
		tg     prometheus.UnitTestGroup
		failed bool
	}{
		{"an alert fires on a recorded rate", prometheus.UnitTestGroup{Interval: model.Duration(time.Minute),
			InputSeries:    []prometheus.InputSeries{{Series: `errors_total{job="a"}`, Values: "0+120x10"}},
			AlertRuleTests: []prometheus.AlertRuleTest{firing}}, false},
		{"input samples between evaluations and stale markers", prometheus.UnitTestGroup{Interval: model.Duration(20 * time.Second),
			InputSeries:    []prometheus.InputSeries{{Series: `errors_total{job="a"}`, Values: "0+40x10 stale 500+40x10"}, {Series: `errors_total{job="b"}`, Values: "_x3 1+1x30"}},
			AlertRuleTests: []prometheus.AlertRuleTest{firing}}, true},
		{"an input series the rules also record is a duplicate sample", prometheus.UnitTestGroup{Interval: model.Duration(time.Minute),
			InputSeries:    []prometheus.InputSeries{{Series: `errors_total{job="a"}`, Values: "0+120x10"}, {Series: `job:errors:rate1m{job="a"}`, Values: "5x10"}},
			AlertRuleTests: []prometheus.AlertRuleTest{firing}}, true},
		{"an input series of the alert's own ALERTS is a duplicate sample", prometheus.UnitTestGroup{Interval: model.Duration(time.Minute),
			InputSeries:    []prometheus.InputSeries{{Series: `errors_total{job="a"}`, Values: "0+120x10"}, {Series: `ALERTS{alertname="ErrorsHigh", alertstate="pending", job="a", severity="page"}`, Values: "0x10"}},
			AlertRuleTests: []prometheus.AlertRuleTest{firing}}, true},
		{"the same series twice, and an empty label", prometheus.UnitTestGroup{Interval: model.Duration(time.Minute),
			InputSeries:     []prometheus.InputSeries{{Series: `errors_total{job="a"}`, Values: "0+1x10"}, {Series: `errors_total{job="a"}`, Values: "0+120x10"}, {Series: `errors_total{job="b", x=""}`, Values: "0+60x10"}},
			AlertRuleTests:  []prometheus.AlertRuleTest{firing},
			PromQLExprTests: []prometheus.PromQLExprTest{{Expr: "job:errors:rate1m", EvalTime: model.Duration(4 * time.Minute), ExpSamples: []prometheus.ExpSample{{Labels: `job:errors:rate1m{job="a"}`, Value: 2}}}}}, true},
		{"a native histogram's quantile and a subquery", prometheus.UnitTestGroup{Interval: model.Duration(time.Minute),
			InputSeries: []prometheus.InputSeries{{Series: `request_seconds`, Values: "{{schema:0 sum:0 count:0 buckets:[0 0 0]}}+{{schema:0 sum:5 count:4 buckets:[1 2 1]}}x10"}},
			AlertRuleTests: []prometheus.AlertRuleTest{{EvalTime: model.Duration(8 * time.Minute), Alertname: "SlowRequests", ExpAlerts: []prometheus.ExpAlert{{
				ExpLabels: map[string]string{"alertname": "SlowRequests"}}}}},
			PromQLExprTests: []prometheus.PromQLExprTest{{Expr: "max_over_time(histogram_count(rate(request_seconds[2m]))[5m:])", EvalTime: model.Duration(9 * time.Minute), ExpSamples: []prometheus.ExpSample{{Labels: `{}`, Value: 4.0 / 60}}}}}, false},
		{"a malformed input series is promqltest's error", prometheus.UnitTestGroup{Interval: model.Duration(time.Minute),
			InputSeries: []prometheus.InputSeries{{Series: `errors_total{job="a"`, Values: "0+1x10"}}, AlertRuleTests: []prometheus.AlertRuleTest{firing}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.tg.Name = tc.name
			failures := runBoth(t, handRules, file, tc.tg)
			if (len(failures) > 0) != tc.failed {
				t.Errorf("failures %q, want failed %t", failures, tc.failed)
			}
		})
	}
}

// sloRules are rules as SLOs write them: two rules of one name told
// apart by a label, two alerts of one name told apart by severity, and an
// alert no test checks that fails when two jobs' series become one.
var sloRules = map[string][]byte{"../rules.yaml": []byte(`groups:
  - name: slos
    rules:
      - record: slo:errors:rate
        expr: sum(rate(errors_total[5m]))
        labels: {slo: a}
      - record: slo:errors:rate
        expr: sum(rate(errors_total[5m])) * 2
        labels: {slo: b}
      - alert: Burn
        expr: slo:errors:rate{slo="a"} > 1
        labels: {severity: page}
      - alert: Burn
        expr: slo:errors:rate{slo="b"} > 1
        labels: {severity: ticket}
      - alert: Clash
        expr: errors_total > 0
        labels: {job: same}
`)}

func TestTestsOfRulesOfOneNameHaveTheSameResultsInMemoryAsWithPromqltest(t *testing.T) {
	file := prometheus.UnitTestFile{RuleFiles: []string{"../rules.yaml"}, EvaluationInterval: model.Duration(time.Minute)}
	burn := prometheus.AlertRuleTest{EvalTime: model.Duration(5 * time.Minute), Alertname: "Burn", ExpAlerts: []prometheus.ExpAlert{
		{ExpLabels: map[string]string{"severity": "page", "slo": "a"}},
		{ExpLabels: map[string]string{"severity": "ticket", "slo": "b"}},
	}}
	rate := prometheus.PromQLExprTest{Expr: `slo:errors:rate{slo="b"}`, EvalTime: model.Duration(5 * time.Minute), ExpSamples: []prometheus.ExpSample{{Labels: `slo:errors:rate{slo="b"}`, Value: 4}}}
	for _, tc := range []struct {
		name   string
		inputs []prometheus.InputSeries
		failed bool
	}{
		{"each rule's series and each alert's instance apart", []prometheus.InputSeries{{Series: `errors_total{job="a"}`, Values: "0+120x10"}}, false},
		{"an alert no test checks fails, and so does the test", []prometheus.InputSeries{{Series: `errors_total{job="a"}`, Values: "0+60x10"}, {Series: `errors_total{job="b"}`, Values: "0+60x10"}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tg := prometheus.UnitTestGroup{Name: tc.name, Interval: model.Duration(time.Minute), InputSeries: tc.inputs,
				AlertRuleTests: []prometheus.AlertRuleTest{burn}, PromQLExprTests: []prometheus.PromQLExprTest{rate}}
			failures := runBoth(t, sloRules, file, tg)
			if (len(failures) > 0) != tc.failed {
				t.Errorf("failures %q, want failed %t", failures, tc.failed)
			}
			rp, errs := newReplay(openMemory, memLoader{sloRules}, file, tg)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			defer rp.close()
			if got := rp.byRule(rp.mint.Add(5 * time.Minute)); got != byRuleDone {
				t.Errorf("byRule = %d, want done: the rules' series are told apart by their labels", got)
			}
		})
	}
}

func TestEverySeedTraceIsTheSameInMemoryAsWithPromqltest(t *testing.T) {
	for _, dir := range seeds {
		c := testtool.Load(t, dir)
		mem, err := NewTracer(c)
		if err != nil {
			t.Fatal(err)
		}
		lazy, err := NewTracer(c)
		if err != nil {
			t.Fatal(err)
		}
		lazy.open = openLazy
		traced := 0
		for _, r := range c.Alerts() {
			var extra []string
			if r.SLO != nil {
				extra = []string{fmt.Sprintf("slo:sli_error:ratio_rate1h{slo=%q}", r.SLO.Name)}
			}
			want, werr := lazy.Trace(r, extra...)
			got, gerr := mem.Trace(r, extra...)
			if fmt.Sprint(gerr) != fmt.Sprint(werr) {
				t.Errorf("%s: error %v, with promqltest %v", r.Alert, gerr, werr)
			}
			if want == nil {
				continue
			}
			traced++
			if d := traceDiff(got, want); d != "" {
				t.Errorf("%s: %s", c.VariantName(r), d)
			}
		}
		if traced == 0 {
			t.Errorf("%s: no alert traced", dir)
		}
	}
}

// traceDiff says how got differs from want, values within near's
// tolerance (series are summed in another order); "" when they agree.
func traceDiff(got, want *Trace) string {
	if got == nil {
		return "no trace"
	}
	if fmt.Sprint(got.Test, got.Interval, got.Times, got.States, got.Inputs) != fmt.Sprint(want.Test, want.Interval, want.Times, want.States, want.Inputs) {
		return fmt.Sprintf("trace %v %v, want %v %v", got.Times, got.States, want.Times, want.States)
	}
	gs, ws := append(got.Signals, got.Extra...), append(want.Signals, want.Extra...)
	if len(gs) != len(ws) {
		return fmt.Sprintf("%d signals, want %d", len(gs), len(ws))
	}
	for i := range ws {
		if len(gs[i].Lines) != len(ws[i].Lines) {
			return fmt.Sprintf("%s: %d lines, want %d", ws[i].Expr, len(gs[i].Lines), len(ws[i].Lines))
		}
		for j, wl := range ws[i].Lines {
			gl := gs[i].Lines[j]
			same := gl.Labels.String() == wl.Labels.String() && len(gl.Points) == len(wl.Points)
			for k := 0; same && k < len(wl.Points); k++ {
				same = gl.Points[k].T == wl.Points[k].T && (near(gl.Points[k].V, wl.Points[k].V) || math.IsInf(wl.Points[k].V, 0) && gl.Points[k].V == wl.Points[k].V)
			}
			if !same {
				return fmt.Sprintf("%s: %v, want %v", ws[i].Expr, gl, wl)
			}
		}
	}
	return ""
}
