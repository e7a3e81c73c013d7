package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
)

// deltaOnCounter finds gauge functions applied to counters.
var deltaOnCounter = &Check{
	Code:     "delta-on-counter",
	Severity: diag.Warning,
	Docs: "delta(), idelta(), deriv(), predict_linear() or double_exponential_smoothing() is applied to a counter; " +
		"they ignore counter resets, so every restart shows as a large drop (use increase() or rate()).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			for _, c := range promql.Calls(e.Root()) {
				fn := c.Func.Name
				var instead string
				switch fn {
				case "delta", "idelta":
					instead = "use increase()"
				case "deriv", "double_exponential_smoothing":
					instead = "use rate()"
				case "predict_linear":
					instead = "predict from increase() or a gauge"
				default:
					continue
				}
				s, ok := x.rangeArgSeries(c)
				if !ok || !s.counter() {
					continue
				}
				r.at(e.Pos(c), len(fn), "%s() on %s ignores counter resets, so a restart shows as a large drop; %s, which handles resets",
					fn, s.describe(), instead)
			}
		}
	},
}
