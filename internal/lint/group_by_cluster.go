package lint

import (
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

// groupByCluster finds routing that groups alerts without the
// organisation's cluster-level external labels.
var groupByCluster = &Check{
	Code:     "group-by-cluster",
	Severity: diag.Warning,
	Docs: "A service's or an alert's routing groups notifications (group_by) by none of the cluster-level external labels " +
		"(cluster, region) that every alert a cluster's Prometheus sends carries: the same alert from two clusters becomes one " +
		"notification, and since static target names repeat from cluster to cluster, grouping by instance mixes two servers.",
	run: func(x *Context, r *reporter) {
		clusters := x.C.ClusterLabels()
		if len(clusters) == 0 {
			return
		}
		if rt := x.C.Routing; rt != nil {
			checkGroupBy(x, r, rt, clusters, "the routing of "+x.C.Service.Name)
		}
		for _, rule := range x.C.Alerts() {
			if rule.Routing != nil {
				checkGroupBy(x, r, rule.Routing, clusters, "the routing of "+x.C.VariantName(rule))
			}
		}
	},
}

// checkGroupBy reports a group_by of rt that names none of the cluster
// labels (one of them, even a coarse one such as region, is a choice).
func checkGroupBy(x *Context, r *reporter, rt *catalogue.Routing, clusters []string, what string) {
	if len(rt.GroupBy) == 0 {
		return // inherited from the level above, checked there
	}
	for _, l := range clusters {
		if slices.Contains(rt.GroupBy, l) {
			return
		}
	}
	r.at(x.C.At(rt.Pos, "group_by"), 0,
		"%s groups by [%s] without %s, which each cluster's Prometheus adds to the alerts it sends: the same alert from two "+
			"clusters becomes one notification; add %s to group_by",
		what, strings.Join(rt.GroupBy, ", "), strings.Join(clusters, " or "), clusters[0])
}
