package grafana

import (
	"slices"
	"strconv"
	"strings"

	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// datasourceVariable lets the viewer pick any Prometheus datasource; on
// import Grafana selects the default one, so no uid is written down.
func datasourceVariable() cog.Builder[dashboard.VariableModel] {
	return dashboard.NewDatasourceVariableBuilder(catalogue.DatasourceVariable).
		Label("Data source").
		Type("prometheus").
		Regex("").
		Multi(false).
		IncludeAll(false)
}

// labelVariable offers the values of one label: several at a time or all
// when its queries filter with label=~"$label", one at a time when any
// compares with = (see catalogue.Dashboard.Variable). Its values are
// narrowed by the variables before it (cluster, then job, then instance),
// as the mixins chain them.
func labelVariable(c *catalogue.Catalogue, d catalogue.Dashboard, label string, before []string) cog.Builder[dashboard.VariableModel] {
	q := labelValuesQuery(c, d, label, before)
	v, _ := d.Variable(c, label)
	b := dashboard.NewQueryVariableBuilder(label).
		Datasource(datasource()).
		Query(dashboard.StringOrMap{String: cog.ToPtr(q)}).
		Definition(q).
		Refresh(dashboard.VariableRefreshOnTimeRangeChanged).
		Sort(dashboard.VariableSortAlphabeticalAsc).
		Multi(v.Multi).
		IncludeAll(v.IncludeAll)
	if v.IncludeAll {
		b.AllValue(v.AllValue).
			Current(dashboard.VariableOption{
				Selected: cog.ToPtr(true),
				Text:     dashboard.StringOrArrayOfString{ArrayOfString: []string{"All"}},
				Value:    dashboard.StringOrArrayOfString{ArrayOfString: []string{"$__all"}},
			})
	}
	if l := c.LabelDecl(label); l != nil && l.Description != "" {
		b.Description(l.Description)
	}
	return b
}

// labelValuesQuery is label_values(<series>, <label>) over a series that
// carries the label: for a target label, the exporter's up gauge when the
// catalogue has one (catalogue.ExporterUp); else the first one the
// dashboard's own queries select, or else the first catalogue metric with
// the label, or label_values(<label>) when no metric declares it.
func labelValuesQuery(c *catalogue.Catalogue, d catalogue.Dashboard, label string, before []string) string {
	target := slices.Contains(c.TargetLabels(), label)
	series := ""
	if up := c.ExporterUp(); target && up != nil {
		// Served whether or not the service answers: a target whose
		// exporter cannot reach Apache can still be picked, as the
		// apache-http-mixin lists it (label_values(apache_up, job)).
		series = up.Name
	}
	for _, r := range d.Rows {
		for _, p := range r.Panels {
			for _, q := range parseQueries(p) {
				if series == "" {
					series = selectorWithLabel(c, q.expr, label, target)
				}
			}
		}
	}
	for _, m := range c.Metrics() {
		if series == "" && (target || m.HasLabel(label)) {
			series = seriesName(m)
		}
	}
	if series == "" {
		return "label_values(" + label + ")"
	}
	return "label_values(" + series + chained(c, d, series, before) + ", " + label + ")"
}

// chained narrows a variable's values, listed from series, by the
// variables before it of labels the series carries: the target labels,
// which every series carries, and the series' own
// (label_values(rabbitmq_identity_info{rabbitmq_cluster="$rabbitmq_cluster"},
// rabbitmq_node): the nodes of the cluster chosen, as RabbitMQ's
// dashboards list them), {cluster=~"$cluster", job="$job"}, each compared
// as its own queries compare it.
func chained(c *catalogue.Catalogue, d catalogue.Dashboard, series string, before []string) string {
	var ms []string
	targets := c.TargetLabels()
	m, _ := c.Series(series)
	for _, name := range before {
		if !slices.Contains(targets, name) && (m == nil || !m.HasLabel(name)) {
			continue // a label the series lacks: chained, it would list nothing
		}
		v, _ := d.Variable(c, name)
		op := "="
		if v.Multi || v.IncludeAll {
			op = "=~"
		}
		ms = append(ms, name+op+strconv.Quote("$"+name))
	}
	if len(ms) == 0 {
		return ""
	}
	return "{" + strings.Join(ms, ", ") + "}"
}

// selectorWithLabel returns the first series name selected in expr whose
// catalogue metric carries label.
func selectorWithLabel(c *catalogue.Catalogue, expr parser.Expr, label string, target bool) string {
	for _, vs := range promql.Selectors(expr) {
		name := promql.SelectorName(vs)
		if m, _ := c.Series(name); m != nil && (target || m.HasLabel(label)) {
			return name
		}
	}
	return ""
}

// seriesName is a series a metric family always exposes: the family name
// for counters and gauges, <name>_count for histograms and summaries.
func seriesName(m *catalogue.Metric) string {
	if m.HasClassicSeries() {
		return m.Name + "_count"
	}
	return m.Name
}
