package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
)

// annotationLabel finds alert templates that print labels the alert's
// expression does not keep.
var annotationLabel = &Check{
	Code:     "annotation-label",
	Severity: diag.Warning,
	Docs: "An alert's annotation or label template uses {{ $labels.x }} but the alert expression's result carries no label x " +
		"(an aggregation dropped it, or the series never had it), so the notification prints an empty value.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindAlert {
				continue
			}
			have := x.labelsOf(e.Root())
			if have.Any {
				continue
			}
			rule := e.Rule
			for _, f := range templateFields(x.C, rule) {
				for _, l := range labelRefs(f.text) {
					if have.Has(l) || isClusterLabel(x.C, l) {
						continue // cluster-level labels: local-cluster-label, global-cluster-label
					}
					note := ""
					if _, static := rule.Labels[l]; static {
						note = "; the rule's own labels are not visible to $labels"
					}
					r.at(f.pos, 0, "%s %s of %s uses $labels.%s, but the expression's result carries %s, so it prints nothing%s%s",
						f.what, f.key, rule.Alert, l, have, note, hint(l, have.List()))
				}
			}
		}
	},
}
