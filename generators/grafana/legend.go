package grafana

import (
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// targetLabel is the label Prometheus adds to every scraped series that
// tells one server from another.
const targetLabel = "instance"

// seriesLabels returns the names of the labels the series of expr carry
// that tell them apart, in a stable order: promql's analysis of the
// expression, with a selector carrying the instance and the catalogue
// labels of its metric (le for buckets, quantile for a summary).
func seriesLabels(c *catalogue.Catalogue, expr parser.Node) []string {
	resolve := c.PromQLSeries
	return promql.NewLabels(func(vs *parser.VectorSelector) promql.LabelSet {
		return resolve(promql.SelectorName(vs)).Carries(targetLabel)
	}).Of(expr).Ordered()
}

// legendFormat is a Grafana legend built from label names: "{{op}} {{code}}".
// Repeated names are written once.
func legendFormat(names []string) string {
	var parts []string
	seen := map[string]bool{}
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			parts = append(parts, "{{"+n+"}}")
		}
	}
	return strings.Join(parts, " ")
}
