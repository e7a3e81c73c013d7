package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
)

// variableEquality finds = and != matchers on dashboard variables that
// may hold several values.
var variableEquality = &Check{
	Code:     "variable-equality",
	Severity: diag.Warning,
	Docs: "A panel compares a label with = or != to a dashboard variable that is multi-select or has All: Grafana fills in " +
		"several values or All as a regex ((a|b) or .*), which = compares literally, so the panel goes blank; use =~ or !~ " +
		"(in a panel or row repeated for the variable, each copy holds one value: = is right there).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			for _, vs := range promql.Selectors(e.Root()) {
				for _, m := range vs.LabelMatchers {
					if m == nil || m.Type != labels.MatchEqual && m.Type != labels.MatchNotEqual {
						continue
					}
					v, ok := e.panelVariable(x.C, m)
					if !ok || !v.Multi && !v.IncludeAll {
						continue
					}
					op := "=~"
					if m.Type == labels.MatchNotEqual {
						op = "!~"
					}
					r.at(e.PosAt(e.matcherOffset(vs, m.Name)), len(m.Name), "%s compares %s with %s to variable %s, which %s: Grafana fills in a regex "+
						"that %s takes literally, so the panel is blank once several values or All are chosen; use %s%s%q",
						promql.SelectorName(vs), m.Name, m.Type, v.Name, multiText(v.Multi, v.IncludeAll), m.Type, m.Name, op, m.Value)
				}
			}
		}
	},
}

// multiText says how a variable may hold several values.
func multiText(multi, all bool) string {
	switch {
	case multi && all:
		return "is multi-select with All"
	case multi:
		return "is multi-select"
	}
	return "has All"
}
