package lint

import (
	"sort"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/prometheus/promql/parser"
)

// Context is what the checks share for one catalogue: its parsed
// expressions and the lookups they need, each built once.
type Context struct {
	// C is the catalogue being checked.
	C *catalogue.Catalogue
	// Exprs are the catalogue's expressions that parse, in spec order.
	Exprs []*Expression
	// Unparsed are the texts of the expressions that do not parse.
	Unparsed []string

	records     map[string][]*catalogue.Rule
	recordState map[string]int8
	recordSets  map[string]labelSet
	labelMemo   map[parser.Node]labelSet
	// scrapeLabels are the labels Prometheus attaches to every scraped
	// series of this service (job, instance, and the Kubernetes ones).
	scrapeLabels []string
	seriesNames  []string
}

// newContext collects and parses the expressions of c.
func newContext(c *catalogue.Catalogue) *Context {
	x := &Context{
		C:           c,
		records:     map[string][]*catalogue.Rule{},
		recordState: map[string]int8{},
		recordSets:  map[string]labelSet{},
		labelMemo:   map[parser.Node]labelSet{},
	}
	for _, r := range c.Records() {
		if r.Record != "" {
			x.records[r.Record] = append(x.records[r.Record], r)
		}
	}
	x.scrapeLabels = []string{"instance", "job"}
	if c.Scrape != nil {
		for _, t := range c.Scrape.Targets {
			if t.Kubernetes != nil {
				// What a ServiceMonitor's target labels add to every series.
				x.scrapeLabels = append(x.scrapeLabels, "container", "endpoint", "namespace", "pod", "service")
				break
			}
		}
	}
	x.Exprs, x.Unparsed = collect(c)
	return x
}

// SeriesNames returns every series name a selector may use: metrics and
// their histogram or summary series, recorded series and the series
// Prometheus writes itself, sorted. It is built on first use.
func (x *Context) SeriesNames() []string {
	if x.seriesNames != nil {
		return x.seriesNames
	}
	seen := map[string]bool{}
	for _, m := range x.C.Metrics() {
		seen[m.Name] = true
		switch m.Type {
		case catalogue.Histogram:
			seen[m.Name+"_bucket"], seen[m.Name+"_sum"], seen[m.Name+"_count"] = true, true, true
		case catalogue.Summary:
			seen[m.Name+"_sum"], seen[m.Name+"_count"] = true, true
		}
	}
	for name := range x.records {
		seen[name] = true
	}
	for name := range builtins {
		seen[name] = true
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	x.seriesNames = names
	return names
}

// written reports whether field of the struct written at p appears in the
// spec (even with a value validation rejected).
func written(x *Context, p catalogue.Pos, field string) bool {
	return x.C.At(p, field) != p
}
