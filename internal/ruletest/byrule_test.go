package ruletest

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/synth"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/value"
	"github.com/prometheus/prometheus/rules"
)

// TestATraceByRuleRecordsWhatSteppingRecords replays every alert test of
// the seeds, the first-hour and real-world catalogues and a synthetic one
// with SLOs both ways, by rule and stepping through time as promtool does,
// and wants the same trace to the last bit of every value.
func TestATraceByRuleRecordsWhatSteppingRecords(t *testing.T) {
	root := testtool.Root(t)
	catalogues := map[string]*catalogue.Catalogue{
		"rstmdb":  testtool.Seed(t, "rstmdb"),
		"stemedb": testtool.Seed(t, "stemedb"),
		"synth":   synthWithSLOs(t, 12),
	}
	for _, dir := range []string{"testdata/first-hour", "testdata/realworld"} {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() {
				catalogues[e.Name()] = testtool.Load(t, filepath.Join(root, dir, e.Name()))
			}
		}
	}
	byRule := 0
	for name, c := range catalogues {
		tracer, err := NewTracer(c)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range c.Alerts() {
			if !tracer.Has(r) {
				continue
			}
			t.Run(name+"/"+c.VariantName(r), func(t *testing.T) {
				fast, slow, used := traceBothWays(t, tracer, r)
				if used {
					byRule++
				}
				if got, want := fmt.Sprintf("%#v", fast), fmt.Sprintf("%#v", slow); got != want {
					t.Errorf("by rule:\n%s\nstepping:\n%s", got, want)
				}
			})
		}
	}
	if byRule < 20 {
		t.Errorf("only %d traces went by rule; the comparison shows little", byRule)
	}
}

// traceBothWays traces r by rule where it may and by stepping, and says
// whether the first went by rule.
func traceBothWays(t *testing.T, tracer *Tracer, r *catalogue.Rule) (fast, slow *Trace, byRule bool) {
	t.Helper()
	f, tg, _ := tracer.pickTest(r)
	group, index, ok := ruleAt(tracer.c, r)
	if !ok {
		t.Fatalf("%s is in no group", r.Alert)
	}
	// The SLO pictures ask for the error ratio of every window.
	var extra []string
	if r.SLO != nil {
		for _, w := range catalogue.SLIWindows() {
			extra = append(extra, catalogue.SLIErrorRecord(w)+r.SLO.Filter(tracer.c))
		}
	}
	fast, err := tracer.trace(r, f, tg, group, index, extra, true)
	if err != nil {
		t.Fatalf("by rule: %v", err)
	}
	slow, err = tracer.trace(r, f, tg, group, index, extra, false)
	if err != nil {
		t.Fatalf("stepping: %v", err)
	}
	byRule = fast.byRule
	fast.byRule = false
	return fast, slow, byRule
}

// synthWithSLOs is a synthetic catalogue of n SLOs, ratio and latency in
// turn, as obsgen synth --slos writes it and obsgen loads it.
func synthWithSLOs(t *testing.T, n int) *catalogue.Catalogue {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "synth")
	if err := synth.WriteSpec(dir, synth.Shaped("synth", synth.Shape{Metrics: 40, SLOs: n})); err != nil {
		t.Fatal(err)
	}
	return testtool.Load(t, dir)
}

// TestAReplayByRuleStoresWhatSteppingStores replays rule files both ways
// and compares every stored sample, stale markers included, and the
// alerts' states at every step; where evaluating by rule would change
// what is stored, byRule must say so and leave the replay to stepping.
func TestAReplayByRuleStoresWhatSteppingStores(t *testing.T) {
	gap := []prometheus.InputSeries{{Series: `x{job="a"}`, Values: "1 2 3 _ _ _ _ _ _ _ _ 4 5 6"}, {Series: `x{job="b"}`, Values: "0+1x13"}}
	many := make([]prometheus.InputSeries, 60)
	for i := range many {
		many[i] = prometheus.InputSeries{Series: fmt.Sprintf(`x{i="%d"}`, i), Values: "0+1x200"}
	}
	forty := many[:40]
	for _, tc := range []struct {
		name   string
		rules  string
		inputs []prometheus.InputSeries
		want   byRuleOutcome
	}{{
		name:   "a recorded series that vanishes leaves a stale marker, and an alert reads it",
		rules:  ruleFile(`- record: job:x:sum`, `  expr: sum by (job) (x)`, `- alert: XHigh`, `  expr: job:x:sum > 2`, `  for: 2m`),
		inputs: gap,
		want:   byRuleDone,
	}, {
		name:   "an alert whose condition stops and starts again is pending again",
		rules:  ruleFile(`- record: job:x:sum`, `  expr: sum by (job) (x)`, `- alert: AHigh`, `  expr: job:x:sum{job="a"} > 2`, `  for: 2m`),
		inputs: gap,
		want:   byRuleDone,
	}, {
		name: "a chain of recording rules with rule labels feeds an alert",
		rules: ruleFile(`- record: job:x:rate5m`, `  expr: sum by (job) (rate(x[5m]))`,
			`- record: job:x:double`, `  expr: job:x:rate5m * 2`, `  labels:`, `    tier: b`,
			`- alert: XFast`, `  expr: job:x:double > 0.01`, `  for: 1m`),
		inputs: gap,
		want:   byRuleDone,
	}, {
		name: "rules of one expression, over the inputs or over what earlier rules recorded, record it each under its labels",
		rules: ruleFile(`- record: job:x:rate5m`, `  expr: sum by (job) (rate(x[5m]))`, `  labels:`, `    slo: a`,
			`- record: job:x:rate5m`, `  expr: sum by (job) (rate(x[5m]))`, `  labels:`, `    slo: b`,
			`- record: y`, `  expr: sum(job:x:rate5m)`, `- record: z`, `  expr: sum(job:x:rate5m)`, `  labels:`, `    slo: c`,
			`- alert: XFast`, `  expr: job:x:rate5m{slo="b"} > 0.01`),
		inputs: gap,
		want:   byRuleDone,
	}, {
		name:   "a range query that would hold too many samples for its whole span is answered in parts",
		rules:  ruleFile(`- record: y`, `  expr: x * 2`, `- alert: YHigh`, `  expr: sum(y) > 100`),
		inputs: many,
		want:   byRuleDone,
	}, {
		name:   "a subquery whose range query would hold too many samples is answered in parts",
		rules:  ruleFile(`- record: y`, `  expr: avg(avg_over_time((x > bool 10)[1h:1m]))`),
		inputs: forty,
		want:   byRuleDone,
	}, {
		name:   "a rule that reads what a later rule records is stepped",
		rules:  ruleFile(`- record: a`, `  expr: b + 1`, `- record: b`, `  expr: sum(x)`),
		inputs: gap,
		want:   byRuleUnsafe,
	}, {
		name:   "a negative offset is stepped",
		rules:  ruleFile(`- record: a`, `  expr: sum(x offset -5m)`),
		inputs: gap,
		want:   byRuleUnsafe,
	}, {
		name:   "a rule that records an input's name is stepped",
		rules:  ruleFile(`- record: x`, `  expr: vector(1)`),
		inputs: gap,
		want:   byRuleUnsafe,
	}, {
		name:   "an alert template that runs a query is stepped",
		rules:  ruleFile(`- alert: XAny`, `  expr: x > 0`, `  annotations:`, `    summary: '{{ with query "sum(x)" }}{{ . | first | value }}{{ end }}'`),
		inputs: gap,
		want:   byRuleUnsafe,
	}, {
		name:   "two series that become one by the rule's labels fail by rule",
		rules:  ruleFile(`- record: y`, `  expr: x`, `  labels:`, `    job: same`),
		inputs: gap,
		want:   byRuleSpoiled,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			tg := prometheus.UnitTestGroup{Interval: model.Duration(time.Minute), InputSeries: tc.inputs}
			stepped, _ := replayed(t, tc.rules, tg, false)
			byRule, outcome := replayed(t, tc.rules, tg, true)
			if outcome != tc.want {
				t.Fatalf("byRule = %d, want %d", outcome, tc.want)
			}
			if outcome != byRuleSpoiled && byRule != stepped {
				t.Errorf("by rule:\n%s\nstepping:\n%s", byRule, stepped)
			}
		})
	}
	if statesByRangeUsed < 2 {
		t.Errorf("the alerts' states were worked out from their range queries in %d replays; the comparison shows little", statesByRangeUsed)
	}
}

// statesByRangeUsed counts the replays whose alert states statesByRange
// worked out.
var statesByRangeUsed int

// ruleFile is a rule file of one group holding the rules written.
func ruleFile(lines ...string) string {
	return "groups:\n  - name: g\n    rules:\n" + "      " + strings.Join(lines, "\n      ") + "\n"
}

// replayed replays rules over tg's inputs for 20 minutes, evaluated every
// minute, by rule or stepping, and writes out every stored sample and the
// alerts' states at each step.
func replayed(t *testing.T, rulesYAML string, tg prometheus.UnitTestGroup, byRule bool) (string, byRuleOutcome) {
	t.Helper()
	f := prometheus.UnitTestFile{RuleFiles: []string{"rules.yaml"}, EvaluationInterval: model.Duration(time.Minute)}
	rp, errs := newReplay(openMemory, memLoader{map[string][]byte{"rules.yaml": []byte(rulesYAML)}}, f, tg)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	defer rp.close()
	last := rp.mint.Add(20 * time.Minute)
	outcome := byRuleUnsafe
	if byRule {
		if outcome = rp.byRule(last); outcome == byRuleSpoiled {
			return "", outcome
		}
	}
	// With one alerting rule, its state at each step: by its range query
	// (statesByRange) where that may say, else as stepping leaves it.
	var alert *rules.AlertingRule
	alerts := 0
	for _, g := range rp.groups {
		for _, r := range g.Rules() {
			if ar, ok := r.(*rules.AlertingRule); ok {
				alert, alerts = ar, alerts+1
			}
		}
	}
	var ranged []rules.AlertState
	if byRule && alerts == 1 {
		ranged, _ = rp.statesByRange(alert, last, nil)
		if ranged != nil {
			statesByRangeUsed++
		}
	}
	var b strings.Builder
	for ts := rp.mint; !ts.After(last); ts = ts.Add(rp.interval) {
		fmt.Fprintf(&b, "%s: %v", ts.Sub(rp.mint), rp.step(ts))
		if alerts == 1 {
			state := rules.StateInactive
			for _, a := range alert.ActiveAlerts() {
				state = max(state, a.State)
			}
			if ranged != nil {
				state = ranged[ts.Sub(rp.mint)/rp.interval]
			}
			fmt.Fprintf(&b, " state %s", state)
		}
		var active []string // ActiveAlerts are in no order
		for _, g := range rp.groups {
			for _, r := range g.Rules() {
				if ar, ok := r.(*rules.AlertingRule); ok {
					for _, a := range ar.ActiveAlerts() {
						active = append(active, fmt.Sprintf(" %s%s=%s %s", ar.Name(), a.Labels, a.State, a.Annotations))
					}
				}
			}
		}
		slices.Sort(active)
		b.WriteString(strings.Join(active, "") + "\n")
	}
	store := rp.b.(*memBackend).memStore
	series := slices.Clone(store.series)
	slices.SortFunc(series, func(a, b *memSeries) int { return labels.Compare(a.lset, b.lset) })
	for _, s := range series {
		b.WriteString(s.lset.String())
		for _, m := range s.samples {
			if value.IsStaleNaN(m.f) {
				fmt.Fprintf(&b, " %d:stale", m.t)
				continue
			}
			fmt.Fprintf(&b, " %d:%x", m.t, math.Float64bits(m.f))
		}
		b.WriteString("\n")
	}
	return b.String(), outcome
}

func TestARangeQueryOverTheLimitIsRunInPartsThatGiveTheInstantQueriesValues(t *testing.T) {
	inputs := make([]prometheus.InputSeries, 40)
	for i := range inputs {
		inputs[i] = prometheus.InputSeries{Series: fmt.Sprintf(`x{i="%d"}`, i), Values: "0+1x600"}
	}
	tg := prometheus.UnitTestGroup{Interval: model.Duration(time.Minute), InputSeries: inputs}
	b, err := openMemory(tg, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	defer b.close()
	start, step := time.Unix(0, 0).UTC(), time.Minute
	end := start.Add(300 * step)
	if err := b.till(end); err != nil {
		t.Fatal(err)
	}
	const qs = `avg by (i) (avg_over_time((x > bool 60)[1h:1m]))`
	if _, err := rangeOnce(b, b.context(), qs, start, end, step); err == nil {
		t.Fatal("the whole range fits the limit; the test shows nothing")
	}
	m, err := rangeMatrix(b, b.context(), qs, start, end, step)
	if err != nil {
		t.Fatal(err)
	}
	got, want := map[string]float64{}, map[string]float64{}
	for _, s := range m {
		for _, p := range s.Floats {
			got[fmt.Sprintf("%s@%d", s.Metric, p.T)] = p.F
		}
	}
	for ts := start; !ts.After(end); ts = ts.Add(step) {
		samples, err := instant(b, qs, ts)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range samples {
			want[fmt.Sprintf("%s@%d", s.Labels, ts.UnixMilli())] = s.Value
		}
	}
	if len(want) == 0 {
		t.Fatal("no instant query gave a value")
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("in parts:\n%v\ninstant queries:\n%v", got, want)
	}
}

func TestATracesInputsAreTheSeriesAsWrittenWhetherParsedOnceOrTwice(t *testing.T) {
	compared := 0
	for _, c := range []*catalogue.Catalogue{testtool.Seed(t, "rstmdb"), testtool.Seed(t, "stemedb"), synthWithSLOs(t, 2)} {
		files, err := prometheus.UnitTests(c)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			for _, tg := range f.Tests {
				in, err := parseInputs(tg)
				if err != nil {
					t.Fatal(err)
				}
				var want []Line
				for _, s := range tg.InputSeries {
					line, err := inputLine(s, time.Duration(tg.Interval))
					if err != nil {
						t.Fatal(err)
					}
					want = append(want, line)
				}
				if in.lines == nil {
					continue
				}
				compared++
				if fmt.Sprint(in.lines) != fmt.Sprint(want) {
					t.Errorf("%s: parsed once %v, want %v", tg.Name, in.lines, want)
				}
			}
		}
	}
	if compared < 20 {
		t.Errorf("only %d tests compared", compared)
	}
}
