package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/prometheus/prometheus/promql/parser"
)

// localClusterLabel finds local rules that aggregate over, match on or
// print a cluster-level external label.
var localClusterLabel = &Check{
	Code:     "local-cluster-label",
	Severity: diag.Warning,
	Docs: "A local rule (evaluated in each cluster's Prometheus) aggregates by or without a cluster-level external label " +
		"(cluster, region), matches on it with on() or ignoring(), or prints it with $labels: one Prometheus sees only its own " +
		"cluster, and its stored series do not carry external labels (it adds them only to what it sends), so the aggregation " +
		"is not across clusters and $labels prints nothing (warning; use runs: global, or $externalLabels); a matcher that " +
		"needs a value of it selects nothing (error).",
	run: func(x *Context, r *reporter) {
		if len(x.C.ClusterLabels()) == 0 {
			return
		}
		for _, e := range x.Exprs {
			if !runsLocally(x, e) {
				continue
			}
			parser.Inspect(e.Root(), func(n parser.Node, _ []parser.Node) error {
				switch v := n.(type) {
				case *parser.AggregateExpr:
					for _, l := range v.Grouping {
						if isClusterLabel(x.C, l) {
							clause := "by"
							if v.Without {
								clause = "without"
							}
							r.at(e.PosAt(e.groupingOffset(v, l)), len(l),
								"%s %s (%s) in a local %s: each Prometheus sees one %s and its series do not carry %s, so this "+
									"aggregates nothing across %ss; evaluate it in the global ruler (runs: global)",
								v.Op, clause, l, e.Kind, l, l, l)
						}
					}
				case *parser.BinaryExpr:
					if vm := v.VectorMatching; vm != nil {
						for _, l := range append(append([]string(nil), vm.MatchingLabels...), vm.Include...) {
							if isClusterLabel(x.C, l) {
								r.at(e.PosAt(e.matchingOffset(v, []string{"on", "ignoring", "group_left", "group_right"}, l)), len(l),
									"%s in a local %s: a Prometheus's own series do not carry the external label %s, and it sees one %s only",
									l, e.Kind, l, l)
							}
						}
					}
				case *parser.VectorSelector:
					for _, m := range v.LabelMatchers {
						if isClusterLabel(x.C, m.Name) && !m.Matches("") {
							r.sev(diag.Error, e.PosAt(e.matcherOffset(v, m.Name)), len(m.Name),
								"%s in a local %s selects nothing: a Prometheus's own series do not carry the external label %s "+
									"(it adds it only to what it sends); select by cluster in the global ruler or the query tier",
								m, e.Kind, m.Name)
						}
					}
				}
				return nil
			})
			if e.Kind == KindAlert {
				localTemplates(x, e, r)
			}
		}
	},
}

// localTemplates reports $labels.<cluster label> in a local alert's
// templates: Prometheus expands them before it adds its external labels.
func localTemplates(x *Context, e *Expression, r *reporter) {
	rule := e.Rule
	for _, f := range templateFields(x.C, rule) {
		for _, l := range labelRefs(f.text) {
			if isClusterLabel(x.C, l) {
				r.at(f.pos, 0,
					"%s %s of %s uses $labels.%s, which a local alert's series do not carry (Prometheus adds its external "+
						"labels after expanding templates): use $externalLabels.%s", f.what, f.key, rule.Alert, l, l)
			}
		}
	}
}
