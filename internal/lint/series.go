package lint

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// builtin is a series Prometheus writes itself rather than the service.
type builtin struct {
	// anyLabels is set when the series' labels depend on other rules
	// (ALERTS carries every label of every alert).
	anyLabels bool
}

// builtins are the series Prometheus makes for every scrape target and for
// alerting rules; all of them are gauges.
var builtins = map[string]builtin{
	"up":                                    {},
	"scrape_duration_seconds":               {},
	"scrape_samples_scraped":                {},
	"scrape_samples_post_metric_relabeling": {},
	"scrape_series_added":                   {},
	"scrape_timeout_seconds":                {},
	"scrape_sample_limit":                   {},
	"scrape_body_size_bytes":                {},
	"ALERTS":                                {anyLabels: true},
	"ALERTS_FOR_STATE":                      {anyLabels: true},
}

// series is what a selector's metric name resolves to.
type series struct {
	name string
	// metric is the catalogue's metric family, with suffix the part of the
	// name after it (_bucket, _sum, _count, or "").
	metric *catalogue.Metric
	suffix string
	// cat is the catalogue the metric belongs to: the one linted, or one
	// it uses (service.uses), named in from.
	cat  *catalogue.Catalogue
	from string
	// records are the recording rules that write the name.
	records []*catalogue.Rule
	builtin *builtin
}

// resolve looks a series name up: catalogue metrics and their histogram
// and summary series first, then recording rules, then Prometheus's own.
func (x *Context) resolve(name string) series {
	s := series{name: name}
	if name == "" {
		return s
	}
	if m, suffix, cat := x.C.Lookup(name); m != nil {
		s.metric, s.suffix, s.cat = m, suffix, cat
		if cat != x.C {
			s.from = cat.Service.Name
		}
		return s
	}
	if rs := x.records[name]; len(rs) > 0 {
		s.records = rs
		return s
	}
	if b, ok := builtins[name]; ok {
		s.builtin = &b
	}
	return s
}

// known reports whether the name resolved to anything.
func (s series) known() bool { return s.metric != nil || s.records != nil || s.builtin != nil }

// counter reports whether the series is a counter: a counter metric, a
// histogram's or summary's _bucket, _sum or _count, or a native histogram
// (which counts observations), unless the histogram or summary is a
// snapshot. An untyped metric is neither a counter nor a gauge: the
// catalogue does not claim its meaning.
func (s series) counter() bool { return s.metric != nil && s.metric.Counts(s.suffix) }

// native reports whether the series is a native histogram itself.
func (s series) native() bool {
	return s.metric != nil && s.suffix == "" && s.metric.Type == catalogue.Histogram && s.metric.Native
}

// origin names the catalogue a used catalogue's metric comes from, for
// messages: " (from catalogue node)"; "" for the linted catalogue's own.
func (s series) origin() string {
	if s.from == "" {
		return ""
	}
	return " (from catalogue " + s.from + ")"
}

// gauge reports whether the series is a gauge: a gauge metric, a
// summary's quantile series, any series of a snapshot histogram or
// summary, or one of Prometheus's own.
func (s series) gauge() bool {
	switch {
	case s.builtin != nil:
		return true
	case s.metric == nil:
		return false
	case s.metric.Snapshot:
		return true
	case s.suffix != "":
		return false
	}
	return s.metric.Type == catalogue.Gauge || s.metric.Type == catalogue.Summary
}

// describe names the series with its type, and the catalogue it comes
// from when it is a used one, for messages: "gauge x", "x_count (the
// _count series of histogram x)", "counter y (from catalogue node)".
func (s series) describe() string { return s.kind() + s.origin() }

// kind names the series with its type.
func (s series) kind() string {
	switch {
	case s.metric != nil && s.suffix != "" && s.metric.Snapshot:
		return s.name + " (the " + s.suffix + " series of snapshot " + s.metric.Type + " " + s.metric.Name + ", a level)"
	case s.metric != nil && s.suffix != "":
		return s.name + " (the " + s.suffix + " series of " + s.metric.Type + " " + s.metric.Name + ")"
	case s.native():
		return "native histogram " + s.name
	case s.metric != nil && s.metric.Type == catalogue.Summary:
		return s.name + " (the quantile series of summary " + s.name + ", gauges)"
	case s.metric != nil:
		return s.metric.Type + " " + s.name
	case s.builtin != nil:
		return "gauge " + s.name
	case s.records != nil:
		return "recorded series " + s.name
	}
	return s.name
}

// rangeArgSeries resolves the series a function call reads through its
// first argument, a range selector or a subquery over one (see
// unwrapRange); ok is false when the call has no such argument.
func (x *Context) rangeArgSeries(c *parser.Call) (series, bool) {
	if len(c.Args) == 0 {
		return series{}, false
	}
	vs := promql.RangeSelector(c.Args[0])
	if vs == nil {
		return series{}, false
	}
	return x.resolve(promql.SelectorName(vs)), true
}

// promql describes the series for promql's analyses: its family, or the
// unit its recording rules declare.
func (s series) promql() promql.Series {
	if s.metric != nil {
		return s.metric.PromQLSeries(s.suffix)
	}
	out := promql.Series{Recorded: s.records != nil}
	for _, r := range s.records {
		if r.Unit != "" {
			out.Unit = r.Unit
			break
		}
	}
	return out
}

// resolver resolves series names for promql's analyses.
func (x *Context) resolver(name string) promql.Series { return x.resolve(name).promql() }
