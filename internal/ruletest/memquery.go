package ruletest

import (
	"context"
	"maps"
	"slices"
	"sort"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/histogram"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/tsdb/chunkenc"
	"github.com/prometheus/prometheus/tsdb/chunks"
	"github.com/prometheus/prometheus/util/annotations"
)

// memQuerier reads a memStore's committed samples between mint and maxt.
type memQuerier struct {
	store      *memStore
	mint, maxt int64
}

// Select returns the series that match every matcher (a missing label
// matches as empty) and have samples in the time range, each with only
// those samples: the hints' range when given, else the querier's, as the
// TSDB's block querier trims them. Series come in order of creation (a
// TSDB's postings order), or sorted by labels when asked.
func (q *memQuerier) Select(_ context.Context, sortSeries bool, hints *storage.SelectHints, matchers ...*labels.Matcher) storage.SeriesSet {
	mint, maxt := q.mint, q.maxt
	if hints != nil {
		mint, maxt = hints.Start, hints.End
	}
	q.store.mu.RLock()
	var out []storage.Series
	for _, ms := range q.store.series {
		if !promql.Selects(matchers, ms.lset) {
			continue
		}
		lo := sort.Search(len(ms.samples), func(i int) bool { return ms.samples[i].t >= mint })
		hi := sort.Search(len(ms.samples), func(i int) bool { return ms.samples[i].t > maxt })
		if lo >= hi {
			continue
		}
		out = append(out, &memSeriesView{lset: ms.lset, samples: memSamples(ms.samples[lo:hi:hi])})
	}
	q.store.mu.RUnlock()
	if sortSeries {
		slices.SortFunc(out, func(a, b storage.Series) int { return labels.Compare(a.Labels(), b.Labels()) })
	}
	return &memSeriesSet{series: out, i: -1}
}

// LabelValues returns the sorted values of label name in the series that
// match.
func (q *memQuerier) LabelValues(_ context.Context, name string, _ *storage.LabelHints, matchers ...*labels.Matcher) ([]string, annotations.Annotations, error) {
	seen := map[string]bool{}
	q.eachMatching(matchers, func(lset labels.Labels) {
		if v := lset.Get(name); v != "" {
			seen[v] = true
		}
	})
	return slices.Sorted(maps.Keys(seen)), nil, nil
}

// LabelNames returns the sorted label names of the series that match.
func (q *memQuerier) LabelNames(_ context.Context, _ *storage.LabelHints, matchers ...*labels.Matcher) ([]string, annotations.Annotations, error) {
	seen := map[string]bool{}
	q.eachMatching(matchers, func(lset labels.Labels) {
		lset.Range(func(l labels.Label) { seen[l.Name] = true })
	})
	return slices.Sorted(maps.Keys(seen)), nil, nil
}

// eachMatching calls f with the labels of each series that matches and
// has samples in the querier's range.
func (q *memQuerier) eachMatching(matchers []*labels.Matcher, f func(labels.Labels)) {
	q.store.mu.RLock()
	defer q.store.mu.RUnlock()
	for _, ms := range q.store.series {
		if !promql.Selects(matchers, ms.lset) {
			continue
		}
		for _, s := range ms.samples {
			if s.t >= q.mint && s.t <= q.maxt {
				f(ms.lset)
				break
			}
		}
	}
}

// Close releases nothing.
func (*memQuerier) Close() error { return nil }

// memSeriesSet iterates over selected series.
type memSeriesSet struct {
	series []storage.Series
	i      int
}

func (s *memSeriesSet) Next() bool                      { s.i++; return s.i < len(s.series) }
func (s *memSeriesSet) At() storage.Series              { return s.series[s.i] }
func (*memSeriesSet) Err() error                        { return nil }
func (*memSeriesSet) Warnings() annotations.Annotations { return nil }

// memSeriesView is a series' samples in a time range, as they were when
// selected: later appends do not show.
type memSeriesView struct {
	lset    labels.Labels
	samples memSamples
}

// Labels returns the series' labels.
func (s *memSeriesView) Labels() labels.Labels { return s.lset }

// Iterator iterates over the samples with Prometheus's list iterator.
func (s *memSeriesView) Iterator(chunkenc.Iterator) chunkenc.Iterator {
	return storage.NewListSeriesIterator(s.samples)
}

// memSamples are samples for storage.NewListSeriesIterator.
type memSamples []memSample

// Get returns sample i.
func (s memSamples) Get(i int) chunks.Sample { return &s[i] }

// Len returns the number of samples.
func (s memSamples) Len() int { return len(s) }

// T returns the sample's time.
func (m *memSample) T() int64 { return m.t }

// ST returns 0: the samples have no start timestamps.
func (*memSample) ST() int64 { return 0 }

// F returns the float value.
func (m *memSample) F() float64 { return m.f }

// H returns a copy of the histogram, as the TSDB reads it back (see
// readHint); nil for another type of sample.
func (m *memSample) H() *histogram.Histogram {
	if m.h == nil {
		return nil
	}
	h := m.h.Copy()
	h.CounterResetHint = readHint(h.CounterResetHint)
	return h
}

// FH returns a copy of the histogram as a float histogram, as the TSDB
// reads it back (see readHint); nil for a float sample.
func (m *memSample) FH() *histogram.FloatHistogram {
	var fh *histogram.FloatHistogram
	switch {
	case m.fh != nil:
		fh = m.fh.Copy()
	case m.h != nil:
		fh = m.h.ToFloat(nil)
	default:
		return nil
	}
	fh.CounterResetHint = readHint(fh.CounterResetHint)
	return fh
}

// Type returns the type of the sample.
func (m *memSample) Type() chunkenc.ValueType {
	switch m.kind() {
	case histogramSample:
		return chunkenc.ValHistogram
	case floatHistogramSample:
		return chunkenc.ValFloatHistogram
	}
	return chunkenc.ValFloat
}

// Copy returns a deep copy of the sample.
func (m *memSample) Copy() chunks.Sample {
	c := *m
	if m.h != nil {
		c.h = m.h.Copy()
	}
	if m.fh != nil {
		c.fh = m.fh.Copy()
	}
	return &c
}

// readHint is the counter-reset hint of a histogram read back from the
// TSDB: a gauge histogram's is kept; a counter histogram's is unknown,
// as the TSDB has it for the first sample of a chunk (a chunk starts at a
// reset it detected, or an explicit one). Of the others it knows they
// are no reset, which the engine, comparing them, finds as well.
func readHint(h histogram.CounterResetHint) histogram.CounterResetHint {
	if h == histogram.GaugeType {
		return h
	}
	return histogram.UnknownCounterReset
}
