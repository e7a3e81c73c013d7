package verify

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/ruletest"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
)

// holding reports, as warnings, the alerts whose condition holds on the
// exposition as Prometheus would store this one scrape of it: an adopted
// rule that fires on a healthy service (the mysqld-mixin's Galera alert on
// a MariaDB without Galera, which serves wsrep_ready 0) is found before it
// pages anyone. Only alerts reading nothing but what the exposition serves
// (and up, and recorded series) and no rate or change are judged, so what
// this sees are levels: a gauge past a threshold, a flag at 0. Alerts that
// call time() are judged only for a live scrape (at set).
func (r *run) holding(at time.Time, instance string) {
	evalAt := at
	if evalAt.IsZero() {
		evalAt = time.Unix(0, 0)
	}
	series, values := r.scrape(instance)
	served := func(name string) bool {
		if name == "up" || len(r.c.RecordsNamed(name)) > 0 {
			return true
		}
		if f := r.e.Family(name); f != nil {
			return f.Type == catalogue.Counter || f.Type == catalogue.Gauge || f.Type == exposition.Untyped
		}
		// A histogram's or summary's _count; its buckets and _sum are
		// not kept.
		f := r.e.Family(strings.TrimSuffix(name, "_count"))
		return strings.HasSuffix(name, "_count") && f != nil
	}
	skip := func(rule *catalogue.Rule, p *promql.Parsed) bool {
		if rule.SLO != nil {
			return true // burn rates over days: nothing one scrape tells
		}
		for _, name := range promql.SelectorNames(p.Expr) {
			if !served(name) {
				return true
			}
		}
		for _, call := range promql.Calls(p.Expr) {
			if call.Func.Name == "time" && at.IsZero() || needsTwoSamples[call.Func.Name] {
				return true
			}
		}
		return false
	}
	held, err := ruletest.HoldingOn(r.c, series, values, evalAt, skip)
	if err != nil {
		return
	}
	for _, h := range held {
		wait := ""
		if h.Rule.For > 0 {
			wait = fmt.Sprintf("; held for %s, it fires", h.Rule.For)
		}
		more := ""
		if h.Count > 1 {
			more = fmt.Sprintf(" (and %d more series)", h.Count-1)
		}
		r.diags.Add(r.c.At(h.Rule.Pos, "alert"), diag.Warning, "alert-holds",
			"alert %s's condition holds on this exposition: %s is %s%s%s (an adopted rule that fires on this service as it is, or the service is in trouble now)",
			r.c.VariantName(h.Rule), seriesText(h.Series), formatValue(h.Value), more, wait)
		r.diags[len(r.diags)-1].Len = len(h.Rule.Alert)
	}
}

// needsTwoSamples are the functions that read nothing, or nothing true,
// from one scrape: a rate, a change, a trend. An alert that calls one is
// not judged, since what one scrape gives it (no rate at all, which
// absent() or `or vector(0)` turn into a result; no change) is not what
// Prometheus, holding minutes of samples, computes.
var needsTwoSamples = map[string]bool{
	"rate": true, "irate": true, "increase": true, "delta": true, "idelta": true, "deriv": true,
	"predict_linear": true, "changes": true, "resets": true, "holt_winters": true, "double_exponential_smoothing": true,
}

// scrape returns the exposition's series as Prometheus stores one scrape
// of it: each with the job of the catalogue that serves its metric and
// the instance scraped (a series' own job and instance kept where its
// scrape target honours them, else renamed exported_job and
// exported_instance), up 1 for each job; counters and gauges at their
// values, a histogram or summary by its _count.
func (r *run) scrape(instance string) ([]labels.Labels, []float64) {
	var series []labels.Labels
	var values []float64
	jobs := map[string]bool{}
	b := labels.NewBuilder(labels.EmptyLabels())
	for _, f := range r.e.Families {
		name, value := f.Name, func(s exposition.Series) float64 { return s.Events }
		switch f.Type {
		case catalogue.Gauge:
			value = func(s exposition.Series) float64 { return s.Level }
		case catalogue.Histogram, catalogue.Summary:
			name += "_count"
		case exposition.GaugeHistogram:
			name += "_gcount" // as Prometheus stores an OpenMetrics gauge histogram's count
		}
		job, honour := r.jobOf(f.Name)
		jobs[job] = true
		for _, s := range f.Series {
			b.Reset(labels.EmptyLabels())
			for _, l := range s.Labels {
				if (l.Name == "job" || l.Name == "instance") && !honour {
					b.Set("exported_"+l.Name, l.Value)
					continue
				}
				b.Set(l.Name, l.Value)
			}
			b.Set(model.MetricNameLabel, name)
			if _, own := s.Label("job"); !own || !honour {
				b.Set("job", job)
			}
			if _, own := s.Label("instance"); !own || !honour {
				b.Set("instance", instance)
			}
			series = append(series, b.Labels())
			values = append(values, value(s))
		}
	}
	for job := range jobs {
		series = append(series, labels.FromStrings(model.MetricNameLabel, "up", "job", job, "instance", instance))
		values = append(values, 1)
	}
	return series, values
}

// jobOf returns the job that scrapes the family called name (the first of
// the catalogue's jobs serving the metric, else its first job) and whether
// that job honours the labels its series carry.
func (r *run) jobOf(name string) (string, bool) {
	jobs := r.c.JobNames()
	m := r.c.Metric(name)
	if m != nil {
		if serving := r.c.JobsExposing(m); len(serving) > 0 {
			jobs = serving
		}
	}
	job := r.c.Service.Name
	if len(jobs) > 0 {
		job = jobs[0]
	}
	return job, m != nil && r.c.HonoursLabels(m)
}

// seriesText writes a series as PromQL selects it.
func seriesText(ls labels.Labels) string {
	name := ls.Get(model.MetricNameLabel)
	var pairs []string
	ls.Range(func(l labels.Label) {
		if l.Name != model.MetricNameLabel && l.Name != "job" && l.Name != "instance" {
			pairs = append(pairs, l.Name+"="+strconv.Quote(l.Value))
		}
	})
	if name == "" {
		name = "the result"
	}
	if len(pairs) == 0 {
		return name
	}
	return name + "{" + strings.Join(pairs, ", ") + "}"
}

// formatValue writes a sample value as Prometheus prints it.
func formatValue(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
