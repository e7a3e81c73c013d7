package lint

import (
	"regexp"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
)

// humanizePercentage finds alert templates that format as a percentage a
// value the expression already multiplied by 100.
var humanizePercentage = &Check{
	Code:     "humanize-percentage",
	Severity: diag.Warning,
	Docs: "An alert template formats $value with humanizePercentage, which multiplies by 100, but the value the alert " +
		"compares is already a percentage (the expression multiplies by 100, or its unit is percent): the page says 9000 % for 90 %.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindAlert || !promql.Percentage(promql.AlertValue(e.Root()), x.resolver) {
				continue
			}
			for _, f := range templateFields(x.C, e.Rule) {
				if humanizedValueRE.MatchString(f.text) {
					r.at(f.pos, 0, "%s %s of %s formats $value with humanizePercentage, which multiplies by 100, "+
						"but the expression's value is already a percentage: use printf \"%%.1f%%%%\" or humanize, or drop the * 100 from the expression",
						f.what, f.key, e.Rule.Alert)
				}
			}
		}
	},
}

// humanizedValueRE matches $value piped into humanizePercentage or given
// to it as its argument.
var humanizedValueRE = regexp.MustCompile(`\$value\s*\|\s*humanizePercentage|humanizePercentage\s+\$value`)
