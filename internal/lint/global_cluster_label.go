package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
)

// globalClusterLabel finds global alerts whose templates need a
// cluster-level label their aggregation does not keep.
var globalClusterLabel = &Check{
	Code:     "global-cluster-label",
	Severity: diag.Warning,
	Docs: "A global alert (evaluated by the global ruler over every cluster) prints a cluster-level external label " +
		"(cluster, region) in its annotations or labels, but its expression aggregates it away ($labels.cluster " +
		"prints nothing: keep it with by (cluster)), or reads it from $externalLabels, which in the global ruler are the " +
		"ruler's own, not the cluster the series came from.",
	run: func(x *Context, r *reporter) {
		if len(x.C.ClusterLabels()) == 0 {
			return
		}
		for _, e := range x.Exprs {
			if e.Kind != KindAlert || !runsGlobally(x, e) {
				continue
			}
			have := x.labelsOf(e.Root())
			rule := e.Rule
			for _, f := range templateFields(x.C, rule) {
				for _, l := range labelRefs(f.text) {
					if isClusterLabel(x.C, l) && !have.Any && !have.Has(l) {
						r.at(f.pos, 0, "%s %s of the global alert %s uses $labels.%s, but its expression's result carries %s: "+
							"the aggregation drops %s, so the notification cannot say which %s; keep it (by (%s))",
							f.what, f.key, rule.Alert, l, have, l, l, l)
					}
				}
				for _, l := range externalLabelRefs(f.text) {
					if isClusterLabel(x.C, l) {
						r.at(f.pos, 0, "%s %s of the global alert %s uses $externalLabels.%s, which in the global ruler are "+
							"the ruler's own external labels, not the %s the series came from: keep %s in the expression "+
							"and use $labels.%s", f.what, f.key, rule.Alert, l, l, l, l)
					}
				}
			}
		}
	},
}
