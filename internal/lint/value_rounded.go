package lint

import (
	"math"
	"regexp"
	"strconv"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
)

// valueRounded finds alert templates that print $value without decimals
// where the alert fires on a fraction: the node-mixin's
// NodeNetworkReceiveErrs fires on errors over packets above 0.01 and says
// it "has encountered {{ printf "%.0f" $value }} receive errors", which
// prints 0.
var valueRounded = &Check{
	Code:     "value-rounded",
	Severity: diag.Warning,
	Docs: "An alert template prints $value with no decimals (printf \"%.0f\" or \"%d\"), but the alert's threshold is a " +
		"fraction between 0 and 1 (an error ratio above 0.01): the page prints 0 or 1 whatever the value; use humanizePercentage " +
		"for a ratio, or printf \"%.2f\".",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindAlert {
				continue
			}
			t, ok := promql.AlertThreshold(e.Root())
			if !ok || math.IsNaN(t.Value) || t.Value == 0 || math.Abs(t.Value) >= 1 {
				continue
			}
			for _, f := range templateFields(x.C, e.Rule) {
				if roundedValueRE.MatchString(f.text) {
					r.at(f.pos, 0, "%s %s of %s prints $value with no decimals, but %s fires on a fraction (%s %s): it prints 0 or 1; "+
						"use humanizePercentage for a ratio, or printf \"%%.2f\"",
						f.what, f.key, e.Rule.Alert, e.Rule.Alert, t.Op, strconv.FormatFloat(t.Value, 'g', -1, 64))
				}
			}
		}
	},
}

// roundedValueRE matches $value given to printf with a format of no
// decimals, as its argument or through a pipe.
var roundedValueRE = regexp.MustCompile(`printf\s+"%(\.0f|d)"\s+\$value|\$value\s*\|\s*printf\s+"%(\.0f|d)"`)
