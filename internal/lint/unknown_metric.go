package lint

import (
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// unknownMetric finds selectors of series nobody writes.
var unknownMetric = &Check{
	Code:     "unknown-metric",
	Severity: diag.Error,
	Docs: "A selector names a series that is neither a catalogue metric (or a histogram's or summary's _bucket, _sum or _count), " +
		"a recording rule's output nor a series Prometheus writes itself (up, scrape_*, ALERTS), so the query returns nothing: " +
		"a blank panel or an alert that can never fire (a warning on one side of an or whose other side reads the catalogue, " +
		"`rate(old_name[5m]) or rate(new_name[5m])` as mixins read two versions of an exporter: the query still gives that side).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			for _, vs := range promql.Selectors(e.Root()) {
				name := promql.SelectorName(vs)
				if name == "" {
					continue
				}
				s := x.resolve(name)
				pos, n := e.Pos(vs), len(name)
				switch {
				case !s.known():
					if m := x.nativeBase(name); m != nil {
						r.at(pos, n, "%s is a native histogram: Prometheus stores it as one series named %s, without _bucket, _sum or _count "+
							"(histogram_quantile(0.99, rate(%s[5m])), histogram_count(rate(%s[5m])), histogram_sum(...)); set classic: true if the classic series are exposed too",
							m.Name, m.Name, m.Name, m.Name)
						continue
					}
					if f := promql.Fallback(e.Root(), vs, x.knows); f != nil {
						r.sev(diag.Warning, pos, n, "%s is not a metric of the catalogue, a recording rule's output or a series Prometheus writes: "+
							"this side of the or selects nothing, and the query gives what %s reads (if another version of the exporter "+
							"serves %s, declare it with optional: so that lint checks it)%s", name, f, name, hint(name, x.SeriesNames()))
						continue
					}
					if base, ok := strings.CutSuffix(name, "_bucket"); ok {
						if m, sfx, _ := x.C.Lookup(base); m != nil && sfx == "" && m.Type == catalogue.Summary {
							r.at(pos, n, "%s is a summary: Prometheus stores its quantiles as %s{quantile=\"...\"}, with %s_sum and %s_count, and no _bucket series "+
								"(histogram_quantile() reads a histogram's)", base, base, base, base)
							continue
						}
					}
					if g := x.C.VerifyIgnores(name); g != "" {
						// process_start_time_seconds, left out by the
						// process_* the README suggests importing with.
						r.at(pos, n, "%s is not a metric of the catalogue, a recording rule's output or a series Prometheus writes: "+
							"service.verify.ignore's %s leaves it out; declare it (obsgen import --file ... without that --ignore lists it) to use it", name, g)
						continue
					}
					r.at(pos, n, "%s is not a metric of the catalogue, a recording rule's output or a series Prometheus writes%s",
						name, hint(name, x.SeriesNames()))
				case s.metric != nil && s.suffix == "" && s.metric.ServesNoQuantiles():
					r.at(pos, n, "%s is a summary that serves no quantiles (quantiles: []): Prometheus stores only %s_sum and %s_count, "+
						"and selects nothing by the family name; its mean is rate(%s_sum[5m]) / rate(%s_count[5m])",
						name, name, name, name, name)
				case s.metric != nil && s.suffix == "" && s.metric.Type == catalogue.Histogram && !s.metric.Native:
					r.at(pos, n, "%s is a histogram: Prometheus stores it as %s_bucket, %s_sum and %s_count, and selects nothing by the family name",
						name, name, name, name)
				}
			}
		}
	},
}

// nativeBase returns the native histogram (without classic series) whose
// _bucket, _sum or _count name is given, or nil.
func (x *Context) nativeBase(name string) *catalogue.Metric {
	for _, suffix := range []string{"_bucket", "_sum", "_count"} {
		if base, ok := strings.CutSuffix(name, suffix); ok {
			if m, sfx, _ := x.C.Lookup(base); m != nil && sfx == "" && m.Type == catalogue.Histogram && !m.HasClassicSeries() {
				return m
			}
		}
	}
	return nil
}

// knows reports whether a series named name is stored: a catalogue
// metric's, a recording rule's output or one Prometheus writes (the
// matchers are not compared).
func (x *Context) knows(name string, _ *parser.VectorSelector) bool { return x.resolve(name).known() }
