package lint

import "github.com/obsgen/obsgen/internal/diag"

// alertNoSeverity finds alerts without a severity label.
var alertNoSeverity = &Check{
	Code:     "alert-no-severity",
	Severity: diag.Warning,
	Docs:     "An alert has no severity label, which Alertmanager routes and silences by; it may go to the wrong receiver or nowhere.",
	run: func(x *Context, r *reporter) {
		for _, rule := range x.C.Alerts() {
			if rule.SLO != nil {
				continue // derived from an SLO: obsgen wrote it
			}
			// A severity written but not decoded is validation's to report.
			if rule.Alert == "" || rule.Severity() != "" || written(x, rule.Pos, "labels.severity") {
				continue
			}
			r.style(x, rule, x.C.At(rule.Pos, "alert"), len(rule.Alert), "alert %s has no severity label; add labels: {severity: warning} (or critical)", rule.Alert)
		}
	},
}
