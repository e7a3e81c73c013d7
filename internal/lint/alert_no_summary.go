package lint

import (
	"strings"

	"github.com/obsgen/obsgen/internal/diag"
)

// alertNoSummary finds alerts without a summary annotation.
var alertNoSummary = &Check{
	Code:     "alert-no-summary",
	Severity: diag.Warning,
	Docs:     "An alert has no summary annotation, the one line notifications show; the receiver sees only the alert name.",
	run: func(x *Context, r *reporter) {
		for _, rule := range x.C.Alerts() {
			if rule.SLO != nil {
				continue // derived from an SLO: obsgen wrote it
			}
			// A summary written but not decoded (empty) is validation's to
			// report; a blank one is this check's.
			s := rule.Annotations["summary"]
			if rule.Alert == "" || strings.TrimSpace(s) != "" || s == "" && written(x, rule.Pos, "annotations.summary") {
				continue
			}
			r.style(x, rule, x.C.At(rule.Pos, "alert"), len(rule.Alert), "alert %s has no summary annotation, the line a notification shows", rule.Alert)
		}
	},
}
