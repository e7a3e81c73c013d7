package lint

import (
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/prometheus/model/labels"
)

// hasVariable reports whether a matcher value holds a Grafana variable
// ($x, ${x}, [[x]]), filled in at query time.
func hasVariable(v string) bool {
	return strings.Contains(v, "$") || strings.Contains(v, "[[")
}

// variableRef returns the variable a matcher value consists of, "$x",
// "${x}", "${x:format}" or "[[x]]"; "" when the value is anything else.
func variableRef(v string) string {
	switch {
	case strings.HasPrefix(v, "${") && strings.HasSuffix(v, "}"):
		name := v[2 : len(v)-1]
		if i := strings.IndexByte(name, ':'); i >= 0 {
			name = name[:i]
		}
		return identOnly(name)
	case strings.HasPrefix(v, "[[") && strings.HasSuffix(v, "]]"):
		return identOnly(v[2 : len(v)-2])
	case strings.HasPrefix(v, "$"):
		return identOnly(v[1:])
	}
	return ""
}

// identOnly returns s when it is a variable name, else "".
func identOnly(s string) string {
	if s == "" {
		return ""
	}
	for _, r := range s {
		if r != '_' && (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return ""
		}
	}
	return s
}

// panelVariable returns how the expression's dashboard offers the
// variable a matcher's value consists of; ok is false for anything but a
// panel query whose matcher value is one variable its dashboard offers.
func (e *Expression) panelVariable(m *labels.Matcher) (catalogue.TemplateVariable, bool) {
	if e.Kind != KindPanel || e.Dashboard == nil {
		return catalogue.TemplateVariable{}, false
	}
	name := variableRef(m.Value)
	if name == "" {
		return catalogue.TemplateVariable{}, false
	}
	return e.Dashboard.Variable(name)
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
