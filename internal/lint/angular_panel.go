package lint

import (
	"cmp"

	"github.com/obsgen/obsgen/internal/diag"
)

// angularPanels are Grafana's AngularJS panel types and the React panel
// Grafana migrates each to when it loads a dashboard without AngularJS
// (off by default in Grafana 11, removed in 12).
var angularPanels = map[string]string{
	"graph":                    "timeseries",
	"singlestat":               "stat",
	"grafana-singlestat-panel": "stat",
	"table-old":                "table",
	"grafana-piechart-panel":   "piechart",
	"grafana-worldmap-panel":   "geomap",
}

// angularPanel finds a mixin's dashboard panels of AngularJS types. A
// spec's own cannot be (validation refuses them: the spec's panel types
// are the React ones).
var angularPanel = &Check{
	Code:     "angular-panel",
	Severity: diag.Warning,
	Docs: "A dashboard panel is of an AngularJS type (graph, singlestat, table-old, the piechart and worldmap plugins): " +
		"Grafana 11 turns AngularJS off by default and Grafana 12 removes it, and each such panel is migrated to its React " +
		"successor (graph to timeseries, singlestat to stat) when the dashboard loads, with the options the migration cannot " +
		"carry over (series overrides, colour names) lost; write the successor type.",
	run: func(x *Context, r *reporter) {
		for di := range x.C.Dashboards {
			d := &x.C.Dashboards[di]
			for ri := range d.Rows {
				for pi := range d.Rows[ri].Panels {
					p := &d.Rows[ri].Panels[pi]
					// A spec's own panel is refused by validation
					// (bad-value); a mixin's is known by its value's path.
					if to, ok := angularPanels[p.Type]; ok && p.Pos.Path != "" {
						// At the panel's first query: a mixin's panel is
						// known by its path, its queries by their lines.
						pos := p.Pos
						if len(p.Queries) > 0 && p.Queries[0].Expr.Pos.Line > 0 {
							pos = p.Queries[0].Expr.Pos
						}
						r.at(pos, 0, "panel %q of dashboard %q is a %s, an AngularJS panel: Grafana 11 and later draw it only as migrated to %s when the dashboard loads, with what the migration cannot carry over lost; make it a %s",
							p.Title, cmp.Or(d.Title, d.UID), p.Type, to, to)
					}
				}
			}
		}
	},
}
