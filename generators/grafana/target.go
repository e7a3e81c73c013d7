package grafana

import (
	"cmp"
	"slices"
	"strings"

	"github.com/grafana/grafana-foundation-sdk/go/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// query is one panel query with its parsed expression (nil when it does
// not parse; validation has reported that).
type query struct {
	spec catalogue.PanelQuery
	expr parser.Expr
}

// refID names the i-th target of a panel: A, B, … Z, AA, AB, …
func refID(i int) string {
	const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	if i < len(letters) {
		return letters[i : i+1]
	}
	return refID(i/len(letters)-1) + letters[i%len(letters):i%len(letters)+1]
}

// isBuckets reports whether a query returns histogram buckets: series of a
// histogram's _bucket told apart by le.
func isBuckets(c *catalogue.Catalogue, q query) bool {
	if q.spec.Format == "heatmap" {
		return true
	}
	return q.expr != nil && promql.Measure(q.expr, c.PromQLSeries).Buckets && slices.Contains(seriesLabels(c, q.expr), "le")
}

// queryFormat is the Grafana format of a query: the spec's, or heatmap for
// buckets on a heatmap, table on a table, time series otherwise.
func queryFormat(c *catalogue.Catalogue, panelType string, q query) prometheus.PromQueryFormat {
	switch {
	case q.spec.Format != "":
		return prometheus.PromQueryFormat(q.spec.Format)
	case panelType == "heatmap" && isBuckets(c, q):
		return prometheus.PromQueryFormatHeatmap
	case panelType == "table":
		return prometheus.PromQueryFormatTable
	}
	return prometheus.PromQueryFormatTimeSeries
}

// queryLegend is the legend of the panel's query qs[i]: the spec's, or the
// label names that tell its series apart ({{le}} for buckets), or the
// panel title for a single series.
func queryLegend(c *catalogue.Catalogue, p catalogue.Panel, qs []query, i int, format prometheus.PromQueryFormat) string {
	q := qs[i]
	switch {
	case q.spec.Legend != "":
		return q.spec.Legend
	case format == prometheus.PromQueryFormatHeatmap:
		return "{{le}}"
	case q.expr == nil:
		return ""
	}
	l := legendFormat(seriesLabels(c, q.expr))
	if len(p.Queries) == 1 {
		return cmp.Or(l, p.Title)
	}
	// Several queries: where another's series would be named alike
	// ({{instance}} for svc_head_series and svc_head_chunks), each says
	// what it reads.
	for j, other := range qs {
		if j == i || other.spec.Legend != "" || other.expr == nil {
			continue
		}
		if legendFormat(seriesLabels(c, other.expr)) == l {
			return strings.TrimSpace(queryName(q) + " " + l)
		}
	}
	return l
}

// queryName names what a query reads, for a legend: the one metric family
// it selects, or its expression when it selects several or none.
func queryName(q query) string {
	var names []string
	for _, n := range promql.SelectorNames(q.expr) {
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) == 1 {
		return names[0]
	}
	return q.spec.Expr.Text
}

// target builds the panel's query qs[i].
func target(c *catalogue.Catalogue, p catalogue.Panel, qs []query, i int) *prometheus.DataqueryBuilder {
	q := qs[i]
	format := queryFormat(c, p.Type, q)
	b := prometheus.NewDataqueryBuilder().
		Datasource(datasource()).
		RefId(refID(i)).
		Expr(q.spec.Expr.Text).
		EditorMode(prometheus.QueryEditorModeCode).
		Format(format)
	if l := queryLegend(c, p, qs, i, format); l != "" {
		b.LegendFormat(l)
	}
	if q.spec.MinInterval > 0 {
		b.Interval(q.spec.MinInterval.String())
	}
	if q.spec.Instant || (p.Type == "table" && q.spec.Format == "") {
		b.Instant()
	} else {
		b.Range()
	}
	return b
}
