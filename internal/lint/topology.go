package lint

import (
	"slices"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// The topology checks read where each expression is evaluated: a local
// rule (and an SLO's SLI, whose rules are local) in each cluster's
// Prometheus, which sees its own cluster only and whose stored series
// carry no external labels (Prometheus adds them to what leaves it); a
// global rule in the global ruler, over every cluster through the query
// tier, which merges an HA pair's replicas on the deduplication label.

// runsLocally reports whether e is evaluated inside each Prometheus: a rule
// of a local group, or an SLO's SLI.
func runsLocally(x *Context, e *Expression) bool {
	switch e.Kind {
	case KindSLI:
		return true
	case KindAlert, KindRecord:
		return e.Rule != nil && !x.C.RunsGlobally(e.Rule)
	}
	return false
}

// runsGlobally reports whether e is a rule of a global group.
func runsGlobally(x *Context, e *Expression) bool {
	return (e.Kind == KindAlert || e.Kind == KindRecord) && e.Rule != nil && x.C.RunsGlobally(e.Rule)
}

// isClusterLabel reports whether l is one of the organisation's
// cluster-level external labels (every external label but the
// deduplication label).
func isClusterLabel(c *catalogue.Catalogue, l string) bool {
	return slices.Contains(c.ClusterLabels(), l)
}
