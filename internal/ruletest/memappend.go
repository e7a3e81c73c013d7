package ruletest

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/prometheus/prometheus/model/exemplar"
	"github.com/prometheus/prometheus/model/histogram"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/metadata"
	"github.com/prometheus/prometheus/model/value"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/tsdb"
)

// memAppender is a batch of appends to a memStore. As the TSDB head's
// appender, it checks each sample against the committed samples when it
// is appended, returning why it cannot be stored, and keeps it until
// Commit; it accepts no sample older than half a day before the newest
// committed one, and drops the empty labels of a series.
type memAppender struct {
	store    *memStore
	minValid int64
	started  bool
	pending  []pendingSample
	// batchType is the type of the last sample appended to each series in
	// this batch, which a stale marker takes.
	batchType map[*memSeries]sampleKind
}

// pendingSample is an appended sample and its series, until Commit.
type pendingSample struct {
	series *memSeries
	sample memSample
}

// start fixes the oldest time the batch accepts, when it appends its
// first sample: before any sample was committed that sample's time sets
// the window, as the head's initAppender does.
func (a *memAppender) start(t int64) {
	if a.started {
		return
	}
	a.started = true
	a.store.mu.Lock()
	if !a.store.initialized {
		a.store.maxt, a.store.initialized = t, true
	}
	a.minValid = a.store.maxt - appendWindow
	if a.store.unbounded {
		a.minValid = math.MinInt64
	}
	a.store.mu.Unlock()
}

// series returns the series of l without its empty labels; an error for
// a set of labels the TSDB refuses.
func (a *memAppender) series(l labels.Labels) (*memSeries, error) {
	lset := l.WithoutEmpty()
	if lset.IsEmpty() {
		return nil, fmt.Errorf("empty labelset: %w", tsdb.ErrInvalidSample)
	}
	if name, dup := lset.HasDuplicateLabelNames(); dup {
		return nil, fmt.Errorf(`label name "%s" is not unique: %w`, name, tsdb.ErrInvalidSample)
	}
	return a.store.getOrCreate(lset), nil
}

// add checks sample m of the series of l and keeps it for Commit.
func (a *memAppender) add(l labels.Labels, m memSample) (storage.SeriesRef, error) {
	a.start(m.t)
	if m.t < a.minValid {
		return 0, storage.ErrOutOfBounds
	}
	ms, err := a.series(l)
	if err != nil {
		return 0, err
	}
	if m.kind() == floatSample && value.IsStaleNaN(m.f) {
		m = staleAs(m.t, a.batchType[ms])
	}
	a.store.mu.RLock()
	_, err = ms.appendable(m, a.minValid)
	a.store.mu.RUnlock()
	if err != nil {
		return 0, err
	}
	a.pending = append(a.pending, pendingSample{ms, m})
	a.batchType[ms] = m.kind()
	return 0, nil
}

// Append adds a float sample (or a stale marker).
func (a *memAppender) Append(_ storage.SeriesRef, l labels.Labels, t int64, v float64) (storage.SeriesRef, error) {
	return a.add(l, memSample{t: t, f: v})
}

// AppendHistogram adds a histogram or a float histogram sample, a copy
// checked as the TSDB checks it.
func (a *memAppender) AppendHistogram(_ storage.SeriesRef, l labels.Labels, t int64, h *histogram.Histogram, fh *histogram.FloatHistogram) (storage.SeriesRef, error) {
	a.start(t)
	if t < a.minValid {
		return 0, storage.ErrOutOfBounds
	}
	switch {
	case h != nil:
		if err := h.Validate(); err != nil {
			return 0, err
		}
		return a.add(l, memSample{t: t, h: h.Copy()})
	case fh != nil:
		if err := fh.Validate(); err != nil {
			return 0, err
		}
		return a.add(l, memSample{t: t, fh: fh.Copy()})
	}
	// The head creates the series and appends nothing.
	_, err := a.series(l)
	return 0, err
}

// errNoStartTimestamps says a replay does not take zero samples at start
// timestamps: neither promtool's load nor the rules manager append them.
var errNoStartTimestamps = errors.New("the test storage takes no start-timestamp zero samples")

// AppendSTZeroSample refuses the zero sample of a start timestamp.
func (*memAppender) AppendSTZeroSample(storage.SeriesRef, labels.Labels, int64, int64) (storage.SeriesRef, error) {
	return 0, errNoStartTimestamps
}

// AppendHistogramSTZeroSample refuses the zero sample of a start timestamp.
func (*memAppender) AppendHistogramSTZeroSample(storage.SeriesRef, labels.Labels, int64, int64, *histogram.Histogram, *histogram.FloatHistogram) (storage.SeriesRef, error) {
	return 0, errNoStartTimestamps
}

// AppendExemplar drops an exemplar: nothing in a replay reads them.
func (*memAppender) AppendExemplar(storage.SeriesRef, labels.Labels, exemplar.Exemplar) (storage.SeriesRef, error) {
	return 0, nil
}

// UpdateMetadata drops metadata: nothing in a replay reads it.
func (*memAppender) UpdateMetadata(storage.SeriesRef, labels.Labels, metadata.Metadata) (storage.SeriesRef, error) {
	return 0, nil
}

// SetOptions is a no-op: without an out-of-order window, no sample is
// out of order yet accepted, which is all the options decide.
func (*memAppender) SetOptions(*storage.AppendOptions) {}

// Commit stores the batch's samples.
func (a *memAppender) Commit() error {
	a.store.commit(a.pending, a.minValid)
	a.pending = nil
	return nil
}

// Rollback drops the batch's samples; the series it created stay, empty,
// as in the head.
func (a *memAppender) Rollback() error {
	a.pending = nil
	return nil
}

// memAppenderV2 is a memAppender behind storage.AppenderV2, the interface
// promqltest's LazyLoader loads input series with (and later rules
// managers append with). Its checks are the same; a histogram is checked
// first, a float histogram taken before a histogram, and the start
// timestamp, exemplars and metadata are dropped, as the test TSDB drops
// them (it makes no zero samples of start timestamps).
type memAppenderV2 struct{ *memAppender }

// AppenderV2 starts a batch of appends, committed together.
func (s *memStore) AppenderV2(ctx context.Context) storage.AppenderV2 {
	return memAppenderV2{s.Appender(ctx).(*memAppender)}
}

// Append adds a float, histogram or float histogram sample.
func (a memAppenderV2) Append(ref storage.SeriesRef, l labels.Labels, _, t int64, v float64, h *histogram.Histogram, fh *histogram.FloatHistogram, _ storage.AppendV2Options) (storage.SeriesRef, error) {
	switch {
	case fh != nil:
		if err := fh.Validate(); err != nil {
			return 0, err
		}
		return a.AppendHistogram(ref, l, t, nil, fh)
	case h != nil:
		if err := h.Validate(); err != nil {
			return 0, err
		}
		return a.AppendHistogram(ref, l, t, h, nil)
	}
	return a.memAppender.Append(ref, l, t, v)
}
