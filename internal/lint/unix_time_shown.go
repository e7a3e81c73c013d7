package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
)

// unixTimeShown finds panels that draw a Unix time in seconds as it is.
var unixTimeShown = &Check{
	Code:     "unix-time-shown",
	Severity: diag.Warning,
	Docs: "A panel shows a Unix time in seconds (a start time, a last backup, an expiry) as it is: Grafana has no unit for it " +
		"(s reads 1.8e9 seconds as 57 years, and its date units take milliseconds), so the panel shows a meaningless number; " +
		"show the age, time() - x, or the time left, x - time(), in seconds, or x * 1000 as a date.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindPanel {
				continue
			}
			q := promql.Measure(e.Root(), x.resolver)
			if !q.UnixTime || q.Unit != "seconds" {
				continue
			}
			name := ""
			for _, vs := range promql.Selectors(e.Root()) {
				if s := x.resolve(promql.SelectorName(vs)); s.metric != nil && s.promql().UnixTime {
					name = s.metric.Name
					break
				}
			}
			if name == "" {
				continue // time() alone
			}
			r.at(e.Src.Pos, 0, "panel %q shows %s, a Unix time in seconds, as it is: Grafana draws it as a number of seconds "+
				"(57 years) or, with a date unit, as milliseconds (1970); show time() - %s (its age, unit s) or %s * 1000 as a date",
				e.Title, name, name, name)
		}
	},
}
