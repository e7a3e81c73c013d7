package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// unknownLabel finds matchers on labels the selected series lack.
var unknownLabel = &Check{
	Code:     "unknown-label",
	Severity: diag.Error,
	Docs: "A label matcher names a label the selected series does not carry: a matcher that needs a value selects nothing " +
		"(error); one an empty value satisfies, such as x!=\"a\", has no effect (warning).",
	run: func(x *Context, r *reporter) {
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
					pos := e.PosAt(e.matcherOffset(vs, m.Name))
					hint := hint(m.Name, have.list())
					if m.Matches("") {
						r.sev(diag.Warning, pos, len(m.Name), "%s carries no label %s (its labels are %s), so the matcher %s has no effect%s",
							selectorName(vs), m.Name, have, m, hint)
						continue
					}
					r.at(pos, len(m.Name), "%s carries no label %s (its labels are %s), so the matcher %s selects nothing%s",
						selectorName(vs), m.Name, have, m, hint)
				}
			})
		}
	},
}
