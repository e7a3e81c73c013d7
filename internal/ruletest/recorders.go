package ruletest

import (
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/rules"
)

// recorders are a replay's recording rules by the name they record, each
// with its place in the evaluation order, for safeByRule to ask whether a
// rule reads what a rule at or after it may write. Several rules may
// record one name (every SLO's rules record the same names) when a label
// they all set tells their series apart.
type recorders map[string]*sameName

// sameName are the rules that record one name, in evaluation order, and
// the label each sets to a value of its own ("" for a single rule), by
// which they are also found.
type sameName struct {
	rules []recorder
	key   string
	byKey map[string]recorder
}

// recorder is one recording rule: where it is in the evaluation order and
// the labels it sets.
type recorder struct {
	at     int
	labels labels.Labels
}

// newRecorders indexes the recording rules among all, in evaluation
// order; false when two of them may write the same series.
func newRecorders(all []rules.Rule) (recorders, bool) {
	rs := recorders{}
	for i, r := range all {
		if rr, ok := r.(*rules.RecordingRule); ok {
			sn := rs[rr.Name()]
			if sn == nil {
				sn = &sameName{}
				rs[rr.Name()] = sn
			}
			sn.rules = append(sn.rules, recorder{at: i, labels: rr.Labels()})
		}
	}
	for _, sn := range rs {
		if len(sn.rules) > 1 && !sn.keyed() {
			return nil, false
		}
	}
	return rs, true
}

// keyed finds a label that every rule sets, each to its own value, and
// indexes the rules by it; false when there is none.
func (sn *sameName) keyed() bool {
	found := false
	sn.rules[0].labels.Range(func(l labels.Label) {
		if found {
			return
		}
		byKey := map[string]recorder{}
		for _, r := range sn.rules {
			v := r.labels.Get(l.Name)
			if _, dup := byKey[v]; v == "" || dup {
				return
			}
			byKey[v] = r
		}
		sn.key, sn.byKey, found = l.Name, byKey, true
	})
	return found
}

// writesFrom reports whether a rule at or after place at in the
// evaluation order may write a series of name that ms select.
func (rs recorders) writesFrom(at int, name string, ms []*labels.Matcher) bool {
	sn := rs[name]
	if sn == nil {
		return false
	}
	if sn.key != "" {
		for _, m := range ms {
			if m.Type == labels.MatchEqual && m.Name == sn.key {
				r, ok := sn.byKey[m.Value]
				return ok && r.at >= at && promql.MayMatch(r.labels, ms)
			}
		}
	}
	for i := len(sn.rules) - 1; i >= 0 && sn.rules[i].at >= at; i-- {
		if promql.MayMatch(sn.rules[i].labels, ms) {
			return true
		}
	}
	return false
}
