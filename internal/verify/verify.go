// Package verify compares a service's /metrics exposition (live or saved)
// with its catalogue: documented metrics that are absent, exposed metrics
// nobody documented, and, for each metric both know, its type, labels,
// label values, HELP text and histogram buckets. Findings are diagnostics
// positioned in the spec (about a catalogue metric) or in the exposition
// (about an exposed family); coverage says how much of each side the other
// accounts for.
package verify

import (
	"strings"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/words"
)

// Options tune a comparison.
type Options struct {
	// Ignore are globs of exposed families not to report as undocumented,
	// in addition to the catalogue's service.verify.ignore.
	Ignore []string
	// Component, when set, limits the documented metrics expected to the
	// groups that component exposes (groups without components count for
	// every component).
	Component string
	// At is when the exposition was scraped, for alerts that compare a
	// series with time(); zero for a saved one, whose alerts on time()
	// are not judged.
	At time.Time
	// Instance is the instance label of the scraped target.
	Instance string
}

// Result is the outcome of a comparison.
type Result struct {
	// Diags are the findings, sorted.
	Diags    diag.List
	Coverage Coverage
}

// Verify compares exposition e with catalogue c.
func Verify(c *catalogue.Catalogue, e *exposition.Exposition, opts Options) Result {
	r := &run{c: c, e: e, matched: map[string]bool{}, nearMiss: map[string]bool{}, up: downUp(c, e)}
	r.ignore = append(append([]string(nil), opts.Ignore...), serviceIgnore(c)...)
	for _, m := range c.Metrics() {
		if !c.ExposedBy(m, opts.Component) {
			// Documented for another component: not expected here, but
			// not undocumented if it shows up.
			if f := e.Family(m.Name); f != nil {
				r.matched[f.Name] = true
			}
			continue
		}
		f := r.match(m)
		if f == nil {
			continue
		}
		r.compare(m, f)
	}
	r.serviceDown()
	r.undocumented()
	instance := opts.Instance
	if instance == "" {
		instance = "localhost"
	}
	r.holding(opts.At, instance)
	return Result{Diags: r.diags.Sort(), Coverage: r.cov}
}

// run carries one comparison's state.
type run struct {
	c      *catalogue.Catalogue
	e      *exposition.Exposition
	ignore []string
	// matched holds the exposed families some catalogue metric accounts for.
	matched map[string]bool
	// nearMiss holds the exposed families an absent-metric error already
	// names as what the catalogue should have recorded.
	nearMiss map[string]bool
	diags    diag.List
	cov      Coverage
	// served holds the labels some exposed series of a namespace carries.
	served map[servedLabel]bool
	// down counts the families absent because the exporter's up gauge
	// is 0.
	down int
	// up is the exporter's up gauge when the exposition serves it at 0
	// (downUp).
	up *catalogue.Metric
}

// downUp returns the catalogue's exporter-up gauge (memcached_up,
// squid_up) when the exposition serves it, and only at 0: the exporter
// could not reach its service. nil otherwise.
func downUp(c *catalogue.Catalogue, e *exposition.Exposition) *catalogue.Metric {
	m := c.ExporterUp()
	if m == nil {
		return nil
	}
	if f := e.Family(m.Name); f != nil && f.AllZero() {
		return m
	}
	return nil
}

// serviceDown reports, once, that the exporter could not reach its
// service, with how many documented families are absent for it: the
// cause, where each absence is an info.
func (r *run) serviceDown() {
	if r.down == 0 {
		return
	}
	r.metricf(diag.Error, r.up, "service-down", "%s is 0: the exporter could not reach its service, so %s absent (each an info); verify again with the service up",
		r.up.Name, words.IsAre(words.Count(r.down, "documented family of the service", "documented families of the service")))
}

// serviceIgnore returns the spec's service.verify.ignore globs.
func serviceIgnore(c *catalogue.Catalogue) []string {
	if c.Service.Verify == nil {
		return nil
	}
	return c.Service.Verify.Ignore
}

// metricf reports a finding about catalogue metric m at its name in the
// spec, underlining the name.
func (r *run) metricf(sev diag.Severity, m *catalogue.Metric, code, format string, args ...any) {
	r.diags.Add(r.c.At(m.Pos, "name"), sev, code, format, args...)
	r.diags[len(r.diags)-1].Len = len(m.Name)
}

// familyf reports a finding about exposed family f where the exposition
// names it, underlining the name.
func (r *run) familyf(sev diag.Severity, f *exposition.Family, code, format string, args ...any) {
	r.diags.Add(diag.Pos{File: r.e.Name, Line: max(f.Line, 1), Col: max(f.Col, 1)}, sev, code, format, args...)
	r.diags[len(r.diags)-1].Len = f.Len
}

// match finds the exposed family of catalogue metric m, counts m in the
// coverage and reports it absent when there is none. Names match exactly:
// Prometheus stores the name the exposition gives, so a catalogue name that
// differs (x_total documented, x exposed) is a query on a dead series. The
// one exception is an OpenMetrics counter family x, whose samples, and so
// the series Prometheus stores, are x_total: it matches x_total silently
// and x with a warning. An absent metric the catalogue marks optional is
// an info and does not count as expected.
func (r *run) match(m *catalogue.Metric) *exposition.Family {
	if f := r.e.Family(m.Name); f != nil {
		r.found(f)
		return f
	}
	if f := r.openMetricsCounter(m); f != nil {
		r.found(f)
		r.metricf(diag.Warning, m, "openmetrics-counter-name",
			"%s is an OpenMetrics counter family whose samples are %s: that is the name Prometheus stores when it scrapes OpenMetrics (its default when the target offers it), and queries on %s find nothing; record the metric as %s (keep %s only for a target Prometheus scrapes in the text format)",
			m.Name, f.Name, m.Name, f.Name, m.Name)
		return f
	}
	if f := r.totalNearMiss(m); f != nil {
		r.cov.Documented++
		r.nearMiss[f.Name] = true
		r.metricf(diag.Error, m, "absent-metric",
			"%s %s is documented but not exposed; the exposition has %s %s. Prometheus stores the name the exposition gives, so every query on %s reads a series that does not exist: the catalogue must record the exported name %s",
			m.Type, m.Name, f.Type, f.Name, m.Name, f.Name)
		return nil
	}
	if opt := r.c.Availability(m); opt != nil {
		r.cov.OptionalAbsent++
		r.metricf(diag.Info, m, "absent-optional", "%s %s is not exposed, and is optional: %s", m.Type, m.Name, opt.Describe())
		return nil
	}
	if m.HasLabel("job") {
		// A Pushgateway serves a group while it is pushed: deleted, or
		// not pushed since the Pushgateway restarted, it is gone, however
		// Prometheus scrapes it.
		r.cov.OptionalAbsent++
		r.metricf(diag.Info, m, "absent-pushed", "%s %s is not exposed: it carries a job of its own, a pusher's, and a Pushgateway serves a group only while it is pushed (not after it is deleted, nor after a restart until the next push)", m.Type, m.Name)
		return nil
	}
	if up := r.up; up != nil && !catalogue.IsExportersOwn(m.Name) {
		// A consequence: serviceDown reports the cause once.
		r.cov.Documented++
		r.cov.ServiceDown++
		r.down++
		r.metricf(diag.Info, m, "absent-metric", "%s %s is not exposed: %s is 0, and an exporter that cannot reach its service serves none of its families", m.Type, m.Name, up.Name)
		return nil
	}
	if l := r.unservedLabel(m); l != "" {
		// Not a wrong name: the service has no series of that label yet.
		r.cov.Documented++
		r.cov.NoSeriesYet++
		r.metricf(diag.Warning, m, "absent-metric",
			"%s %s is not exposed, nor is any series of %s_* with label %s: a family split by a label is served once one of its series exists (memcached's per-slab families once a slab class holds an item), so the service may have none yet rather than another name for it; verify again once it has (or, if only a collector, flag or platform this exporter runs without serves it, declare it optional:)",
			m.Type, m.Name, catalogue.Namespace(m.Name), l)
		return nil
	}
	r.cov.Documented++
	r.metricf(diag.Error, m, "absent-metric", "%s %s is documented but not exposed%s", m.Type, m.Name, r.absentHint(m))
	return nil
}

// unservedLabel returns a label of metric m that no exposed series of its
// namespace (the first word of its name) carries ("" when every one is
// served, or m has none): client libraries serve no series of a family
// split by a label until one exists, so a whole dimension can be missing
// from a service that has just started. Another namespace's series say
// nothing of it: every Go exporter serves
// promhttp_metric_handler_requests_total{code}, while
// postfix_smtpd_messages_rejected_total{code} waits for its first reject.
func (r *run) unservedLabel(m *catalogue.Metric) string {
	if r.served == nil {
		r.served = map[servedLabel]bool{}
		for _, f := range r.e.Families {
			ns := catalogue.Namespace(f.Name)
			for _, s := range f.Series {
				for _, l := range s.Labels {
					r.served[servedLabel{ns, l.Name}] = true
				}
			}
		}
	}
	ns := catalogue.Namespace(m.Name)
	for _, l := range m.Labels {
		if !r.served[servedLabel{ns, l}] {
			return l
		}
	}
	return ""
}

// servedLabel is a label some exposed series of a namespace carries.
type servedLabel struct{ namespace, label string }

// found counts a documented metric present as exposed family f.
func (r *run) found(f *exposition.Family) {
	r.matched[f.Name] = true
	r.cov.Documented++
	r.cov.DocumentedPresent++
}

// openMetricsCounter returns the family of an OpenMetrics counter written
// as m.Name (its samples m.Name_total) when the catalogue names the
// counter by the family name.
func (r *run) openMetricsCounter(m *catalogue.Metric) *exposition.Family {
	if r.e.Format != exposition.OpenMetrics || m.Type != catalogue.Counter || strings.HasSuffix(m.Name, "_total") {
		return nil
	}
	if f := r.e.Family(m.Name + "_total"); f != nil && f.Type == catalogue.Counter {
		return f
	}
	return nil
}

// totalNearMiss returns the exposed family that differs from catalogue
// metric m only by a _total suffix: x exposed for a documented x_total, or
// the reverse.
func (r *run) totalNearMiss(m *catalogue.Metric) *exposition.Family {
	if base, ok := strings.CutSuffix(m.Name, "_total"); ok {
		return r.e.Family(base)
	}
	return r.e.Family(m.Name + "_total")
}

// absentHint names an exposed family that looks like the absent metric:
// the same name under a histogram's or summary's series suffix, say.
func (r *run) absentHint(m *catalogue.Metric) string {
	for _, suffix := range []string{"_bucket", "_sum", "_count"} {
		if f := r.e.Family(m.Name + suffix); f != nil {
			return " (the exposition has " + f.Type + " " + f.Name + ")"
		}
		if base, ok := strings.CutSuffix(m.Name, suffix); ok {
			if f := r.e.Family(base); f != nil {
				return " (the exposition has " + f.Type + " " + f.Name + ")"
			}
		}
	}
	return " (if only a collector, flag or platform this exporter runs without serves it, declare it optional:)"
}
