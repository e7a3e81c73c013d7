package lint

import (
	"sort"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
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
	recordSets  map[string]promql.LabelSet
	// labels is the label analysis of every expression (labelsOf).
	labels *promql.Labels
	// scrapeLabels are the target labels of every scraped series, by
	// catalogue: job, instance, the Kubernetes ones, each job's declared
	// target labels and the organisation's external labels.
	scrapeLabels map[*catalogue.Catalogue][]string
	seriesNames  []string
	// known holds every label some series of the catalogue may carry.
	known map[string]bool
	// alertSets holds the labels each alert carries (alertLabels).
	alertSets map[*catalogue.Rule]promql.LabelSet
}

// newContext collects and parses the expressions of c.
func newContext(c *catalogue.Catalogue) *Context {
	x := &Context{
		C:           c,
		records:     map[string][]*catalogue.Rule{},
		recordState: map[string]int8{},
		recordSets:  map[string]promql.LabelSet{},
	}
	for _, r := range c.Records() {
		if r.Record != "" {
			x.records[r.Record] = append(x.records[r.Record], r)
		}
	}
	x.scrapeLabels = map[*catalogue.Catalogue][]string{}
	x.Exprs, x.Unparsed = collect(c)
	return x
}

// targetLabels returns the target labels every series scraped for cat
// carries (the linted catalogue when cat is nil). Series Prometheus writes
// itself (up, scrape_*) carry those of the linted catalogue.
func (x *Context) targetLabels(cat *catalogue.Catalogue) []string {
	if cat == nil {
		cat = x.C
	}
	if ls, ok := x.scrapeLabels[cat]; ok {
		return ls
	}
	ls := cat.TargetLabels()
	if cat != x.C && cat.Organisation == nil {
		// A used catalogue is scraped by the same Prometheus servers.
		for _, l := range x.C.ExternalLabels() {
			ls = append(ls, l.Name)
		}
	}
	x.scrapeLabels[cat] = ls
	return ls
}

// SeriesNames returns every series name a selector may use: metrics and
// their histogram or summary series, recorded series and the series
// Prometheus writes itself, sorted. It is built on first use.
func (x *Context) SeriesNames() []string {
	if x.seriesNames != nil {
		return x.seriesNames
	}
	seen := map[string]bool{}
	cats := append([]*catalogue.Catalogue{x.C}, x.C.Used...)
	for _, c := range cats {
		for _, m := range c.Metrics() {
			seen[m.Name] = true
			switch {
			case !m.HasClassicSeries():
			case m.Type == catalogue.Histogram:
				seen[m.Name+"_bucket"], seen[m.Name+"_sum"], seen[m.Name+"_count"] = true, true, true
			case m.Type == catalogue.Summary:
				seen[m.Name+"_sum"], seen[m.Name+"_count"] = true, true
			}
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
