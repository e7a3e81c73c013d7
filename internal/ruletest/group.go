package ruletest

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/promql/promqltest"
	"github.com/prometheus/prometheus/rules"
)

// memLoader hands the rules manager the rule files from memory.
type memLoader struct{ files map[string][]byte }

// Load parses one rule file the way Prometheus does.
func (l memLoader) Load(name string, ignoreUnknownFields bool, scheme model.ValidationScheme) (*rulefmt.RuleGroups, []error) {
	data, ok := l.files[name]
	if !ok {
		return nil, []error{fmt.Errorf("rule file %s is not generated", name)}
	}
	return rulefmt.Parse(data, ignoreUnknownFields, scheme, promql.Parser, slog.New(slog.DiscardHandler))
}

// Parse parses a rule expression with obsgen's one parser.
func (memLoader) Parse(query string) (parser.Expr, error) { return promql.Parser.ParseExpr(query) }

// runGroup runs one test as promtool does: load the input series, step
// time from 0 by the evaluation interval up to the last expectation,
// evaluating every rule group in order, and check alerts at each
// expectation's time (the evaluation at or just before it); then check
// expressions. It returns the failures. shared names the alerts that
// several rules (variants) share, whose failures explain that every
// variant's instances are compared.
func runGroup(files map[string][]byte, f prometheus.UnitTestFile, tg prometheus.UnitTestGroup, shared map[string]bool) (failures []string) {
	ll, err := promqltest.NewLazyLoader(loadCommand(tg), promqltest.LazyLoaderOpts{EnableAtModifier: true, EnableNegativeOffset: true})
	if err != nil {
		return []string{"input series: " + err.Error()}
	}
	defer func() {
		if err := ll.Close(); err != nil {
			failures = append(failures, "closing the test storage: "+err.Error())
		}
	}()
	evalInterval := time.Duration(f.EvaluationInterval)
	if evalInterval <= 0 {
		evalInterval = prometheus.DefaultTestInterval
	}
	ll.SubqueryInterval = evalInterval
	m := rules.NewManager(&rules.ManagerOptions{
		QueryFunc:   rules.EngineQueryFunc(ll.QueryEngine(), ll.Storage()),
		Appendable:  ll.Storage(),
		Queryable:   ll.Storage(),
		Context:     context.Background(),
		NotifyFunc:  func(context.Context, string, ...*rules.Alert) {},
		Logger:      slog.New(slog.DiscardHandler),
		GroupLoader: memLoader{files},
		Parser:      promql.Parser,
	})
	names := make([]string, 0, len(f.RuleFiles))
	names = append(names, f.RuleFiles...)
	groupMap, errs := m.LoadGroups(evalInterval, labels.EmptyLabels(), "", nil, false, names...)
	if len(errs) > 0 {
		for _, e := range errs {
			failures = append(failures, "loading rules: "+e.Error())
		}
		return failures
	}
	groups := ordered(groupMap, f.GroupEvalOrder)
	for _, g := range groups {
		for _, r := range g.Rules() {
			if ar, ok := r.(*rules.AlertingRule); ok {
				ar.SetRestored(true)
			}
		}
	}

	checks := map[model.Duration][]prometheus.AlertRuleTest{}
	var times []model.Duration
	maxT := model.Duration(0)
	for _, a := range tg.AlertRuleTests {
		if _, seen := checks[a.EvalTime]; !seen {
			times = append(times, a.EvalTime)
		}
		checks[a.EvalTime] = append(checks[a.EvalTime], a)
		maxT = max(maxT, a.EvalTime)
	}
	for _, p := range tg.PromQLExprTests {
		maxT = max(maxT, p.EvalTime)
	}
	slices.Sort(times)

	mint := time.Unix(0, 0).UTC()
	maxt := mint.Add(time.Duration(maxT))
	curr := 0
	for ts := mint; !ts.After(maxt); ts = ts.Add(evalInterval) {
		var evalErrs []string
		var loadErr error
		ll.WithSamplesTill(ts, func(err error) {
			if err != nil {
				loadErr = err
				return
			}
			for _, g := range groups {
				g.Eval(ll.Context(), ts)
				for _, r := range g.Rules() {
					if err := r.LastError(); err != nil {
						evalErrs = append(evalErrs, fmt.Sprintf("rule %s at %s: %v", r.Name(), model.Duration(ts.Sub(mint)), err))
					}
				}
			}
		})
		if loadErr != nil {
			return append(failures, "input series: "+loadErr.Error())
		}
		if len(evalErrs) > 0 {
			return append(failures, evalErrs...)
		}
		for curr < len(times) && ts.Sub(mint) <= time.Duration(times[curr]) && time.Duration(times[curr]) < ts.Add(evalInterval).Sub(mint) {
			for _, check := range checks[times[curr]] {
				if msg := compareAlerts(check, firing(groups, check.Alertname), shared[check.Alertname]); msg != "" {
					failures = append(failures, msg)
				}
			}
			curr++
		}
	}
	for _, p := range tg.PromQLExprTests {
		if msg := compareSamples(ll, mint, p); msg != "" {
			failures = append(failures, msg)
		}
	}
	return failures
}

// loadCommand is the input series as a promqltest load command.
func loadCommand(tg prometheus.UnitTestGroup) string {
	var b strings.Builder
	b.WriteString("load " + tg.Interval.String() + "\n")
	for _, s := range tg.InputSeries {
		b.WriteString("  " + oneLine(s.Series) + " " + oneLine(s.Values) + "\n")
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// ordered returns the groups in evaluation order: those named in order
// first, as listed, then the others by name.
func ordered(m map[string]*rules.Group, order []string) []*rules.Group {
	rank := map[string]int{}
	for i, name := range order {
		rank[name] = i + 1
	}
	out := make([]*rules.Group, 0, len(m))
	for _, g := range m {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		ri, rj := rank[out[i].Name()], rank[out[j].Name()]
		if ri == 0 {
			ri = len(order) + 1
		}
		if rj == 0 {
			rj = len(order) + 1
		}
		if ri != rj {
			return ri < rj
		}
		return out[i].Name() < out[j].Name()
	})
	return out
}

// firing returns the firing instances of alert name in every group.
func firing(groups []*rules.Group, name string) []instance {
	var out []instance
	for _, g := range groups {
		for _, r := range g.Rules() {
			ar, ok := r.(*rules.AlertingRule)
			if !ok || ar.Name() != name {
				continue
			}
			for _, a := range ar.ActiveAlerts() {
				if a.State == rules.StateFiring {
					out = append(out, instance{Labels: a.Labels.Copy(), Annotations: a.Annotations.Copy()})
				}
			}
		}
	}
	return out
}
