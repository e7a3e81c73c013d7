package lint

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/prometheus/prometheus/promql/parser"
)

// unknownMetric finds selectors of series nobody writes.
var unknownMetric = &Check{
	Code:     "unknown-metric",
	Severity: diag.Error,
	Docs: "A selector names a series that is neither a catalogue metric (or a histogram's or summary's _bucket, _sum or _count), " +
		"a recording rule's output nor a series Prometheus writes itself (up, scrape_*, ALERTS), so the query returns nothing: " +
		"a blank panel or an alert that can never fire.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			e.selectors(func(vs *parser.VectorSelector) {
				name := selectorName(vs)
				if name == "" {
					return
				}
				s := x.resolve(name)
				pos, n := e.Pos(vs), len(name)
				switch {
				case !s.known():
					r.at(pos, n, "%s is not a metric of the catalogue, a recording rule's output or a series Prometheus writes%s",
						name, hint(name, x.SeriesNames()))
				case s.metric != nil && s.suffix == "" && s.metric.Type == catalogue.Histogram:
					r.at(pos, n, "%s is a histogram: Prometheus stores it as %s_bucket, %s_sum and %s_count, and selects nothing by the family name",
						name, name, name, name)
				}
			})
		}
	},
}
