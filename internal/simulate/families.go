package simulate

import (
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/prometheus/model/labels"
)

// families returns the metric families at t, sorted by name.
func (p *plan) families(t time.Time) []*dto.MetricFamily {
	up := max(0, t.Sub(Start).Seconds())
	moved := max(0, t.Sub(p.since).Seconds())
	var out []*dto.MetricFamily
	seen := map[string]bool{}
	for _, m := range p.c.Metrics() {
		if seen[m.Name] || p.absent[m.Name] {
			continue
		}
		seen[m.Name] = true
		// Served with the TYPE the exporter gives it (exposed_as), whatever
		// the catalogue knows it to be.
		mf := &dto.MetricFamily{Name: ptr(m.Name), Help: ptr(m.Help), Type: dtoType(m.Exposed())}
		for _, ls := range p.combos(m) {
			mf.Metric = append(mf.Metric, p.metric(m, ls, up, moved))
		}
		out = append(out, mf)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].GetName() < out[j].GetName() })
	return out
}

// metric is one series (or one histogram or summary) of m, up seconds
// after Start and moved seconds after the scenario began.
func (p *plan) metric(m *catalogue.Metric, ls labels.Labels, up, moved float64) *dto.Metric {
	out := exposedAs(p.unlabelled(m, p.partOf(m, ls), up, moved), m)
	ls.Range(func(l labels.Label) {
		out.Label = append(out.Label, &dto.LabelPair{Name: ptr(l.Name), Value: ptr(l.Value)})
	})
	return out
}

// unlabelled is the value of a series of m in part pt, up seconds after
// Start and moved seconds after the scenario began, without its labels:
// every series of a part reads the same.
func (p *plan) unlabelled(m *catalogue.Metric, pt part, up, moved float64) *dto.Metric {
	out := &dto.Metric{}
	switch m.Type {
	case catalogue.Counter:
		// Under its exported name, _total or not: the text format writes
		// a counter's name as it is. Not rounded to whole events: a slow
		// counter (one error in a thousand requests) would grow in bursts,
		// and a short rate() window would see a burst as a storm.
		v := p.grown(signal{m.Name, rateKind, pt}, up, moved)
		if c, ok := p.clockValue(m, pt, up); ok {
			v = c // an uptime counts seconds, one a second
		}
		out.Counter = &dto.Counter{Value: ptr(tidy(v))}
	case catalogue.Untyped:
		v := p.sig[signal{m.Name, levelKind, pt}] + p.grown(signal{m.Name, rateKind, pt}, up, moved) + p.sig[signal{m.Name, slopeKind, pt}]*moved
		if c, ok := p.clockValue(m, pt, up); ok {
			v = c
		}
		out.Untyped = &dto.Untyped{Value: ptr(tidy(v))}
	case catalogue.Histogram:
		o := p.observations(m, pt, up, moved)
		count := o.count()
		h := &dto.Histogram{SampleCount: ptr(uint64(count)), SampleSum: ptr(tidy(o.sum()))}
		if nativeOnly(m) {
			// The text format cannot carry native buckets: a native
			// histogram is served as a histogram family with its sum,
			// its count and the +Inf bucket alone.
			h.Bucket = []*dto.Bucket{{UpperBound: ptr(math.Inf(1)), CumulativeCount: ptr(uint64(count))}}
			out.Histogram = h
			break
		}
		for _, le := range buckets(m) {
			h.Bucket = append(h.Bucket, &dto.Bucket{
				UpperBound:      ptr(le),
				CumulativeCount: ptr(uint64(o.below(le))),
			})
		}
		out.Histogram = h
	case catalogue.Summary:
		obs := p.sig[signal{m.Name, observeKind, normalPart}]
		o := p.observations(m, pt, up, moved)
		s := &dto.Summary{SampleCount: ptr(uint64(o.count())), SampleSum: ptr(tidy(o.sum()))}
		for _, q := range quantiles(m) {
			s.Quantile = append(s.Quantile, &dto.Quantile{Quantile: ptr(q), Value: ptr(tidy(exactQuantile(obs, promql.Phi(q))))})
		}
		out.Summary = s
	default:
		v := p.sig[signal{m.Name, levelKind, pt}] + p.sig[signal{m.Name, slopeKind, pt}]*moved
		if c, ok := p.clockValue(m, pt, up); ok {
			v = c
		}
		out.Gauge = &dto.Gauge{Value: ptr(tidy(v))}
	}
	return out
}

// grown is how far a total growing at signal s's rate has come up seconds
// after Start: at the healthy rate until the scenario began, moved seconds
// ago, and at the scenario's since, so that a scenario switched on under a
// running Prometheus carries every counter on from where the healthy
// service left it (a Varnish trial's dropped sessions leapt from 0 to 66
// million, and the alert on their increase fired early with that).
func (p *plan) grown(s signal, up, moved float64) float64 {
	base, ok := p.base[s]
	if !ok {
		return p.sig[s] * up
	}
	return base*(up-moved) + p.sig[s]*moved
}

// observations is what a histogram or summary observed: before of a
// typical value until the scenario began and since of another, when
// continued; else since, all of one value.
type observations struct {
	before, since       float64
	beforeObs, sinceObs float64
	continued           bool
}

// observations returns what a histogram or summary of m holds up seconds
// after Start, moved after the scenario began; a snapshot's, rebuilt at
// every scrape from what exists then, is its level.
func (p *plan) observations(m *catalogue.Metric, pt part, up, moved float64) observations {
	obs := signal{m.Name, observeKind, normalPart}
	if m.Snapshot {
		return observations{since: p.sig[signal{m.Name, levelKind, pt}], beforeObs: p.sig[obs], sinceObs: p.sig[obs]}
	}
	rate := signal{m.Name, rateKind, pt}
	base, ok := p.base[rate]
	if !ok {
		return observations{since: p.sig[rate] * up, beforeObs: p.sig[obs], sinceObs: p.sig[obs]}
	}
	return observations{before: base * (up - moved), since: p.sig[rate] * moved, beforeObs: p.base[obs], sinceObs: p.sig[obs], continued: true}
}

// count is how many observations there are, whole.
func (o observations) count() float64 { return math.Floor(o.before + o.since) }

// sum is the sum of the observations: of a whole count of one value, or
// of each part.
func (o observations) sum() float64 {
	if !o.continued {
		return o.count() * mean(o.sinceObs)
	}
	return o.before*mean(o.beforeObs) + o.since*mean(o.sinceObs)
}

// below is how many observations are at most le, whole.
func (o observations) below(le float64) float64 {
	if !o.continued {
		return math.Floor(o.count() * cumulative(o.sinceObs, le))
	}
	return math.Floor(o.before*cumulative(o.beforeObs, le) + o.since*cumulative(o.sinceObs, le))
}

// exposedAs moves the value of a counter, gauge or untyped series into the
// field of the type the exporter serves it as (m.Exposed): a counter
// served untyped still counts, under an untyped TYPE.
func exposedAs(out *dto.Metric, m *catalogue.Metric) *dto.Metric {
	if m.ExposedAs == "" || m.ExposedAs == m.Type {
		return out
	}
	var v *float64
	switch {
	case out.Counter != nil:
		v = out.Counter.Value
	case out.Gauge != nil:
		v = out.Gauge.Value
	case out.Untyped != nil:
		v = out.Untyped.Value
	default:
		return out
	}
	out.Counter, out.Gauge, out.Untyped = nil, nil, nil
	switch m.ExposedAs {
	case catalogue.Counter:
		out.Counter = &dto.Counter{Value: v}
	case catalogue.Gauge:
		out.Gauge = &dto.Gauge{Value: v}
	default:
		out.Untyped = &dto.Untyped{Value: v}
	}
	return out
}

func dtoType(t string) *dto.MetricType {
	switch t {
	case catalogue.Counter:
		return dto.MetricType_COUNTER.Enum()
	case catalogue.Untyped:
		return dto.MetricType_UNTYPED.Enum()
	case catalogue.Histogram:
		return dto.MetricType_HISTOGRAM.Enum()
	case catalogue.Summary:
		return dto.MetricType_SUMMARY.Enum()
	}
	return dto.MetricType_GAUGE.Enum()
}

// tidy rounds v to 12 significant digits, dropping the binary noise of
// products such as 0.0425 × count from the exposition. A whole number of
// at most 12 digits has none: it is its own rounding.
func tidy(v float64) float64 {
	if v == math.Trunc(v) && math.Abs(v) < 1e12 {
		return v
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}

func ptr[T any](v T) *T { return &v }

// nativeOnly reports whether m is a native histogram without the classic
// _bucket series beside it.
func nativeOnly(m *catalogue.Metric) bool {
	return m.Type == catalogue.Histogram && m.Native && !m.Classic
}
