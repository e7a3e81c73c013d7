package catalogue

import (
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
)

// DatasourceVariable is the variable every generated dashboard offers for
// its Prometheus data source, which its panels read.
const DatasourceVariable = "datasource"

// VariableNames returns the label variables a spec dashboard offers, in
// order: the target labels its queries filter on by variable without
// listing them (the organisation's external labels such as cluster first,
// then job and instance, as the mixins order them), then those listed
// under variables.
func (d *Dashboard) VariableNames(c *Catalogue) []string {
	listed := map[string]bool{}
	for _, v := range d.Variables {
		listed[v] = true
	}
	used := map[string]bool{}
	for _, u := range d.variableUses("") {
		used[u.Variable] = true
	}
	var out []string
	auto := make([]string, 0, 4)
	for _, l := range c.ExternalLabels() {
		auto = append(auto, l.Name)
	}
	auto = append(auto, "job", "instance")
	for _, l := range auto {
		if used[l] && !listed[l] {
			out = append(out, l)
			listed[l] = true
		}
	}
	return append(out, d.Variables...)
}

// Variable returns how the dashboard offers template variable name: as
// its Offered list says (a mixin's), or for a spec's own dashboard as the
// grafana generator builds it: single-select when any query compares it
// with = or != (Grafana fills in a multi-value or All selection as a
// regex, which = takes literally), but for a panel repeated for it (each
// copy holds one value), else multi-select with All standing for .*;
// either lists the values of the label it is named after. ok
// is false for a variable the dashboard does not offer.
func (d *Dashboard) Variable(c *Catalogue, name string) (TemplateVariable, bool) {
	for _, v := range d.Offered {
		if v.Name == name {
			return v, true
		}
	}
	if d.Offered != nil {
		return TemplateVariable{}, false
	}
	for _, v := range d.VariableNames(c) {
		if v != name {
			continue
		}
		// Each copy of a panel repeated for the variable holds one value.
		for _, u := range d.variableUses(name) {
			if u.Variable == name && (u.Type == labels.MatchEqual || u.Type == labels.MatchNotEqual) {
				return TemplateVariable{Name: name, Lists: name}, true
			}
		}
		return TemplateVariable{Name: name, Multi: true, IncludeAll: true, AllValue: ".*", Lists: name}, true
	}
	return TemplateVariable{}, false
}

// variableUses returns every matcher of the dashboard's queries whose value
// is one variable, but those of the panels repeated for the variable
// except ("" for none).
func (d *Dashboard) variableUses(except string) []promql.VariableUse {
	var out []promql.VariableUse
	for _, r := range d.Rows {
		for _, p := range r.Panels {
			if except != "" && p.Repeat == except {
				continue
			}
			for _, q := range p.Queries {
				out = append(out, promql.VariableUses(q.Expr.Text)...)
			}
		}
	}
	return out
}
