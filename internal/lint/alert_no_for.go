package lint

import "github.com/obsgen/obsgen/internal/diag"

// alertNoFor finds alerts that fire on a single evaluation.
var alertNoFor = &Check{
	Code:     "alert-no-for",
	Severity: diag.Warning,
	Docs: "An alert has no for: duration, so one bad scrape or evaluation fires it and pages someone for a blip " +
		"(an explicit for: 0s is taken as deliberate).",
	run: func(x *Context, r *reporter) {
		for _, rule := range x.C.Alerts() {
			if rule.SLO != nil {
				continue // derived from an SLO: obsgen wrote it
			}
			// A for: written, even as 0s or as something validation
			// rejects, is not a missing one: in the spec (or an overlay
			// of it), or in the rule file import read.
			if rule.For > 0 || rule.Alert == "" || rule.ForWritten || written(x, rule.Pos, "for") {
				continue
			}
			r.style(x, rule, x.C.At(rule.Pos, "alert"), len(rule.Alert), "alert %s has no for: duration, so a single evaluation fires it; add for: (e.g. 5m)", rule.Alert)
		}
	},
}
