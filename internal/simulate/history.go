package simulate

import (
	"context"
	"math"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/tsdb/chunkenc"
	"github.com/prometheus/prometheus/util/annotations"
)

// History is what a Prometheus scraping the healthy simulator would hold:
// every series of the catalogue, with the target's labels, sampled every
// step over a stretch of time, as a read-only Prometheus storage. A
// family's series are worked out the first time a query selects it, so a
// query pays only for what it reads. It is safe for concurrent use.
//
// Histograms and summaries are stored as their classic series (_bucket
// with le, quantile series, _sum, _count), as a scrape of the text
// exposition stores them.
type History struct {
	p      *plan
	target labels.Labels
	times  []int64 // milliseconds since the epoch

	mu       sync.Mutex
	families map[string]*family // by family name
	extra    map[string][]storage.Series
	// extraBy holds the added series by name and then by each label and
	// value they carry ("label\xffvalue"): every SLO's recording rules
	// record the same names, and a query of one SLO's series would
	// otherwise match each SLO's.
	extraBy map[string]map[string][]storage.Series
}

// family is the stored series of one catalogue metric, by series name.
type family struct {
	once   sync.Once
	series map[string][]storage.Series
}

// NewHistory samples the healthy simulator every step from..to (times
// after Start), each series carrying the target labels (job, instance).
func NewHistory(c *catalogue.Catalogue, target labels.Labels, from, to time.Time, step time.Duration) (*History, error) {
	p, err := newPlan(c, nil)
	if err != nil {
		return nil, err
	}
	h := &History{p: p, target: target, families: map[string]*family{}, extra: map[string][]storage.Series{}, extraBy: map[string]map[string][]storage.Series{}}
	for t := from; !t.After(to); t = t.Add(step) {
		h.times = append(h.times, t.UnixMilli())
	}
	return h, nil
}

// Add stores further series under their metric name, such as the output
// of a recording rule evaluated over the history.
func (h *History) Add(series ...storage.Series) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, s := range series {
		name := s.Labels().Get(model.MetricNameLabel)
		h.extra[name] = append(h.extra[name], s)
		by := h.extraBy[name]
		if by == nil {
			by = map[string][]storage.Series{}
			h.extraBy[name] = by
		}
		s.Labels().Range(func(l labels.Label) {
			if l.Name != model.MetricNameLabel {
				by[l.Name+"\xff"+l.Value] = append(by[l.Name+"\xff"+l.Value], s)
			}
		})
	}
}

// Querier implements storage.Queryable.
func (h *History) Querier(_, _ int64) (storage.Querier, error) { return querier{h}, nil }

// selectName returns the stored series of one series name, or some of
// them that hold all those the matchers select.
func (h *History) selectName(name string, ms []*labels.Matcher) []storage.Series {
	h.mu.Lock()
	extra := h.extra[name]
	for _, m := range ms {
		if m.Type == labels.MatchEqual && m.Value != "" && m.Name != model.MetricNameLabel {
			if some := h.extraBy[name][m.Name+"\xff"+m.Value]; len(some) < len(extra) {
				extra = some
			}
		}
	}
	m, _ := h.p.c.Series(name)
	var f *family
	if m != nil && !h.p.absent[m.Name] {
		f = h.families[m.Name]
		if f == nil {
			f = &family{}
			h.families[m.Name] = f
		}
	}
	h.mu.Unlock()
	if f == nil {
		return extra
	}
	f.once.Do(func() { f.series = h.sample(m) })
	return append(slices.Clip(f.series[name]), extra...)
}

// Selected returns the stored series the matchers of a selector select,
// sorted by their labels: what a query reads of the selector.
func (h *History) Selected(ms []*labels.Matcher) []storage.Series {
	var names []string
	for _, m := range ms {
		if m.Name == model.MetricNameLabel && m.Type == labels.MatchEqual {
			names = []string{m.Value}
			break
		}
	}
	if names == nil {
		names = h.names()
	}
	var out []storage.Series
	for _, name := range names {
		for _, s := range h.selectName(name, ms) {
			if promql.Selects(ms, s.Labels()) {
				out = append(out, s)
			}
		}
	}
	slices.SortFunc(out, func(a, b storage.Series) int { return labels.Compare(a.Labels(), b.Labels()) })
	return out
}

// Forget drops the stored series of the named metric families: a query
// that selects one of them again has it worked out again, to the same
// values. The dashboard previews forget a family once no preview left to
// draw reads it, so that the history of a large catalogue is not held
// whole.
func (h *History) Forget(families ...string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, name := range families {
		delete(h.families, name)
	}
}

// names are every series name a query may select: each family's series
// and the added ones.
func (h *History) names() []string {
	var out []string
	for _, m := range h.p.c.Metrics() {
		out = append(out, m.Name)
		switch m.Type {
		case catalogue.Histogram:
			out = append(out, m.Name+"_bucket", m.Name+"_sum", m.Name+"_count")
		case catalogue.Summary:
			out = append(out, m.Name+"_sum", m.Name+"_count")
		}
	}
	h.mu.Lock()
	for name := range h.extra {
		out = append(out, name)
	}
	h.mu.Unlock()
	slices.Sort(out)
	return slices.Compact(out)
}

// sample works out every series of metric m at every time, by series name.
// A metric's values depend on its series' part alone (troubled or not),
// so each part's series (names, extra labels and values) are worked out
// once and shared by its label sets.
func (h *History) sample(m *catalogue.Metric) map[string][]storage.Series {
	byPart := map[part]*partSeries{}
	out := map[string][]storage.Series{}
	target := h.targetOf(m)
	b := labels.NewBuilder(target)
	for _, ls := range h.p.combos(m) {
		pt := h.p.partOf(m, ls)
		ps := byPart[pt]
		if ps == nil {
			ps = h.partSeries(m, pt)
			byPart[pt] = ps
		}
		b.Reset(target)
		ls.Range(func(l labels.Label) { b.Set(l.Name, l.Value) })
		base := b.Labels()
		for j, s := range ps.flats {
			b.Reset(base)
			for i := 0; i+1 < len(s.extra); i += 2 {
				b.Set(s.extra[i], s.extra[i+1])
			}
			name := m.Name + s.suffix
			b.Set(model.MetricNameLabel, name)
			out[name] = append(out[name], &series{labels: b.Labels(), times: h.times, values: ps.values[j]})
		}
	}
	return out
}

// partSeries are the stored series of one part of a metric, whatever
// their labels: each one's name suffix and extra label, and its value at
// every time.
type partSeries struct {
	flats  []flat
	values [][]float64
}

// partSeries works out the series of metric m's part pt at every time.
func (h *History) partSeries(m *catalogue.Metric, pt part) *partSeries {
	// The series' names and extra labels, from one exposition.
	ps := &partSeries{flats: flatten(h.p.unlabelled(m, pt, 0, 0))}
	fv := newFlatValues(h.p, m, pt)
	var vals [][]float64
	var at []float64
	for ti, t := range h.times {
		up := math.Max(0, time.UnixMilli(t).UTC().Sub(Start).Seconds())
		// A healthy plan moves no gauge: no slope, nothing moved.
		at = fv.at(at[:0], up, 0)
		for j, v := range at {
			if ti == 0 {
				vals = append(vals, make([]float64, len(h.times)))
			}
			if j < len(vals) {
				vals[j][ti] = v
			}
		}
	}
	ps.flats = ps.flats[:min(len(ps.flats), len(vals))]
	ps.values = vals
	return ps
}

// flat is one stored series of a scraped metric: the suffix of its name,
// an extra label (le, quantile) and its value.
type flat struct {
	suffix string
	extra  []string
	value  float64
}

// flatten turns one exposed metric into the series a scrape stores.
func flatten(d *dto.Metric) []flat {
	switch {
	case d.Counter != nil:
		return []flat{{value: d.Counter.GetValue()}}
	case d.Gauge != nil:
		return []flat{{value: d.Gauge.GetValue()}}
	case d.Untyped != nil:
		return []flat{{value: d.Untyped.GetValue()}}
	case d.Histogram != nil:
		out := make([]flat, 0, len(d.Histogram.Bucket)+3)
		inf := false
		for _, b := range d.Histogram.Bucket {
			inf = inf || math.IsInf(b.GetUpperBound(), 1)
			out = append(out, flat{"_bucket", []string{"le", formatBound(b.GetUpperBound())}, float64(b.GetCumulativeCount())})
		}
		if !inf {
			out = append(out, flat{"_bucket", []string{"le", "+Inf"}, float64(d.Histogram.GetSampleCount())})
		}
		return append(out, flat{"_sum", nil, d.Histogram.GetSampleSum()}, flat{"_count", nil, float64(d.Histogram.GetSampleCount())})
	case d.Summary != nil:
		out := make([]flat, 0, len(d.Summary.Quantile)+2)
		for _, q := range d.Summary.Quantile {
			out = append(out, flat{"", []string{"quantile", formatBound(q.GetQuantile())}, q.GetValue()})
		}
		return append(out, flat{"_sum", nil, d.Summary.GetSampleSum()}, flat{"_count", nil, float64(d.Summary.GetSampleCount())})
	}
	return nil
}

// formatBound writes a bucket bound or quantile as the text format does.
func formatBound(v float64) string {
	if math.IsInf(v, 1) {
		return "+Inf"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// querier selects from a History.
type querier struct{ h *History }

// Select implements storage.Querier.
func (q querier) Select(_ context.Context, _ bool, _ *storage.SelectHints, ms ...*labels.Matcher) storage.SeriesSet {
	return &seriesSet{list: q.h.Selected(ms), i: -1}
}

// LabelValues implements storage.LabelQuerier; queries do not need it.
func (querier) LabelValues(context.Context, string, *storage.LabelHints, ...*labels.Matcher) ([]string, annotations.Annotations, error) {
	return nil, nil, nil
}

// LabelNames implements storage.LabelQuerier; queries do not need it.
func (querier) LabelNames(context.Context, *storage.LabelHints, ...*labels.Matcher) ([]string, annotations.Annotations, error) {
	return nil, nil, nil
}

// Close implements storage.LabelQuerier.
func (querier) Close() error { return nil }

// seriesSet iterates a list of series.
type seriesSet struct {
	list []storage.Series
	i    int
}

func (s *seriesSet) Next() bool                        { s.i++; return s.i < len(s.list) }
func (s *seriesSet) At() storage.Series                { return s.list[s.i] }
func (s *seriesSet) Err() error                        { return nil }
func (s *seriesSet) Warnings() annotations.Annotations { return nil }

// NewSeries is a stored float series: labels and a value per time
// (milliseconds since the epoch); a NaN value is no sample.
func NewSeries(ls labels.Labels, times []int64, values []float64) storage.Series {
	return &series{labels: ls, times: times, values: values}
}

// series is one float series with a value per time.
type series struct {
	labels labels.Labels
	times  []int64
	values []float64
}

func (s *series) Labels() labels.Labels { return s.labels }

// Iterator implements storage.Series, reusing it when it is one of the
// history's.
func (s *series) Iterator(it chunkenc.Iterator) chunkenc.Iterator {
	if fi, ok := it.(*floatIterator); ok {
		*fi = floatIterator{times: s.times, values: s.values, i: -1}
		return fi
	}
	return &floatIterator{times: s.times, values: s.values, i: -1}
}

// targetOf returns the target labels of m's series: the history's, unless
// no job that scrapes m is the history's job (StemeDB's sync metrics are
// the cluster component's, stemedb-cluster, not stemedb-api's); then the
// first job that scrapes m, with its instance.
func (h *History) targetOf(m *catalogue.Metric) labels.Labels {
	job := h.target.Get("job")
	jobs := h.p.c.JobsExposing(m)
	if job == "" || len(jobs) == 0 || slices.Contains(jobs, job) {
		return h.target
	}
	b := labels.NewBuilder(h.target)
	b.Set("job", jobs[0])
	if instance := h.p.c.InstanceOf(jobs[0]); instance != "" {
		b.Set("instance", instance)
	}
	return b.Labels()
}
