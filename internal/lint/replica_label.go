package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/prometheus/prometheus/promql/parser"
)

// replicaLabel finds queries that group by, or match on, the
// organisation's deduplication (replica) label.
var replicaLabel = &Check{
	Code:     "replica-label",
	Severity: diag.Error,
	Docs: "A query groups by (by, on, group_left/group_right) or matches on the deduplication label that tells an HA pair of " +
		"Prometheus servers apart (replica): the query tier merges the pair's series and drops it, so a matcher selects " +
		"nothing and the grouping is lost, and where the pair is not merged the grouping keeps both copies and counts them " +
		"twice; inside one Prometheus the series do not carry it at all (aggregate without it, or leave it to deduplication).",
	run: func(x *Context, r *reporter) {
		replica := x.C.DeduplicationLabel()
		if replica == "" {
			return
		}
		for _, e := range x.Exprs {
			parser.Inspect(e.Root(), func(n parser.Node, _ []parser.Node) error {
				switch v := n.(type) {
				case *parser.AggregateExpr:
					if !v.Without && contains(v.Grouping, replica) {
						r.at(e.PosAt(e.groupingOffset(v, replica)), len(replica),
							"%s by (%s) groups by the deduplication label: each replica of an HA pair stays a group of its own, "+
								"so the pair is counted twice where it is not deduplicated, and the grouping is lost where it is", v.Op, replica)
					}
				case *parser.BinaryExpr:
					if vm := v.VectorMatching; vm != nil {
						if vm.On && contains(vm.MatchingLabels, replica) {
							r.at(e.PosAt(e.matchingOffset(v, []string{"on"}, replica)), len(replica),
								"on (%s) matches on the deduplication label, which the query tier drops when it merges an HA pair: "+
									"match on the labels the pair shares", replica)
						}
						if contains(vm.Include, replica) {
							r.at(e.PosAt(e.matchingOffset(v, []string{"group_left", "group_right"}, replica)), len(replica),
								"copying the deduplication label %s keeps an HA pair's replicas apart", replica)
						}
					}
				case *parser.VectorSelector:
					for _, m := range v.LabelMatchers {
						if m.Name != replica || m.Matches("") {
							continue // needs no value: it selects as if it were not there
						}
						r.at(e.PosAt(e.matcherOffset(v, replica)), len(replica),
							"%s selects by the deduplication label, which the query tier drops when it merges an HA pair and "+
								"which a Prometheus's own series do not carry (it is an external label): it selects nothing", m)
					}
				}
				return nil
			})
		}
	},
}
