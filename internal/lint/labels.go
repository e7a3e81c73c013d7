package lint

import (
	"maps"
	"slices"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// labelsOf returns the labels the result of n carries: promql's analysis,
// with selectors resolved against the catalogue (selectorLabels).
func (x *Context) labelsOf(n parser.Node) promql.LabelSet {
	if x.labels == nil {
		x.labels = promql.NewLabels(x.selectorLabels)
	}
	return x.labels.Of(n)
}

// selectorLabels returns the labels of the series a selector reads.
func (x *Context) selectorLabels(vs *parser.VectorSelector) promql.LabelSet {
	s := x.resolve(promql.SelectorName(vs))
	switch {
	case s.metric != nil:
		return s.promql().Carries(append(exportedLabels(s.cat, s.metric), x.targetLabels(s.cat)...)...)
	case s.records != nil:
		return x.recordLabels(s.name)
	case s.builtin != nil && !s.builtin.anyLabels:
		return promql.SetOf(x.targetLabels(nil)...)
	}
	return promql.AnyLabels()
}

// exportedLabels returns the labels Prometheus renames a metric's own job
// and instance to when its scrape job does not honour them: a Pushgateway
// scraped without honor_labels stores its pushers' job as exported_job.
func exportedLabels(cat *catalogue.Catalogue, m *catalogue.Metric) []string {
	var out []string
	for _, l := range []string{"job", "instance"} {
		if m.HasLabel(l) && !cat.HonoursLabels(m) {
			out = append(out, "exported_"+l)
		}
	}
	return out
}

// recordLabels returns the labels of a recorded series: those of each
// rule's expression plus the rule's own labels. A cycle of recording
// rules, or one that does not parse, carries unknown labels.
func (x *Context) recordLabels(name string) promql.LabelSet {
	switch x.recordState[name] {
	case 1:
		return promql.AnyLabels()
	case 2:
		return x.recordSets[name]
	}
	x.recordState[name] = 1
	var out promql.LabelSet
	for i, r := range x.records[name] {
		var s promql.LabelSet
		p, err := promql.Parse(r.Expr.Text, false)
		if err != nil || p == nil || p.Expr == nil {
			s = promql.AnyLabels()
		} else {
			s = x.labelsOf(p.Expr)
		}
		s = s.With(slices.Sorted(maps.Keys(r.Labels))...)
		if i == 0 {
			out = s
		} else {
			out = out.Union(s)
		}
	}
	x.recordState[name] = 2
	x.recordSets[name] = out
	return out
}

// alertLabels returns the labels an alert carries when Prometheus sends it
// to Alertmanager: its expression's result, the rule's own labels,
// alertname, and the organisation's cluster-level external labels (each
// Prometheus server adds its own to the alerts it sends), never the
// deduplication label (alert_relabel_configs drop it). An alert of a group
// the global ruler evaluates carries the ruler's labels instead, so an
// external label only when its expression keeps it. Unknown when the
// expression does not parse.
func (x *Context) alertLabels(r *catalogue.Rule) promql.LabelSet {
	if x.alertSets == nil {
		x.alertSets = map[*catalogue.Rule]promql.LabelSet{}
	}
	if s, ok := x.alertSets[r]; ok {
		return s
	}
	s := promql.AnyLabels()
	found := false
	for _, e := range x.Exprs {
		if e.Kind == KindAlert && e.Rule == r {
			s, found = x.labelsOf(e.Root()), true
			break
		}
	}
	if !found {
		// A rule derived from an SLO is linted through its SLI, not
		// collected; its own expression reads the SLO's recorded series.
		if p, err := promql.Parse(r.Expr.Text, false); err == nil && p != nil && p.Expr != nil {
			s = x.labelsOf(p.Expr)
		}
	}
	s = s.With("alertname").With(slices.Sorted(maps.Keys(r.Labels))...)
	if !x.C.RunsGlobally(r) {
		s = s.With(x.C.ClusterLabels()...)
	}
	if l := x.C.DeduplicationLabel(); l != "" {
		// The generated prometheus.yml drops it from alerts, so that an
		// HA pair sends one alert; the query tier a global rule reads
		// merges the pair and drops it from series.
		s = s.Without(l)
	}
	x.alertSets[r] = s
	return s
}
