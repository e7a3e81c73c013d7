package lint

import (
	"strings"

	"github.com/obsgen/obsgen/internal/diag"
)

// alertNoRunbook finds alerts that tell nobody what to do.
var alertNoRunbook = &Check{
	Code:     "alert-no-runbook",
	Severity: diag.Warning,
	Docs:     "An alert has neither a runbook: section nor a runbook_url annotation, so whoever it wakes has no first steps to follow.",
	run: func(x *Context, r *reporter) {
		for _, rule := range x.C.Alerts() {
			if rule.SLO != nil {
				continue // derived from an SLO: obsgen wrote it
			}
			if rule.Alert == "" || rule.Runbook != nil ||
				strings.TrimSpace(rule.Annotations["runbook_url"]) != "" || strings.TrimSpace(rule.Annotations["runbook"]) != "" {
				continue
			}
			r.style(x, rule, x.C.At(rule.Pos, "alert"), len(rule.Alert), "alert %s has no runbook: add a runbook: section (meaning, checks) or a runbook_url annotation", rule.Alert)
		}
	},
}
