package lint

import (
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// unknownJob finds job matchers that name no scrape job of the catalogue.
var unknownJob = &Check{
	Code:     "unknown-job",
	Severity: diag.Error,
	Docs: "A job=\"x\" (or job=~\"...\") matcher selects no scrape job the catalogue declares for the series' service " +
		"(scrape targets, or the service name when it declares none), or only jobs of components that do not serve the metric " +
		"(its group's components), so the query selects nothing: job=\"nodes\" for job \"node\" (a metric that declares a job label " +
		"of its own and is scraped with honor_labels, a Pushgateway's pushed series, may carry any job its label declares).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			for _, vs := range promql.Selectors(e.Root()) {
				name := promql.SelectorName(vs)
				s := x.resolve(name)
				cat := s.cat
				switch {
				case s.metric != nil:
				case s.builtin != nil && !s.builtin.anyLabels:
					cat = x.C
				default:
					continue
				}
				for _, m := range vs.LabelMatchers {
					if m == nil || m.Name != "job" || m.Matches("") || promql.HasVariable(m.Value) {
						continue
					}
					jobs := jobNames(x, cat, s.builtin != nil)
					if matchesAny(m, jobs) {
						if s.metric != nil {
							wrongComponent(x, e, r, vs, m, cat, s.metric)
						}
						continue
					}
					if s.metric != nil && s.metric.HasLabel("job") && cat.HonoursLabels(s.metric) {
						// A pushed series keeps its pusher's job: any of
						// the values the job label declares (one outside
						// them is bad-label-value's to report, once), or,
						// when it declares none, any value at all.
						continue
					}
					why := hint(m.Value, jobs)
					if s.metric != nil && s.metric.HasLabel("job") && !cat.HonoursLabels(s.metric) {
						why = "; " + s.metric.Name + " declares a job of its own, which Prometheus stores as exported_job unless the scrape target that serves it sets honor_labels: true (a Pushgateway's)"
					}
					r.at(e.PosAt(e.matcherOffset(vs, m.Name)), len(m.Name), "%s selects no scrape job of %s (its jobs: %s), so %s selects nothing%s",
						m, serviceOf(cat), joinLabels(jobs), name, why)
				}
			}
		}
	},
}

// wrongComponent reports a job matcher that selects only jobs of
// components that do not serve the metric: probe_success{job="exporter"}
// where the exporter's job scrapes the blackbox exporter's own metrics
// and another job its probes.
func wrongComponent(x *Context, e *Expression, r *reporter, vs *parser.VectorSelector, m *labels.Matcher, cat *catalogue.Catalogue, metric *catalogue.Metric) {
	serving := cat.JobsExposing(metric)
	if len(serving) == 0 || matchesAny(m, serving) {
		return
	}
	r.at(e.PosAt(e.matcherOffset(vs, m.Name)), len(m.Name), "%s selects only jobs whose components do not serve %s (group %s is served by %s), so it selects nothing; the jobs that serve it: %s",
		m, metric.Name, metric.Group, strings.Join(cat.MetricGroupNamed(metric.Group).Components, ", "), joinLabels(serving))
}

// jobNames returns the jobs whose series a selector may read: the
// catalogue's own, and for Prometheus's own series (up) those of every
// catalogue the linted one uses too.
func jobNames(x *Context, cat *catalogue.Catalogue, builtin bool) []string {
	if !builtin {
		return cat.JobNames()
	}
	out := x.C.JobNames()
	for _, u := range x.C.Used {
		out = append(out, u.JobNames()...)
	}
	return out
}

// matchesAny reports whether m matches one of the values.
func matchesAny(m *labels.Matcher, values []string) bool {
	for _, v := range values {
		if m.Matches(v) {
			return true
		}
	}
	return false
}

// serviceOf names a catalogue for messages.
func serviceOf(c *catalogue.Catalogue) string { return "service " + c.Service.Name }
