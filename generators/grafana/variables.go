package grafana

import (
	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/prometheus/promql/parser"
)

// datasourceVar is the name of every dashboard's datasource variable.
const datasourceVar = "datasource"

// datasourceVariable lets the viewer pick any Prometheus datasource; on
// import Grafana selects the default one, so no uid is written down.
func datasourceVariable() cog.Builder[dashboard.VariableModel] {
	return dashboard.NewDatasourceVariableBuilder(datasourceVar).
		Label("Data source").
		Type("prometheus").
		Regex("").
		Multi(false).
		IncludeAll(false)
}

// labelVariable offers the values of one label, several at a time or all.
// Queries filter with label=~"$label".
func labelVariable(c *catalogue.Catalogue, d catalogue.Dashboard, label string) cog.Builder[dashboard.VariableModel] {
	q := labelValuesQuery(c, d, label)
	b := dashboard.NewQueryVariableBuilder(label).
		Datasource(datasource()).
		Query(dashboard.StringOrMap{String: cog.ToPtr(q)}).
		Definition(q).
		Refresh(dashboard.VariableRefreshOnTimeRangeChanged).
		Sort(dashboard.VariableSortAlphabeticalAsc).
		Multi(true).
		IncludeAll(true).
		AllValue(".*").
		Current(dashboard.VariableOption{
			Selected: cog.ToPtr(true),
			Text:     dashboard.StringOrArrayOfString{ArrayOfString: []string{"All"}},
			Value:    dashboard.StringOrArrayOfString{ArrayOfString: []string{"$__all"}},
		})
	if l := c.Label(label); l != nil && l.Description != "" {
		b.Description(l.Description)
	}
	return b
}

// labelValuesQuery is label_values(<series>, <label>) over a series that
// carries the label: the first one the dashboard's own queries select, or
// else the first catalogue metric with the label, or label_values(<label>)
// when no metric declares it.
func labelValuesQuery(c *catalogue.Catalogue, d catalogue.Dashboard, label string) string {
	for _, r := range d.Rows {
		for _, p := range r.Panels {
			for _, q := range parseQueries(p) {
				if name := selectorWithLabel(c, q.expr, label); name != "" {
					return "label_values(" + name + ", " + label + ")"
				}
			}
		}
	}
	for _, m := range c.Metrics() {
		if m.HasLabel(label) {
			return "label_values(" + seriesName(m) + ", " + label + ")"
		}
	}
	return "label_values(" + label + ")"
}

// selectorWithLabel returns the first series name selected in expr whose
// catalogue metric carries label.
func selectorWithLabel(c *catalogue.Catalogue, expr parser.Expr, label string) string {
	if expr == nil {
		return ""
	}
	found := ""
	parser.Inspect(expr, func(n parser.Node, _ []parser.Node) error {
		vs, ok := n.(*parser.VectorSelector)
		if !ok || found != "" {
			return nil
		}
		name := selectorName(vs)
		if m, _ := c.Series(name); m != nil && m.HasLabel(label) {
			found = name
		}
		return nil
	})
	return found
}

// seriesName is a series a metric family always exposes: the family name
// for counters and gauges, <name>_count for histograms and summaries.
func seriesName(m *catalogue.Metric) string {
	if m.Type == catalogue.Histogram || m.Type == catalogue.Summary {
		return m.Name + "_count"
	}
	return m.Name
}
