package lint

import (
	"regexp"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// legendLabel finds panel legends that print labels the query's result
// does not carry.
var legendLabel = &Check{
	Code:     "legend-label",
	Severity: diag.Warning,
	Docs: "A panel query's legend uses {{x}} but the query's result carries no label x (an aggregation dropped it, or the series " +
		"never had it), so every series' legend lacks it and series that differ otherwise read alike (a stat or gauge of one series " +
		"that does not show its name is left alone).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindPanel || e.Panel == nil {
				continue
			}
			for qi := range e.Panel.Queries {
				q := &e.Panel.Queries[qi]
				if q.Expr.Pos != e.Src.Pos || q.Expr.Text != e.Src.Text || q.Legend == "" {
					continue
				}
				refs := refs(legendRefRE, q.Legend)
				if len(refs) == 0 {
					continue
				}
				have := x.labelsOf(e.Root())
				if have.Any || len(have.List()) == 0 && namesNoSeries(e.Panel) || groupsByMissing(x, e) {
					continue
				}
				for _, l := range refs {
					if l == "__name__" || have.Has(l) {
						continue
					}
					pos := x.C.At(q.Pos, "legend")
					if pos.Line == 0 {
						pos = e.PosAt(0) // a mixin's: at its query
					}
					r.at(pos, 0, "panel %q: its legend %q prints {{%s}}, but the query's result carries %s, so no series' legend shows it%s",
						e.Panel.Title, q.Legend, l, have, hint(l, have.List()))
				}
			}
		}
	},
}

// groupsByMissing reports whether an aggregation of e groups by a label
// its operand lacks: grouping-label reports that cause (sum by (op) meant
// by (machine)), and the legend printing {{machine}} is its consequence.
func groupsByMissing(x *Context, e *Expression) bool {
	for _, a := range promql.Nodes[*parser.AggregateExpr](e.Root()) {
		if _, missing := groupingMissing(x, a); !a.Without && len(missing) > 0 {
			return true
		}
	}
	return false
}

// namesNoSeries reports whether a panel of one series shows no series'
// name: a stat, gauge or bar gauge whose text mode does not ask for it
// (the varnish-mixin's stats print {{instance}} of sum by (), unseen).
func namesNoSeries(p *catalogue.Panel) bool {
	switch p.Type {
	case "stat", "gauge", "bargauge", "singlestat":
		return p.TextMode != "name" && p.TextMode != "value_and_name"
	}
	return false
}

// legendRefRE finds the label references of a Grafana legend format,
// {{label}} with optional spaces.
var legendRefRE = regexp.MustCompile(`\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}()`)
