package ruletest

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/rules"
)

// runGroup runs one test as promtool does, on the backend open opens
// (openMemory but to compare): load the input series, step time from 0 by
// the evaluation interval up to the last expectation, evaluating every
// rule group in order (the recording rules by rule first where that
// stores the same: replay.byRule), and check alerts at each expectation's time (the
// evaluation at or just before it); then check expressions. It returns the failures. shared names the alerts that
// several rules (variants) share, whose failures explain that every
// variant's instances are compared.
func runGroup(open openBackend, loader rules.GroupLoader, f prometheus.UnitTestFile, tg prometheus.UnitTestGroup, shared map[string]bool) (failures []string) {
	rp, errs := newReplay(open, loader, f, tg)
	if len(errs) > 0 {
		return errs
	}
	last := rp.mint.Add(lastExpectation(tg) / rp.interval * rp.interval)
	switch rp.byRule(last) {
	case byRuleDone:
		rp.dropQuietAlerts(tg)
	case byRuleSpoiled:
		// Stepping fails where promtool fails, with its words.
		if err := rp.close(); err != nil {
			return []string{err.Error()}
		}
		if rp, errs = newReplay(open, loader, f, tg); len(errs) > 0 {
			return errs
		}
	}
	defer func() {
		if err := rp.close(); err != nil {
			failures = append(failures, err.Error())
		}
	}()

	checks := map[model.Duration][]prometheus.AlertRuleTest{}
	var times []model.Duration
	for _, a := range tg.AlertRuleTests {
		if _, seen := checks[a.EvalTime]; !seen {
			times = append(times, a.EvalTime)
		}
		checks[a.EvalTime] = append(checks[a.EvalTime], a)
	}
	slices.Sort(times)

	curr := 0
	for ts := rp.mint; !ts.After(last); ts = ts.Add(rp.interval) {
		if errs := rp.step(ts); len(errs) > 0 {
			return append(failures, errs...)
		}
		for curr < len(times) && ts.Sub(rp.mint) <= time.Duration(times[curr]) && time.Duration(times[curr]) < ts.Add(rp.interval).Sub(rp.mint) {
			for _, check := range checks[times[curr]] {
				if msg := compareAlerts(check, firing(rp.groups, check.Alertname), shared[check.Alertname]); msg != "" {
					failures = append(failures, msg+pendingNote(rp.groups, check.Alertname, rp.mint))
				}
			}
			curr++
		}
	}
	for _, p := range tg.PromQLExprTests {
		if msg := compareSamples(rp, p); msg != "" {
			failures = append(failures, msg)
		}
	}
	return failures
}

// lastExpectation is the time of a test's last expectation.
func lastExpectation(tg prometheus.UnitTestGroup) time.Duration {
	maxT := model.Duration(0)
	for _, a := range tg.AlertRuleTests {
		maxT = max(maxT, a.EvalTime)
	}
	for _, p := range tg.PromQLExprTests {
		maxT = max(maxT, p.EvalTime)
	}
	return time.Duration(maxT)
}

// replay is one test's input series in its backend's storage and the
// rule files loaded in its rules manager, stepped through time as promtool
// does: runGroup checks expectations on it, Trace records what happened.
type replay struct {
	b        backend
	groups   []*rules.Group
	interval time.Duration
	mint     time.Time
	// opts are the rules manager's options, for groups made from some of
	// the loaded groups' rules.
	opts *rules.ManagerOptions
	// ranged answers the alerts' queries after byRule.
	ranged *rangeQueries
}

// newReplay opens a test's backend, which loads its input series, and
// loads its file's rule files; it returns what went wrong instead when it
// cannot.
func newReplay(open openBackend, loader rules.GroupLoader, f prometheus.UnitTestFile, tg prometheus.UnitTestGroup) (*replay, []string) {
	rp := &replay{interval: time.Duration(f.EvaluationInterval), mint: time.Unix(0, 0).UTC()}
	if rp.interval <= 0 {
		rp.interval = prometheus.DefaultTestInterval
	}
	b, err := open(tg, rp.interval)
	if err != nil {
		return nil, []string{"input series: " + err.Error()}
	}
	rp.b = b
	rp.opts = &rules.ManagerOptions{
		QueryFunc:    rules.EngineQueryFunc(b.engine(), b),
		AppendableV2: b,
		Queryable:    b,
		Context:      context.Background(),
		NotifyFunc:   func(context.Context, string, ...*rules.Alert) {},
		Logger:       slog.New(slog.DiscardHandler),
		GroupLoader:  loader,
		Parser:       promql.Parser,
		// A replay's rules are evaluated one after the other: it needs no
		// analysis of which may run at once, made for every loaded group,
		// and no metrics of its own.
		RuleDependencyController: noDependencies{},
		Metrics:                  groupMetrics(),
	}
	m := rules.NewManager(rp.opts)
	names := make([]string, 0, len(f.RuleFiles))
	names = append(names, f.RuleFiles...)
	groupMap, errs := m.LoadGroups(rp.interval, labels.EmptyLabels(), "", nil, false, names...)
	if len(errs) > 0 {
		var failures []string
		for _, e := range errs {
			failures = append(failures, "loading rules: "+e.Error())
		}
		if err := rp.close(); err != nil {
			failures = append(failures, err.Error())
		}
		return nil, failures
	}
	rp.groups = ordered(groupMap, f.GroupEvalOrder)
	for _, g := range rp.groups {
		for _, r := range g.Rules() {
			if ar, ok := r.(*rules.AlertingRule); ok {
				ar.SetRestored(true)
			}
		}
	}
	return rp, nil
}

// noDependencies is a rules.RuleDependencyController that analyses
// nothing: the rules manager uses what it finds only to evaluate rules
// concurrently, which a replay never does.
type noDependencies struct{}

func (noDependencies) AnalyseRules([]rules.Rule) {}

// groupMetrics are the rules managers' metrics, registered nowhere, made
// once for every replay: nothing reads them.
var groupMetrics = sync.OnceValue(func() *rules.Metrics { return rules.NewGroupMetrics(nil) })

// step loads the input samples up to ts and evaluates every group at ts;
// it returns what went wrong.
func (rp *replay) step(ts time.Time) []string {
	if err := rp.b.till(ts); err != nil {
		return []string{"input series: " + err.Error()}
	}
	var evalErrs []string
	for _, g := range rp.groups {
		g.Eval(rp.b.context(), ts)
		for _, r := range g.Rules() {
			if err := r.LastError(); err != nil {
				evalErrs = append(evalErrs, fmt.Sprintf("rule %s at %s: %v", r.Name(), model.Duration(ts.Sub(rp.mint)), err))
			}
		}
	}
	return evalErrs
}

// close releases the test storage.
func (rp *replay) close() error {
	if err := rp.b.close(); err != nil {
		return fmt.Errorf("closing the test storage: %w", err)
	}
	return nil
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

// pendingNote says which instances of alert name are pending, and since
// when, for a failed check: an alert expected to fire whose for: has not
// elapsed yet is there, only not firing. "" when none is.
func pendingNote(groups []*rules.Group, name string, mint time.Time) string {
	var notes []string
	eachActive(groups, name, func(ar *rules.AlertingRule, a *rules.Alert) {
		if a.State == rules.StatePending {
			notes = append(notes, fmt.Sprintf("%s since %s (for: %s)", a.Labels,
				model.Duration(a.ActiveAt.Sub(mint)), model.Duration(ar.HoldDuration())))
		}
	})
	if len(notes) == 0 {
		return ""
	}
	slices.Sort(notes)
	return "\n    pending: " + strings.Join(notes, "\n             ") + "\n    (a pending alert fires once its condition has held for its for: duration)"
}

// firing returns the firing instances of alert name in every group.
func firing(groups []*rules.Group, name string) []instance {
	var out []instance
	eachActive(groups, name, func(_ *rules.AlertingRule, a *rules.Alert) {
		if a.State == rules.StateFiring {
			out = append(out, instance{Labels: a.Labels.Copy(), Annotations: a.Annotations.Copy()})
		}
	})
	return out
}

// eachActive calls f with every active alert of the rules named name, in
// every group, with its rule.
func eachActive(groups []*rules.Group, name string, f func(*rules.AlertingRule, *rules.Alert)) {
	for _, g := range groups {
		for _, r := range g.Rules() {
			if ar, ok := r.(*rules.AlertingRule); ok && ar.Name() == name {
				for _, a := range ar.ActiveAlerts() {
					f(ar, a)
				}
			}
		}
	}
}
