package preview

import (
	"slices"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
)

// writers indexes a catalogue's recording rules by the name they record
// and the labels they set, to find the rules that may write what a
// selector selects without looking at every rule of the name: every SLO's
// rules record the same names, each with its SLO's labels, and looking at
// each of them for every SLO's query made previews cost the square of the
// SLOs.
type writers struct {
	c *catalogue.Catalogue
	// setting holds, by name, label and value, the rules that set the
	// label to the value; lacking, by name and label, those that set no
	// such label (their expression decides it).
	setting map[string]map[string]map[string][]*catalogue.Rule
	lacking map[string]map[string][]*catalogue.Rule
}

func newWriters(c *catalogue.Catalogue) *writers {
	w := &writers{c: c, setting: map[string]map[string]map[string][]*catalogue.Rule{}, lacking: map[string]map[string][]*catalogue.Rule{}}
	labelsOf := map[string]map[string]bool{}
	for _, r := range c.Records() {
		if labelsOf[r.Record] == nil {
			labelsOf[r.Record] = map[string]bool{}
			w.setting[r.Record] = map[string]map[string][]*catalogue.Rule{}
			w.lacking[r.Record] = map[string][]*catalogue.Rule{}
		}
		for l := range r.Labels {
			labelsOf[r.Record][l] = true
		}
	}
	for _, r := range c.Records() {
		for l := range labelsOf[r.Record] {
			v, ok := r.Labels[l]
			if !ok {
				w.lacking[r.Record][l] = append(w.lacking[r.Record][l], r)
				continue
			}
			byValue := w.setting[r.Record][l]
			if byValue == nil {
				byValue = map[string][]*catalogue.Rule{}
				w.setting[r.Record][l] = byValue
			}
			byValue[v] = append(byValue[v], r)
		}
	}
	return w
}

// of returns the recording rules that may write a series of name the
// matchers select, in spec order: those that set no label contradicting
// an equality matcher, found through the matcher that leaves fewest.
func (w *writers) of(name string, matchers []*labels.Matcher) []*catalogue.Rule {
	candidates := w.c.RecordsNamed(name)
	for _, m := range matchers {
		if m.Type != labels.MatchEqual || m.Name == model.MetricNameLabel {
			continue
		}
		if _, ok := w.setting[name][m.Name]; !ok {
			continue
		}
		set, lack := w.setting[name][m.Name][m.Value], w.lacking[name][m.Name]
		if len(set)+len(lack) < len(candidates) {
			candidates = append(slices.Clone(set), lack...)
			slices.SortFunc(candidates, func(a, b *catalogue.Rule) int { return w.c.RecordIndex(a) - w.c.RecordIndex(b) })
		}
	}
	var out []*catalogue.Rule
	for _, r := range candidates {
		if promql.MayMatch(labels.FromMap(r.Labels), matchers) {
			out = append(out, r)
		}
	}
	return out
}
