package lint

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// unknownLabel finds matchers on labels the selected series lack.
var unknownLabel = &Check{
	Code:     "unknown-label",
	Severity: diag.Error,
	Docs: "A label matcher names a label the selected series does not carry: a matcher that needs a value selects nothing " +
		"(error), one an empty value satisfies (x!=\"a\", a dashboard variable whose All stands for .*, or one whose label_values() lists no value and that offers no All, " +
		"which Grafana sets to None) has no effect (warning), one on a side of an or whose other side reads the series without it (a mixin's fallback for exporters that do not serve the label yet) is a warning too, " +
		"and a label that no metric, scrape job or organisation declares but many queries match on (a multi-cluster mixin's " +
		"cluster) is reported once, with how to declare it (info), as is a dashboard variable of such a label: its list is empty and its All selects every series.",
	run: func(x *Context, r *reporter) {
		var rare undeclared
		for _, e := range x.Exprs {
			for _, vs := range promql.Selectors(e.Root()) {
				if promql.SelectorName(vs) == "" {
					continue
				}
				have := x.labelsOf(vs)
				if have.Any {
					continue
				}
				for _, m := range vs.LabelMatchers {
					if m == nil || m.Name == model.MetricNameLabel || have.Has(m.Name) {
						continue
					}
					f := labelFinding{c: x.C, e: e, vs: vs, m: m, have: have, series: x.resolve(promql.SelectorName(vs))}
					if v, ok := e.panelVariable(x.C, m); ok {
						f.none = x.listsNothing(v)
					}
					if f.needsValue() {
						f.fallback = promql.Fallback(e.Root(), vs, x.knows)
					}
					if !x.knownLabel(m.Name) {
						rare.add(m.Name, e, e.PosAt(e.matcherOffset(vs, m.Name)), f.needsValue() && f.fallback == nil, func() { f.report(r) })
						switch {
						case f.none:
							rare.none(m.Name)
						case f.fallback != nil:
							rare.fallback(m.Name)
						}
						continue
					}
					f.report(r)
				}
			}
		}
		// A variable of such a label is said once, unless the queries
		// matching on it are (and say how to declare it).
		for _, d := range x.C.Dashboards {
			for i, name := range d.Variables {
				if !x.knownLabel(name) && !rare.reportedOnce(name) {
					r.sev(diag.Info, x.C.At(d.Pos, "variables["+strconv.Itoa(i)+"]"), len(name),
						"variable %s lists the values of a label no metric, scrape job or organisation of the catalogue declares: where no series carries it, its list is empty and All selects every series; %s",
						name, declareHow)
				}
			}
		}
		rare.report(r, "match on", func(use *undeclaredUse) string {
			switch {
			case use.broken > 0:
				return fmt.Sprintf("%d of the matchers need a value, so those queries select nothing", use.broken)
			case use.none == len(use.replays):
				return "the dashboard variables that fill them list no value of it, so Grafana sets them to None, an empty value, and the matchers have no effect"
			case use.fallback == len(use.replays):
				return "each matcher is on one side of an or whose other side reads the series without it, so where no series carries it the query gives that side " +
					"(the fallback a mixin writes for exporters too old to serve it; if the exporter you run serves it, declare it on the metric that carries it, so that lint checks it)"
			}
			return "each selects its series while the dashboard variable is All, and nothing once a value is picked"
		})
	},
}

// labelFinding is one matcher on a label its series lacks.
type labelFinding struct {
	c    *catalogue.Catalogue
	e    *Expression
	vs   *parser.VectorSelector
	m    *labels.Matcher
	have promql.LabelSet
	// series is what the selector resolved to.
	series series
	// none is set when the matcher's value is a variable whose
	// label_values() lists no value: Grafana sets it to None, "".
	none bool
	// fallback is the other side of an or above the selector, which the
	// query gives where the selector selects nothing; nil without one.
	fallback parser.Expr
}

// needsValue reports whether the matcher selects nothing on series that
// lack its label: it needs a value, and no All of a variable stands in.
func (f labelFinding) needsValue() bool {
	if v, ok := f.e.panelVariable(f.c, f.m); ok {
		return !f.none && !allMatchesEmpty(f.m, v)
	}
	return !f.m.Matches("")
}

// report reports the matcher on its own.
func (f labelFinding) report(r *reporter) {
	name := promql.SelectorName(f.vs) + f.series.origin()
	pos := f.e.PosAt(f.e.matcherOffset(f.vs, f.m.Name))
	h := hint(f.m.Name, f.have.List())
	if v, ok := f.e.panelVariable(f.c, f.m); ok && f.none {
		r.sev(diag.Warning, pos, len(f.m.Name), "%s carries no label %s (its labels are %s): the variable %s lists no value of it (label_values finds none), "+
			"so Grafana sets it to None, an empty value, and the matcher %s has no effect%s", name, f.m.Name, f.have, v.Name, f.m, h)
		return
	}
	if _, ok := f.e.panelVariable(f.c, f.m); ok && !f.needsValue() {
		r.sev(diag.Warning, pos, len(f.m.Name), "%s carries no label %s (its labels are %s): the matcher %s selects it while the variable is All, "+
			"and nothing once a value is picked%s", name, f.m.Name, f.have, f.m, h)
		return
	}
	if !f.needsValue() {
		r.sev(diag.Warning, pos, len(f.m.Name), "%s carries no label %s (its labels are %s), so the matcher %s has no effect%s",
			name, f.m.Name, f.have, f.m, h)
		return
	}
	if f.fallback != nil {
		r.sev(diag.Warning, pos, len(f.m.Name), "%s carries no label %s (its labels are %s), so the matcher %s selects nothing on this side of the or, "+
			"and the query gives what %s reads (if a version of the exporter serves %s, declare it on %s so that lint checks it)%s",
			name, f.m.Name, f.have, f.m, f.fallback, f.m.Name, promql.SelectorName(f.vs), h)
		return
	}
	r.at(pos, len(f.m.Name), "%s carries no label %s (its labels are %s), so the matcher %s selects nothing%s",
		name, f.m.Name, f.have, f.m, h)
}

// knownLabel reports whether any metric of the catalogue or the
// catalogues it uses carries the label, or it is a target label or a
// recording rule's label.
func (x *Context) knownLabel(l string) bool {
	if x.known == nil {
		x.known = map[string]bool{}
		for _, c := range append([]*catalogue.Catalogue{x.C}, x.C.Used...) {
			for _, m := range c.Metrics() {
				for _, ml := range m.Labels {
					x.known[ml] = true
				}
			}
			for _, tl := range x.targetLabels(c) {
				x.known[tl] = true
			}
		}
		for _, rs := range x.records {
			for _, r := range rs {
				for k := range r.Labels {
					x.known[k] = true
				}
			}
		}
		for _, k := range []string{"le", "quantile"} {
			x.known[k] = true
		}
	}
	return x.known[l]
}

// listsNothing reports whether query variable v lists no value: its
// label_values() names a label that the series it reads (or, with none
// named, every series of the catalogues) do not carry. Grafana then
// offers None, an empty value, which = and =~ match on series without the
// label (RabbitMQ's dashboards select namespace="$namespace" outside
// Kubernetes, where no series carries namespace).
func (x *Context) listsNothing(v catalogue.TemplateVariable) bool {
	if v.Lists == "" || v.IncludeAll && v.AllValue != "" {
		// With All offered, Grafana picks All, not None, when the list
		// is empty: its value decides (a mixin's .+ selects nothing).
		return false
	}
	if v.From == "" {
		return !x.knownLabel(v.Lists)
	}
	s := x.resolve(v.From)
	if s.metric == nil {
		return false
	}
	return !s.metric.HasLabel(v.Lists) && !slices.Contains(x.targetLabels(s.cat), v.Lists)
}
