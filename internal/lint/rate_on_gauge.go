package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/prometheus/prometheus/promql/parser"
)

// rateOnGauge finds counter functions applied to gauges.
var rateOnGauge = &Check{
	Code:     "rate-on-gauge",
	Severity: diag.Error,
	Docs: "rate(), irate() or increase() is applied to a gauge; these functions read every drop as a counter reset and " +
		"add the new value back, so the result overstates change (use delta() or deriv() for gauges).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			e.calls(func(c *parser.Call) {
				fn := c.Func.Name
				var instead string
				switch fn {
				case "increase":
					instead = "use delta() for the change of a gauge over the window"
				case "rate", "irate":
					instead = "use deriv() for the per-second change of a gauge"
				default:
					return
				}
				s, ok := x.rangeArgSeries(c)
				if !ok || !s.gauge() {
					return
				}
				r.at(e.Pos(c), len(fn), "%s() on %s: it reads every drop of the gauge as a counter reset and overstates the change; %s",
					fn, s.describe(), instead)
			})
		}
	},
}
