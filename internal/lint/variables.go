package lint

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
)

// panelVariable returns how the expression's dashboard offers the
// variable a matcher's value consists of; ok is false for anything but a
// panel query whose matcher value is one variable its dashboard offers.
func (e *Expression) panelVariable(c *catalogue.Catalogue, m *labels.Matcher) (catalogue.TemplateVariable, bool) {
	if e.Kind != KindPanel || e.Dashboard == nil {
		return catalogue.TemplateVariable{}, false
	}
	name := promql.VariableRef(m.Value)
	if name == "" {
		return catalogue.TemplateVariable{}, false
	}
	v, ok := e.Dashboard.Variable(c, name)
	if ok && e.Panel != nil && e.Panel.Repeat == name {
		// Grafana repeats the panel for each value chosen: in each copy
		// the variable holds that one value.
		v.Multi, v.IncludeAll = false, false
	}
	return v, ok
}

// allMatchesEmpty reports whether the matcher, with the variable set to
// All, also selects series that lack the label: All stands for a regex that
// matches the empty string (.*), and the matcher is a regex one.
func allMatchesEmpty(m *labels.Matcher, v catalogue.TemplateVariable) bool {
	if !v.IncludeAll || v.AllValue == "" {
		return false
	}
	filled, err := labels.NewMatcher(m.Type, m.Name, v.AllValue)
	return err == nil && filled.Matches("")
}
