package ruletest

import (
	"cmp"
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/value"
	promqlengine "github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/rules"
	"github.com/prometheus/prometheus/storage"
)

// byRuleOutcome is what byRule did with a replay.
type byRuleOutcome int

const (
	// byRuleDone: every recording rule is evaluated over the whole test,
	// and the replay's groups are its alerting rules, still to step.
	byRuleDone byRuleOutcome = iota
	// byRuleUnsafe: the rules cannot be evaluated one at a time with the
	// same result; the replay is untouched, to step as promtool does.
	byRuleUnsafe
	// byRuleSpoiled: something failed part way; the replay must be opened
	// again and stepped as promtool does, which reports the failure where
	// promtool reports it.
	byRuleSpoiled
)

// byRule evaluates the replay's recording rules one rule at a time, each
// over every step of the test up to last, instead of every rule at each
// step; then it leaves the alerting rules, in their groups, to be stepped
// through the test by the caller, their queries answered by range queries
// (rangeQueries). Each recording rule's expression is evaluated by one
// range query of the PromQL engine rather than an instant query per step,
// which reads each input sample once instead of once per window it falls
// in: a days-long SLO test over windows of up to three days, stepped
// hourly, costs several times less. What it records is stored as the rules
// manager's Eval stores it step by step (storeRecorded: renamed,
// relabelled, a stale marker where a series goes); a rule whose range
// query fails is stepped by the rules manager itself, and one whose
// expression is always empty is skipped (it records nothing).
//
// What is stored is what stepping stores as long as no rule reads what a
// rule after it (or itself) records, which stepping would show it one step
// late, and the other conditions of safeByRule hold: byRule checks them
// first and returns byRuleUnsafe otherwise.
func (rp *replay) byRule(last time.Time) byRuleOutcome {
	mb, ok := rp.b.(*memBackend)
	if !ok {
		return byRuleUnsafe
	}
	in, err := mb.inputs()
	if err != nil {
		return byRuleSpoiled // stepping fails where promtool does
	}
	if !safeByRule(rp.groups, in) {
		return byRuleUnsafe
	}
	mb.unbounded = true
	if err := rp.b.till(last); err != nil {
		return byRuleSpoiled
	}
	rq := newRangeQueries(rp.b, rp.mint, last, rp.interval)
	opts := *rp.opts
	opts.QueryFunc = rq.query
	rq.opts = &opts
	// Rules of one expression over the input series alone (other SLOs'
	// rules on the same metric) record the same series but for their
	// labels: their range query is run once.
	recorded := map[string]bool{}
	for _, g := range rp.groups {
		for _, r := range g.Rules() {
			if rr, ok := r.(*rules.RecordingRule); ok {
				recorded[rr.Name()] = true
			}
		}
	}
	byExpr := map[string]promqlengine.Matrix{}
	var alerting []*rules.Group
	for _, g := range rp.groups {
		var alerts []rules.Rule
		for _, r := range g.Rules() {
			if _, ok := r.(*rules.AlertingRule); ok {
				alerts = append(alerts, r)
				continue
			}
			if rr, ok := r.(*rules.RecordingRule); ok {
				if promql.AlwaysEmpty(rr.Query(), rp.holds) {
					continue
				}
				qs := rr.Query().String()
				m, seen := byExpr[qs]
				var err error
				if !seen {
					m, err = rangeMatrixOf(rp.b, rp.b.context(), rr.Query(), qs, rp.mint, last, rp.interval)
					if err == nil && readsInputsOnly(rr.Query(), recorded) {
						byExpr[qs] = m
					}
				}
				if err == nil {
					if !storeRecorded(rp.b, rr, m, rp.interval.Milliseconds(), last.UnixMilli()) {
						return byRuleSpoiled
					}
					continue
				}
			}
			one := regroup(g, []rules.Rule{r}, &opts)
			for ts := rp.mint; !ts.After(last); ts = ts.Add(rp.interval) {
				one.Eval(rp.b.context(), ts)
				if r.LastError() != nil {
					return byRuleSpoiled
				}
			}
		}
		if len(alerts) > 0 {
			alerting = append(alerting, regroup(g, alerts, &opts))
		}
	}
	rp.groups = alerting
	rp.ranged = rq
	return byRuleDone
}

// dropQuietAlerts leaves out, after byRule, the alerting rules test tg
// does not check that cannot fail (quiet) and whose ALERTS series no other
// alert of their name can write too: what they write no rule reads
// (safeByRule) and tg's expressions do not read either, so stepping them
// changes nothing the test checks. With every SLO's alerts in every test,
// stepping them was most of a test's cost.
func (rp *replay) dropQuietAlerts(tg prometheus.UnitTestGroup) {
	checked := map[string]bool{}
	for _, a := range tg.AlertRuleTests {
		checked[a.Alertname] = true
	}
	for _, p := range tg.PromQLExprTests {
		if mayReadAlerts(p.Expr) {
			return
		}
	}
	// Alerts of one name write ALERTS series of one name: each may be left
	// out only if a label they all set tells their series apart.
	named := map[string]*sameName{}
	for _, g := range rp.groups {
		for _, r := range g.Rules() {
			if named[r.Name()] == nil {
				named[r.Name()] = &sameName{}
			}
			named[r.Name()].rules = append(named[r.Name()].rules, recorder{labels: r.Labels()})
		}
	}
	apart := map[string]bool{}
	for name, sn := range named {
		apart[name] = len(sn.rules) == 1 || sn.keyed()
	}
	var kept []*rules.Group
	for _, g := range rp.groups {
		var keep []rules.Rule
		for _, r := range g.Rules() {
			ar, ok := r.(*rules.AlertingRule)
			if !ok || checked[ar.Name()] || !apart[ar.Name()] || !rp.quiet(ar) {
				keep = append(keep, r)
			}
		}
		if len(keep) > 0 {
			kept = append(kept, regroup(g, keep, rp.ranged.opts))
		}
	}
	rp.groups = kept
}

// readsInputsOnly reports whether expr selects only series of names no
// rule records (recorded), and not the alerts' series: input series alone.
func readsInputsOnly(expr parser.Expr, recorded map[string]bool) bool {
	for _, name := range promql.SelectorNames(expr) {
		if name == "" || recorded[name] || isAlertsName(name) {
			return false
		}
	}
	return true
}

// storeRecorded stores what recording rule rr records at every step from its
// range query m, as the rules manager's Eval does step by step: each
// sample renamed and relabelled by the rule, and a stale marker at the
// first step a series is missing from after it was present. It returns
// false when two series become one (the manager's evaluation fails on
// that), or the storage refuses a sample.
func storeRecorded(b backend, rr *rules.RecordingRule, m promqlengine.Matrix, step, last int64) bool {
	app := b.AppenderV2(b.context())
	opts := storage.AOptions{RejectOutOfOrder: true}
	stale := math.Float64frombits(value.StaleNaN)
	lb := labels.NewBuilder(labels.EmptyLabels())
	seen := map[string]bool{}
	for _, s := range m {
		lb.Reset(s.Metric)
		lb.Set(model.MetricNameLabel, rr.Name())
		rr.Labels().Range(func(l labels.Label) { lb.Set(l.Name, l.Value) })
		ls := lb.Labels()
		key := ls.String()
		if seen[key] {
			return false
		}
		seen[key] = true
		for i, p := range s.Floats {
			if _, err := app.Append(0, ls, 0, p.T, p.F, nil, nil, opts); err != nil {
				return false
			}
			next := p.T + step
			if next <= last && (i+1 == len(s.Floats) || s.Floats[i+1].T != next) {
				if _, err := app.Append(0, ls, 0, next, stale, nil, nil, opts); err != nil {
					return false
				}
			}
		}
	}
	return app.Commit() == nil
}

// holds reports whether the replay stores a series vs selects (a
// memBackend's replay, as byRule's are).
func (rp *replay) holds(name string, vs *parser.VectorSelector) bool {
	mb, ok := rp.b.(*memBackend)
	return !ok || mb.holds(name, vs.LabelMatchers)
}

// safeByRule reports whether evaluating groups one rule at a time stores
// what stepping through time stores: no rule reads a series it or a later
// rule records (stepping shows it the previous step's), the ALERTS series,
// series by labels alone, or samples after its evaluation time (a
// negative offset or an @ modifier: stepping has not loaded them yet); no
// rule writes a series the input has too (ALERTS and ALERTS_FOR_STATE for
// alerts), nor two rules one series; no group has a query offset or a limit; and no alert's
// template runs a query.
func safeByRule(groups []*rules.Group, in *inputs) bool {
	var all []rules.Rule
	for _, g := range groups {
		if g.QueryOffset() != 0 || g.Limit() != 0 {
			return false
		}
		all = append(all, g.Rules()...)
	}
	recorded, ok := newRecorders(all)
	if !ok {
		return false
	}
	for i := range in.series {
		name := in.series[i].lset.Get(model.MetricNameLabel)
		if _, ok := recorded[name]; ok || isAlertsName(name) {
			return false
		}
	}
	for i, r := range all {
		var expr parser.Expr
		switch r := r.(type) {
		case *rules.RecordingRule:
			expr = r.Query()
		case *rules.AlertingRule:
			expr = r.Query()
			if runsQuery(r.Labels()) || runsQuery(r.Annotations()) {
				return false
			}
		default:
			return false
		}
		if !promql.ReadsOnlyThePast(expr) {
			return false
		}
		for _, vs := range promql.Selectors(expr) {
			name := promql.SelectorName(vs)
			if name == "" || isAlertsName(name) || recorded.writesFrom(i, name, vs.LabelMatchers) {
				return false
			}
		}
	}
	return true
}

// isAlertsName reports whether name is one of the series alerting rules
// write.
func isAlertsName(name string) bool { return name == "ALERTS" || name == "ALERTS_FOR_STATE" }

// mayReadAlerts reports whether expression e may read the series alerting
// rules write: it selects them, or series by labels alone, or does not
// parse.
func mayReadAlerts(e string) bool {
	expr, err := promql.Parser.ParseExpr(e)
	if err != nil {
		return true
	}
	for _, name := range promql.SelectorNames(expr) {
		if name == "" || isAlertsName(name) {
			return true
		}
	}
	return false
}

// runsQuery reports whether a template among ls may run a query.
func runsQuery(ls labels.Labels) bool {
	found := false
	ls.Range(func(l labels.Label) {
		found = found || strings.Contains(l.Value, "query")
	})
	return found
}

// rangeQueries answers a rules manager's instant queries at the steps of
// a replay from one range query per expression, run when the expression
// is first asked for: a range query's value at each step is the instant
// query's there. Anything else (another time, an expression the range
// query cannot answer, a histogram result) is an instant query, as
// rules.EngineQueryFunc runs it.
type rangeQueries struct {
	b          backend
	start, end time.Time
	step       time.Duration
	results    map[string]*rangeResult
	instant    rules.QueryFunc
	// opts are the rules manager's options with query answering.
	opts *rules.ManagerOptions
}

// rangeResult is one expression's range query: its series, or !ok when
// the instant queries must answer.
type rangeResult struct {
	series promqlengine.Matrix
	ok     bool
}

func newRangeQueries(b backend, start, end time.Time, step time.Duration) *rangeQueries {
	return &rangeQueries{
		b: b, start: start, end: end, step: step,
		results: map[string]*rangeResult{},
		instant: rules.EngineQueryFunc(b.engine(), b),
	}
}

// statesByRange works out, after byRule (false before), the state of alerting rule ar at
// every step up to last from its range query, as the rules manager's
// evaluations would leave it: an instance is pending from the first step
// of a run of steps its series is in the result, firing once the run has
// lasted its hold duration, and gone at the first step it is not. Its
// state at a step is the most advanced of its instances'. false when
// stepping must say: ar is not the replay's one alerting rule, keeps
// firing for a while, may fail (quiet), has templated labels (which may
// tell instances apart otherwise), or the expressions the caller reads
// might read the ALERTS series stepping writes.
func (rp *replay) statesByRange(ar *rules.AlertingRule, last time.Time, reads []string) ([]rules.AlertState, bool) {
	if rp.ranged == nil {
		return nil, false
	}
	alerting := 0
	for _, g := range rp.groups {
		for _, r := range g.Rules() {
			if _, ok := r.(*rules.AlertingRule); ok && r != rules.Rule(ar) {
				return nil, false
			}
			alerting++
		}
	}
	if alerting != 1 || ar.KeepFiringFor() != 0 || !rp.quiet(ar) {
		return nil, false
	}
	for _, e := range reads {
		if mayReadAlerts(e) {
			return nil, false
		}
	}
	step := rp.interval.Milliseconds()
	start := rp.mint.UnixMilli()
	states := make([]rules.AlertState, last.Sub(rp.mint)/rp.interval+1)
	for i := range states {
		states[i] = rules.StateInactive
	}
	res := rp.ranged.results[ar.Query().String()]
	if res == nil { // always empty: never evaluated
		return states, true
	}
	for _, s := range res.series {
		run := int64(0)
		for i, p := range s.Floats {
			if i == 0 || p.T != s.Floats[i-1].T+step {
				run = p.T
			}
			st := rules.StatePending
			if time.Duration(p.T-run)*time.Millisecond >= ar.HoldDuration() {
				st = rules.StateFiring
			}
			if at := (p.T - start) / step; st > states[at] {
				states[at] = st
			}
		}
	}
	return states, true
}

// quiet reports whether no evaluation of alerting rule ar can fail: its
// expression is always empty, or its range query answers every step (an instant query loads no more at a
// step than the range query does there), its labels are no templates,
// and no two of its series become one by them.
func (rp *replay) quiet(ar *rules.AlertingRule) bool {
	templated := false
	ar.Labels().Range(func(l labels.Label) { templated = templated || strings.Contains(l.Value, "{{") })
	if templated {
		return false
	}
	if promql.AlwaysEmpty(ar.Query(), rp.holds) {
		return true
	}
	res := rp.ranged.result(rp.b.context(), ar.Query().String(), ar.Query())
	if !res.ok {
		return false
	}
	seen := map[uint64]bool{}
	lb := labels.NewBuilder(labels.EmptyLabels())
	for _, s := range res.series {
		lb.Reset(s.Metric)
		lb.Del(model.MetricNameLabel)
		ar.Labels().Range(func(l labels.Label) { lb.Set(l.Name, l.Value) })
		lb.Set(model.AlertNameLabel, ar.Name())
		h := lb.Labels().Hash()
		if seen[h] {
			return false
		}
		seen[h] = true
	}
	return true
}

// query is a rules.QueryFunc.
func (q *rangeQueries) query(ctx context.Context, qs string, t time.Time) (promqlengine.Vector, error) {
	if t.Before(q.start) || t.After(q.end) || t.Sub(q.start)%q.step != 0 {
		return q.instant(ctx, qs, t)
	}
	res := q.result(ctx, qs, nil)
	if !res.ok {
		return q.instant(ctx, qs, t)
	}
	ms := t.UnixMilli()
	var v promqlengine.Vector
	for _, s := range res.series {
		if i, found := slices.BinarySearchFunc(s.Floats, ms, func(p promqlengine.FPoint, t int64) int {
			return cmp.Compare(p.T, t)
		}); found {
			v = append(v, promqlengine.Sample{Metric: s.Metric, T: ms, F: s.Floats[i].F})
		}
	}
	return v, nil
}

// result is qs's range query over the replay's steps, run the first time
// it is asked for; expr is qs parsed, or nil to parse it.
func (q *rangeQueries) result(ctx context.Context, qs string, expr parser.Expr) *rangeResult {
	if res := q.results[qs]; res != nil {
		return res
	}
	var m promqlengine.Matrix
	var err error
	if expr != nil {
		m, err = rangeMatrixOf(q.b, ctx, expr, qs, q.start, q.end, q.step)
	} else {
		m, err = rangeMatrix(q.b, ctx, qs, q.start, q.end, q.step)
	}
	res := &rangeResult{series: m, ok: err == nil}
	q.results[qs] = res
	return res
}

// errNotRanged says an expression is not answered by a range query.
type errNotRanged string

func (e errNotRanged) Error() string { return string(e) }

// errReadsFuture is the error of an expression that reads samples after
// the time it is evaluated at, which only stepping evaluates as promtool
// does.
const errReadsFuture = errNotRanged("reads samples after its evaluation time")

// rangeMatrix runs qs as a range query over [start, end] every step and
// returns its float series, copied out of the engine's pools; an error
// when the query fails, reads past its evaluation time, or returns a
// histogram.
func rangeMatrix(b backend, ctx context.Context, qs string, start, end time.Time, step time.Duration) (promqlengine.Matrix, error) {
	expr, err := promql.Parser.ParseExpr(qs)
	if err != nil {
		return nil, err
	}
	return rangeMatrixOf(b, ctx, expr, qs, start, end, step)
}

// rangeMatrixOf is rangeMatrix of qs parsed as expr.
func rangeMatrixOf(b backend, ctx context.Context, expr parser.Expr, qs string, start, end time.Time, step time.Duration) (promqlengine.Matrix, error) {
	if !promql.ReadsOnlyThePast(expr) {
		return nil, errReadsFuture
	}
	m, err := rangeOnce(b, ctx, qs, start, end, step)
	var tooMany promqlengine.ErrTooManySamples
	if !errors.As(err, &tooMany) || !end.After(start) {
		return m, err
	}
	// A range query holds its output and, for a subquery, the inner
	// query's points over the whole range: one that loads too many samples
	// for the engine's limit (promtool's 10,000) is run as two halves, and
	// so on down to an instant query, which fails where stepping fails. A
	// part that succeeds loads at each step at least what the instant query
	// there loads, so every instant query would succeed too.
	mid := start.Add(end.Sub(start) / step / 2 * step)
	first, err := rangeMatrixOf(b, ctx, expr, qs, start, mid, step)
	if err != nil {
		return nil, err
	}
	second, err := rangeMatrixOf(b, ctx, expr, qs, mid.Add(step), end, step)
	if err != nil {
		return nil, err
	}
	return joined(first, second), nil
}

// joined is the series of two range queries over consecutive steps, each
// series' points in time order and the series in order of labels.
func joined(a, b promqlengine.Matrix) promqlengine.Matrix {
	out := slices.Clone(a)
	for _, s := range b {
		i, found := slices.BinarySearchFunc(out, s.Metric, func(x promqlengine.Series, ls labels.Labels) int { return labels.Compare(x.Metric, ls) })
		if found {
			out[i].Floats = append(out[i].Floats, s.Floats...)
			continue
		}
		out = slices.Insert(out, i, s)
	}
	return out
}

// rangeOnce runs qs as one range query and copies its float series out
// of the engine's pools; an error for a histogram result.
func rangeOnce(b backend, ctx context.Context, qs string, start, end time.Time, step time.Duration) (promqlengine.Matrix, error) {
	qry, err := b.engine().NewRangeQuery(ctx, b, nil, qs, start, end, step)
	if err != nil {
		return nil, err
	}
	defer qry.Close()
	res := qry.Exec(ctx)
	if res.Err != nil {
		return nil, res.Err
	}
	m, ok := res.Value.(promqlengine.Matrix)
	if !ok {
		return nil, errNotRanged("not a matrix")
	}
	out := make(promqlengine.Matrix, 0, len(m))
	for _, s := range m {
		if len(s.Histograms) > 0 {
			return nil, errNotRanged("native histogram results")
		}
		out = append(out, promqlengine.Series{Metric: s.Metric, Floats: slices.Clone(s.Floats)})
	}
	return out, nil
}
