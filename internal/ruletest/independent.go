package ruletest

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/rules"
)

// A test of one SLO loads the rule file of every SLO of its service, as
// promtool does, and stepping the other SLOs' rules through every test
// made a service's tests cost the square of its SLOs (200 SLOs: 67 s).
// Most of those groups cannot change what a test sees: they read none of
// its input series, nothing the rules it checks or its expressions read
// is theirs, and what they read is only each other's. Such groups evaluate
// alike in every test they are so apart from, as they do with no input
// series at all: a test may leave them out if that run fails nowhere, for
// then they fail nowhere in the test either, and nothing else of the test
// changes without them.

// groupGraph is what leaving groups out needs of the rule files of a test
// file: which groups read what others record, joined into components of
// groups that read each other (directly or not); which components fail
// nowhere when evaluated with no input series (apart); and where to find
// the groups that read a metric or hold an alert.
type groupGraph struct {
	names []string
	// comp is the component of each group; apart says a component's run
	// with no input series failed nowhere.
	comp  []int
	apart map[int]bool
	// alerts are the groups holding each alert name; readers the
	// selectors reading each metric name; outputs what each recording
	// rule name is recorded by.
	alerts  map[string][]int
	readers map[string][]selectorOf
	outputs map[string][]outputOf
}

// selectorOf is one selector of group group.
type selectorOf struct {
	group    int
	matchers []*labels.Matcher
}

// outputOf is one recording rule of group group: its static labels.
type outputOf struct {
	group  int
	labels labels.Labels
}

// newGroupGraph reads the rule files of test file f through loader and
// runs them with no input series up to last; nil when no group can be left
// out of any test: a rule file does not load, a rule does not parse, two
// groups share a name, or some selector reads the alerts' series or
// selects by labels alone.
func newGroupGraph(loader rules.GroupLoader, f prometheus.UnitTestFile, last time.Duration) *groupGraph {
	g := &groupGraph{alerts: map[string][]int{}, readers: map[string][]selectorOf{}, outputs: map[string][]outputOf{}}
	var reads [][]selectorOf
	seen := map[string]bool{}
	for _, file := range f.RuleFiles {
		rgs, errs := loader.Load(file, false, model.UTF8Validation)
		if rgs == nil || len(errs) > 0 {
			return nil
		}
		for _, rg := range rgs.Groups {
			if seen[rg.Name] {
				return nil
			}
			seen[rg.Name] = true
			gi := len(g.names)
			g.names = append(g.names, rg.Name)
			sels, ok := g.addGroup(loader, gi, rg)
			if !ok {
				return nil
			}
			reads = append(reads, sels)
		}
	}
	u := newUnion(len(g.names))
	for gi, sels := range reads {
		for _, s := range sels {
			for _, o := range g.mayRecord(s) {
				u.join(gi, o.group)
			}
		}
	}
	g.joinCollisions(u.join)
	g.comp = u.roots()
	g.apart = g.runApart(loader, f, last)
	return g
}

// addGroup indexes group rg, the gi-th; it returns its selectors, false
// when a rule does not parse or a selector is opaque.
func (g *groupGraph) addGroup(loader rules.GroupLoader, gi int, rg rulefmt.RuleGroup) ([]selectorOf, bool) {
	var sels []selectorOf
	for _, r := range rg.Rules {
		expr, err := loader.Parse(r.Expr)
		if err != nil {
			return nil, false
		}
		for _, vs := range promql.Selectors(expr) {
			name := promql.SelectorName(vs)
			if name == "" || isAlertsName(name) {
				return nil, false
			}
			s := selectorOf{group: gi, matchers: vs.LabelMatchers}
			sels = append(sels, s)
			g.readers[name] = append(g.readers[name], s)
		}
		if r.Alert != "" {
			g.alerts[r.Alert] = append(g.alerts[r.Alert], gi)
		} else {
			g.outputs[r.Record] = append(g.outputs[r.Record], outputOf{group: gi, labels: labels.FromMap(r.Labels)})
		}
	}
	return sels, true
}

// mayRecord are the recording rules whose series selector s may select.
func (g *groupGraph) mayRecord(s selectorOf) []outputOf {
	var out []outputOf
	for _, m := range s.matchers {
		if m.Name != model.MetricNameLabel || m.Type != labels.MatchEqual {
			continue
		}
		for _, o := range g.outputs[m.Value] {
			if promql.MayMatch(o.labels, s.matchers) {
				out = append(out, o)
			}
		}
	}
	return out
}

// joinCollisions joins the groups whose recording rules may record one
// series (a name, and no static label of another value): what one appends
// meets what the other does, and in a test the other may record what it
// did not with no input series. Every SLO's rules record the same names,
// each with its own slo label: only the outputs of one value of a label
// that all of a name's outputs set are compared.
func (g *groupGraph) joinCollisions(join func(a, b int)) {
	for _, outs := range g.outputs {
		if len(outs) < 2 {
			continue
		}
		key := ""
		outs[0].labels.Range(func(l labels.Label) {
			if key != "" {
				return
			}
			all := true
			for _, o := range outs[1:] {
				all = all && o.labels.Has(l.Name)
			}
			if all {
				key = l.Name
			}
		})
		buckets := map[string][]outputOf{}
		for _, o := range outs {
			buckets[o.labels.Get(key)] = append(buckets[o.labels.Get(key)], o)
		}
		for _, b := range buckets {
			for i := range b {
				for _, o := range b[i+1:] {
					if o.group != b[i].group && compatible(o.labels, b[i].labels) {
						join(b[i].group, o.group)
					}
				}
			}
		}
	}
}

// compatible reports whether no label is set in both a and b to values
// that differ.
func compatible(a, b labels.Labels) bool {
	ok := true
	a.Range(func(l labels.Label) {
		if v := b.Get(l.Name); v != "" && v != l.Value {
			ok = false
		}
	})
	return ok
}

// union is a union-find of groups, joined into components.
type union []int

func newUnion(n int) union {
	u := make(union, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u union) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u union) join(a, b int) { u[u.find(a)] = u.find(b) }

// roots are each group's component.
func (u union) roots() []int {
	out := make([]int, len(u))
	for i := range out {
		out[i] = u.find(i)
	}
	return out
}

// runApart evaluates every group of f's rule files with no input series,
// as runGroup steps a test, up to last; it returns the components none of
// whose rules failed. None when the run itself cannot be made.
func (g *groupGraph) runApart(loader rules.GroupLoader, f prometheus.UnitTestFile, last time.Duration) map[int]bool {
	empty := prometheus.UnitTestGroup{Interval: model.Duration(time.Minute)}
	rp, errs := newReplay(openMemory, loader, f, empty)
	if len(errs) > 0 {
		return nil
	}
	end := rp.mint.Add(last / rp.interval * rp.interval)
	switch rp.byRule(end) {
	case byRuleDone:
		// An alert that reads nothing stored evaluates to nothing at every
		// step, and fails at none: the SLOs' alerts, whose recording rules
		// read input series, of which there are none.
		rp.groups = readingGroups(rp)
	case byRuleSpoiled:
		// A rule fails: step every group, as runGroup then does, to see
		// whose it is.
		if rp.close() != nil {
			return nil
		}
		if rp, errs = newReplay(openMemory, loader, f, empty); len(errs) > 0 {
			return nil
		}
	}
	defer func() { _ = rp.close() }()
	failed := map[string]bool{}
	for ts := rp.mint; !ts.After(end); ts = ts.Add(rp.interval) {
		if err := rp.b.till(ts); err != nil {
			return nil
		}
		for _, grp := range rp.groups {
			grp.Eval(context.Background(), ts)
			for _, r := range grp.Rules() {
				if r.LastError() != nil {
					failed[grp.Name()] = true
				}
			}
		}
	}
	apart := map[int]bool{}
	for gi := range g.names {
		apart[g.comp[gi]] = true
	}
	for gi, name := range g.names {
		if failed[name] {
			apart[g.comp[gi]] = false
		}
	}
	return apart
}

// readingGroups are the groups of rp, after byRule, with only the alerts
// that may read something stored.
func readingGroups(rp *replay) []*rules.Group {
	var out []*rules.Group
	for _, g := range rp.groups {
		var keep []rules.Rule
		for _, r := range g.Rules() {
			if !promql.AlwaysEmpty(r.Query(), rp.holds) {
				keep = append(keep, r)
			}
		}
		if len(keep) > 0 {
			out = append(out, regroup(g, keep, rp.ranged.opts))
		}
	}
	return out
}

// keep names the groups test tg must load: those of every component that
// holds an alert it checks, a recording rule its expressions may read, a
// selector of one of its input series or a recording rule that may record
// one, or that failed when run apart; nil when it must load them all.
func (g *groupGraph) keep(tg prometheus.UnitTestGroup) map[string]bool {
	inputs, ok := inputLabels(tg)
	if !ok {
		return nil
	}
	kept := map[int]bool{}
	for _, a := range tg.AlertRuleTests {
		for _, gi := range g.alerts[a.Alertname] {
			kept[g.comp[gi]] = true
		}
	}
	for _, p := range tg.PromQLExprTests {
		expr, err := promql.Parser.ParseExpr(p.Expr)
		if err != nil {
			return nil
		}
		for _, vs := range promql.Selectors(expr) {
			if name := promql.SelectorName(vs); name == "" || isAlertsName(name) {
				return nil
			}
			for _, o := range g.mayRecord(selectorOf{matchers: vs.LabelMatchers}) {
				kept[g.comp[o.group]] = true
			}
		}
	}
	for _, ls := range inputs {
		name := ls.Get(model.MetricNameLabel)
		for _, s := range g.readers[name] {
			if promql.Selects(s.matchers, ls) {
				kept[g.comp[s.group]] = true
			}
		}
		// A rule may record an input series too: what it appends meets
		// the test's samples.
		for _, o := range g.outputs[name] {
			if mayBe(o.labels, ls) {
				kept[g.comp[o.group]] = true
			}
		}
	}
	out := map[string]bool{}
	for gi, name := range g.names {
		if c := g.comp[gi]; kept[c] || !g.apart[c] {
			out[name] = true
		}
	}
	if len(out) == len(g.names) {
		return nil
	}
	return out
}

// mayBe reports whether a series recorded with the static labels static
// may be the series ls: ls has each of them, of the same value.
func mayBe(static, ls labels.Labels) bool {
	ok := true
	static.Range(func(l labels.Label) { ok = ok && ls.Get(l.Name) == l.Value })
	return ok
}

// groupGraphs makes the groupGraph of each set of rule files once, run
// apart up to the last expectation of any test that loads them.
type groupGraphs struct {
	loader rules.GroupLoader
	last   map[string]time.Duration
	mu     sync.Mutex
	graphs map[string]func() *groupGraph
}

// newGroupGraphs prepares the graphs of files' rule file sets.
func newGroupGraphs(loader rules.GroupLoader, files []prometheus.UnitTestFile) *groupGraphs {
	gs := &groupGraphs{loader: loader, last: map[string]time.Duration{}, graphs: map[string]func() *groupGraph{}}
	for _, f := range files {
		k := graphKey(f)
		for _, tg := range f.Tests {
			gs.last[k] = max(gs.last[k], lastExpectation(tg))
		}
	}
	return gs
}

// graphKey tells apart the test files that load other rule files, in
// another order, or evaluate them at another interval.
func graphKey(f prometheus.UnitTestFile) string {
	return strings.Join(f.RuleFiles, "\x00") + "\x01" + strings.Join(f.GroupEvalOrder, "\x00") + "\x01" + f.EvaluationInterval.String()
}

// loaderFor is the loader test tg of file f loads its groups with: only
// those it must (groupGraph.keep), or all.
func (gs *groupGraphs) loaderFor(f prometheus.UnitTestFile, tg prometheus.UnitTestGroup) rules.GroupLoader {
	k := graphKey(f)
	gs.mu.Lock()
	mk := gs.graphs[k]
	if mk == nil {
		mk = sync.OnceValue(func() *groupGraph { return newGroupGraph(gs.loader, f, gs.last[k]) })
		gs.graphs[k] = mk
	}
	gs.mu.Unlock()
	g := mk()
	if g == nil {
		return gs.loader
	}
	keep := g.keep(tg)
	if keep == nil {
		return gs.loader
	}
	return someGroups{gs.loader, keep}
}
