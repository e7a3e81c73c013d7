package grafana

import (
	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/cog/variants"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// parseQueries parses a panel's queries with Grafana's variables
// substituted; a query that does not parse keeps a nil expression.
func parseQueries(p catalogue.Panel) []query {
	out := make([]query, len(p.Queries))
	for i, q := range p.Queries {
		out[i].spec = q
		if parsed, err := promql.Parse(q.Expr.Text, true); err == nil {
			out[i].expr = parsed.Expr
		}
	}
	return out
}

// planPanel works out one panel: its targets, unit and thresholds.
func planPanel(c *catalogue.Catalogue, bounds []alertBound, p catalogue.Panel, id uint32, at box) panelPlan {
	qs := parseQueries(p)
	pl := panelPlan{id: id, panel: p, box: at}
	var exprs []parser.Expr
	for i, q := range qs {
		pl.targets = append(pl.targets, cog.Builder[variants.Dataquery](target(c, p, qs, i)))
		exprs = append(exprs, q.expr)
		if p.Type == "heatmap" && isBuckets(c, q) {
			pl.buckets = true
		}
	}
	pl.unit = panelUnit(c, p, qs)
	pl.queryUnits = queryUnits(c, p, qs, pl.unit)
	if colouredByThresholds[p.Type] {
		pl.steps, pl.values = panelSteps(p, bounds, exprs)
	}
	return pl
}

// colouredByThresholds are the panel types that show threshold steps:
// single values take their colour from them, graphs draw them as lines.
var colouredByThresholds = map[string]bool{
	"stat": true, "gauge": true, "bargauge": true, "timeseries": true, "state-timeline": true, "table": true,
}

// queryUnits are the units of a panel's queries that differ from the
// panel's, by query index: each query's own where the spec gives one,
// and where the panel has none and its queries' metrics disagree, each
// one's (the node-mixin's Disk I/O: bytes read and written per second
// beside the share of time the disk was busy, drawn with no unit at all);
// nil when every query shows the panel's unit.
func queryUnits(c *catalogue.Catalogue, p catalogue.Panel, qs []query, panel string) map[int]string {
	out := map[int]string{}
	for i, q := range p.Queries {
		if q.Unit != "" && q.Unit != panel {
			out[i] = q.Unit
		}
	}
	if p.Unit == "" && panel == "" && len(qs) > 1 && p.Type != "heatmap" {
		inferred := map[int]string{}
		for i, q := range qs {
			if q.expr == nil {
				return out
			}
			u := grafanaUnit(promql.Measure(q.expr, c.PromQLSeries))
			if u == "" {
				return out
			}
			inferred[i] = u
		}
		for i, u := range inferred {
			if _, set := out[i]; !set {
				out[i] = u
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// panelUnit is the Grafana unit of a panel: the spec's, or the one every
// query's catalogue metrics agree on (for histogram buckets, the unit of
// the bucket bounds), or "" when they do not tell.
func panelUnit(c *catalogue.Catalogue, p catalogue.Panel, qs []query) string {
	if p.Unit != "" {
		return p.Unit
	}
	unit := ""
	for i, q := range qs {
		if q.expr == nil {
			return ""
		}
		m := promql.Measure(q.expr, c.PromQLSeries)
		if m.Buckets {
			// The unit of the bucket bounds, shown on a heatmap's axis.
			m = promql.Quantity{Known: true, Unit: m.Unit}
		}
		u := grafanaUnit(m)
		if i > 0 && u != unit {
			return ""
		}
		unit = u
	}
	return unit
}
