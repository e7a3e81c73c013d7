package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
)

// unusedMetric finds metrics nothing looks at.
var unusedMetric = &Check{
	Code:     "unused-metric",
	Severity: diag.Info,
	Docs: "A metric is used by no alert, recording rule, example query or dashboard panel (the generated overview does not count): " +
		"nobody watches it, or the catalogue lists something the service no longer needs.",
	run: func(x *Context, r *reporter) {
		used := map[string]bool{}
		for _, e := range x.Exprs {
			for _, vs := range promql.Selectors(e.Root()) {
				if s := x.resolve(promql.SelectorName(vs)); s.metric != nil {
					used[s.metric.Name] = true
				}
			}
		}
		// An expression that does not parse still names what it uses.
		for _, text := range x.Unparsed {
			for _, id := range promql.Idents(text) {
				if s := x.resolve(id); s.metric != nil {
					used[s.metric.Name] = true
				}
			}
		}
		for _, m := range x.C.Metrics() {
			if m.Name == "" || used[m.Name] {
				continue
			}
			r.at(x.C.At(m.Pos, "name"), len(m.Name), "metric %s is used by no alert, recording rule, example query or dashboard panel", m.Name)
		}
	},
}
