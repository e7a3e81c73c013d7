package lint

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// unknownLabel finds matchers on labels the selected series lack.
var unknownLabel = &Check{
	Code:     "unknown-label",
	Severity: diag.Error,
	Docs: "A label matcher names a label the selected series does not carry: a matcher that needs a value selects nothing " +
		"(error), one an empty value satisfies (x!=\"a\", or a dashboard variable whose All stands for .*) has no effect (warning), " +
		"and a label that no metric, scrape job or organisation declares but many queries match on (a multi-cluster mixin's " +
		"cluster) is reported once, with how to declare it.",
	run: func(x *Context, r *reporter) {
		undeclared := map[string]*undeclaredUse{}
		var order []string
		for _, e := range x.Exprs {
			e.selectors(func(vs *parser.VectorSelector) {
				if selectorName(vs) == "" {
					return
				}
				have := x.labelsOf(vs)
				if have.any {
					return
				}
				for _, m := range vs.LabelMatchers {
					if m == nil || m.Name == labels.MetricName || have.has(m.Name) {
						continue
					}
					f := labelFinding{c: x.C, e: e, vs: vs, m: m, have: have, series: x.resolve(selectorName(vs))}
					if !x.knownLabel(m.Name) {
						u := undeclared[m.Name]
						if u == nil {
							u = &undeclaredUse{}
							undeclared[m.Name] = u
							order = append(order, m.Name)
						}
						u.add(f)
						continue
					}
					f.report(r)
				}
			})
		}
		for _, l := range order {
			undeclared[l].report(r, l)
		}
	},
}

// labelFinding is one matcher on a label its series lacks.
type labelFinding struct {
	c    *catalogue.Catalogue
	e    *Expression
	vs   *parser.VectorSelector
	m    *labels.Matcher
	have labelSet
	// series is what the selector resolved to.
	series series
}

// needsValue reports whether the matcher selects nothing on series that
// lack its label: it needs a value, and no All of a variable stands in.
func (f labelFinding) needsValue() bool {
	if v, ok := f.e.panelVariable(f.c, f.m); ok {
		return !allMatchesEmpty(f.m, v)
	}
	return !f.m.Matches("")
}

// report reports the matcher on its own.
func (f labelFinding) report(r *reporter) {
	name := selectorName(f.vs) + f.series.origin()
	pos := f.e.PosAt(f.e.matcherOffset(f.vs, f.m.Name))
	h := hint(f.m.Name, f.have.list())
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
	r.at(pos, len(f.m.Name), "%s carries no label %s (its labels are %s), so the matcher %s selects nothing%s",
		name, f.m.Name, f.have, f.m, h)
}

// undeclaredUse gathers the matchers on one label nothing declares.
type undeclaredUse struct {
	findings []labelFinding
	queries  map[*Expression]bool
}

func (u *undeclaredUse) add(f labelFinding) {
	if u.queries == nil {
		u.queries = map[*Expression]bool{}
	}
	u.findings = append(u.findings, f)
	u.queries[f.e] = true
}

// report says once what many queries share, or reports a lone matcher
// on its own: a typo in one query is that query's finding.
func (u *undeclaredUse) report(r *reporter, label string) {
	if len(u.queries) < 3 {
		for _, f := range u.findings {
			f.report(r)
		}
		return
	}
	first := u.findings[0]
	pos := first.e.PosAt(first.e.matcherOffset(first.vs, label))
	needing := 0
	for _, f := range u.findings {
		if f.needsValue() {
			needing++
		}
	}
	how := "declare it in organisation.yaml beside the service folders (organisation.external_labels) if your Prometheus servers add it, " +
		"or under the scrape target's target_labels if relabelling does"
	if needing == 0 {
		r.sev(diag.Info, pos, len(label), "%d queries match on %s, a label no metric, scrape job or organisation of the catalogue declares; "+
			"each selects its series while the dashboard variable is All, and nothing once a value is picked: %s, or turn off the option "+
			"that adds it (a mixin's multi-cluster setting)", len(u.queries), label, how)
		return
	}
	r.at(pos, len(label), "%d queries match on %s (%d of the matchers need a value), a label no metric, scrape job or organisation "+
		"of the catalogue declares, so they select nothing: %s, or turn off the option that adds it (a mixin's multi-cluster setting)",
		len(u.queries), label, needing, how)
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
