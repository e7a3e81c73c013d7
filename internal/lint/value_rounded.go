package lint

import (
	"math"
	"regexp"
	"strconv"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// valueRounded finds alert templates that print $value without decimals
// where the alert fires on a fraction: the node-mixin's
// NodeNetworkReceiveErrs fires on errors over packets above 0.01 and says
// it "has encountered {{ printf "%.0f" $value }} receive errors", which
// prints 0.
var valueRounded = &Check{
	Code:     "value-rounded",
	Severity: diag.Warning,
	Docs: "An alert template prints $value with no decimals (printf \"%.0f\", \"%0.0f\" or \"%d\"), but the alert fires on a " +
		"fraction: its threshold lies between 0 and 1 (an error ratio above 0.01), or it is 0 and the value a rate, an average or " +
		"a quotient (the memcached-mixin's out-of-memory errors above 0 a second): the page prints 0 or 1 whatever the value; use " +
		"humanizePercentage for a ratio, or printf \"%.2f\".",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindAlert {
				continue
			}
			t, ok := promql.AlertThreshold(e.Root())
			if !ok || !firesOnFraction(t) {
				continue
			}
			for _, f := range templateFields(x.C, e.Rule) {
				if roundedValueRE.MatchString(f.text) {
					compared, printed := describeFraction(t)
					r.at(f.pos, 0, "%s %s of %s prints $value with no decimals, but %s fires on a fraction (%s): %s; "+
						"use humanizePercentage for a ratio, or printf \"%%.2f\"",
						f.what, f.key, e.Rule.Alert, e.Rule.Alert, compared, printed)
				}
			}
		}
	},
}

// firesOnFraction reports whether an alert of threshold t fires on values
// that print as 0 or 1 with no decimals: a threshold strictly between -1
// and 1, or above 0 of a value that can be a small fraction.
func firesOnFraction(t promql.Threshold) bool {
	switch {
	case math.IsNaN(t.Value) || math.Abs(t.Value) >= 1:
		return false
	case t.Value != 0:
		return true
	}
	return (t.Op == parser.GTR || t.Op == parser.NEQ) && promql.Fractional(t.Expr)
}

// describeFraction says what the alert compares and what the page then
// prints.
func describeFraction(t promql.Threshold) (compared, printed string) {
	bound := t.Op.String() + " " + strconv.FormatFloat(t.Value, 'g', -1, 64)
	if t.Value == 0 {
		return "a rate, average or quotient " + bound, "it prints 0 for any value below 0.5"
	}
	return bound, "it prints 0 or 1"
}

// roundedValueRE matches $value given to printf with a format of no
// decimals (flags and a width allowed: "%0.0f", "%3d"), as its argument or
// through a pipe.
var roundedValueRE = regexp.MustCompile(`printf\s+"[^"%]*%[-+ #0]*\d*(?:\.0f|d)[^"%]*"\s+\$value|\$value\s*\|\s*printf\s+"[^"%]*%[-+ #0]*\d*(?:\.0f|d)[^"%]*"`)
