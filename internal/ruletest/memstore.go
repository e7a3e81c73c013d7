package ruletest

import (
	"context"
	"math"
	"sync"
	"time"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/histogram"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/value"
	"github.com/prometheus/prometheus/storage"
)

// memStore is the storage of one replay: the series of the test's input
// and of its rules' results, each a list of samples in memory. It keeps to
// what the TSDB promtool's tests run on (a Prometheus head without
// out-of-order samples) does with the appends and queries of a rules
// manager and its PromQL engine, without opening a database: a replay is
// a few thousand samples, and opening and closing a TSDB cost more than
// the replay itself. It is safe for concurrent use.
type memStore struct {
	mu sync.RWMutex
	// series are in order of creation, as a TSDB's postings are.
	series []*memSeries
	byHash map[uint64][]*memSeries
	// byName holds the series of each metric name, in order of creation.
	byName map[string][]*memSeries
	// maxt is the newest sample's time; unset until the first append.
	maxt        int64
	initialized bool
	// unbounded lifts the append window: a replay by rule (byRule) appends
	// each rule's results from the test's start after every input sample
	// is in, which the window would refuse although stepping through time
	// never comes near it.
	unbounded bool
}

// memSeries is one series: its labels and its samples in time order.
type memSeries struct {
	lset    labels.Labels
	samples []memSample
}

// memSample is one sample: a float (stale markers included), a histogram
// or a float histogram, at t milliseconds.
type memSample struct {
	t  int64
	f  float64
	h  *histogram.Histogram
	fh *histogram.FloatHistogram
}

// appendWindow is how far before the newest sample an append is still
// accepted: half the chunk range of the test TSDB, whose blocks span a day
// (util/teststorage), as Head.appendableMinValidTime has it.
const appendWindow = int64(12 * time.Hour / time.Millisecond)

func newMemStore() *memStore {
	return &memStore{byHash: map[uint64][]*memSeries{}, byName: map[string][]*memSeries{}, maxt: math.MinInt64}
}

// Appender starts a batch of appends, committed together.
func (s *memStore) Appender(context.Context) storage.Appender {
	return &memAppender{store: s, batchType: map[*memSeries]sampleKind{}}
}

// Querier reads the samples committed so far between mint and maxt.
func (s *memStore) Querier(mint, maxt int64) (storage.Querier, error) {
	return &memQuerier{store: s, mint: mint, maxt: maxt}, nil
}

// getOrCreate returns the series of lset, created when new.
func (s *memStore) getOrCreate(lset labels.Labels) *memSeries {
	h := lset.Hash()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, ms := range s.byHash[h] {
		if labels.Equal(ms.lset, lset) {
			return ms
		}
	}
	ms := &memSeries{lset: lset}
	s.byHash[h] = append(s.byHash[h], ms)
	name := lset.Get(model.MetricNameLabel)
	s.byName[name] = append(s.byName[name], ms)
	s.series = append(s.series, ms)
	return ms
}

// holds reports whether a series the matchers of a selector of name
// select is stored, samples or not.
func (s *memStore) holds(name string, matchers []*labels.Matcher) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, ms := range s.byName[name] {
		if promql.Selects(matchers, ms.lset) {
			return true
		}
	}
	return false
}

// sampleKind is the type of a series' last sample.
type sampleKind int

const (
	noSample sampleKind = iota
	floatSample
	histogramSample
	floatHistogramSample
)

// kind is the type of a sample.
func (m memSample) kind() sampleKind {
	switch {
	case m.h != nil:
		return histogramSample
	case m.fh != nil:
		return floatHistogramSample
	}
	return floatSample
}

// last is the series' newest sample; ok is false when it has none.
func (ms *memSeries) last() (memSample, bool) {
	if len(ms.samples) == 0 {
		return memSample{}, false
	}
	return ms.samples[len(ms.samples)-1], true
}

// appendable says whether sample m can follow the series' samples, as
// memSeries.appendable, appendableHistogram and appendableFloatHistogram
// of the TSDB head say it without an out-of-order window: a sample older
// than minValid is out of bounds, one older than the newest out of order,
// one at the newest's time a duplicate unless identical (then it is
// dropped: store is false).
func (ms *memSeries) appendable(m memSample, minValid int64) (store bool, err error) {
	last, ok := ms.last()
	switch {
	case m.t < minValid:
		return false, storage.ErrOutOfBounds
	case !ok || m.t > last.t:
		return true, nil
	case m.t < last.t:
		return false, storage.ErrOutOfOrderSample
	}
	switch m.kind() {
	case histogramSample:
		if !m.h.Equals(last.h) {
			return false, storage.ErrDuplicateSampleForTimestamp
		}
	case floatHistogramSample:
		if !m.fh.Equals(last.fh) {
			return false, storage.ErrDuplicateSampleForTimestamp
		}
	default:
		if last.kind() != floatSample {
			return false, storage.NewDuplicateHistogramToFloatErr(m.t, m.f)
		}
		if math.Float64bits(last.f) != math.Float64bits(m.f) {
			return false, storage.NewDuplicateFloatErr(m.t, last.f, m.f)
		}
	}
	return false, nil
}

// staleAs is a stale marker typed as a sample of kind: the TSDB stores the
// marker of a histogram series as a histogram whose sum is the marker.
func staleAs(t int64, kind sampleKind) memSample {
	stale := math.Float64frombits(value.StaleNaN)
	switch kind {
	case histogramSample:
		return memSample{t: t, h: &histogram.Histogram{Sum: stale}}
	case floatHistogramSample:
		return memSample{t: t, fh: &histogram.FloatHistogram{Sum: stale}}
	}
	return memSample{t: t, f: stale}
}

// commit stores samples appended to their series, in order, each checked
// again against what precedes it (the TSDB drops those that no longer fit
// without an error), and moves the newest time on.
func (s *memStore) commit(pending []pendingSample, minValid int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range pending {
		m := p.sample
		if m.kind() == floatSample && value.IsStaleNaN(m.f) {
			if last, ok := p.series.last(); ok && last.kind() != floatSample {
				m = staleAs(m.t, last.kind())
			}
		}
		if store, err := p.series.appendable(m, minValid); err != nil || !store {
			continue
		}
		p.series.samples = append(p.series.samples, m)
		if !s.initialized || m.t > s.maxt {
			s.maxt, s.initialized = m.t, true
		}
	}
}
