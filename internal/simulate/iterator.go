package simulate

import (
	"math"
	"sort"

	"github.com/prometheus/prometheus/model/histogram"
	"github.com/prometheus/prometheus/tsdb/chunkenc"
)

// floatIterator walks a series' float samples, a value per time (times
// ascending), passing over NaN values, which are no sample. It reads the
// series' slices, listing nothing.
type floatIterator struct {
	times  []int64
	values []float64
	i      int
}

// skip moves to the first sample at or after i.
func (it *floatIterator) skip() chunkenc.ValueType {
	for it.i < len(it.values) && math.IsNaN(it.values[it.i]) {
		it.i++
	}
	if it.i >= len(it.values) {
		return chunkenc.ValNone
	}
	return chunkenc.ValFloat
}

// Next implements chunkenc.Iterator.
func (it *floatIterator) Next() chunkenc.ValueType {
	if it.i >= len(it.values) {
		return chunkenc.ValNone
	}
	it.i++
	return it.skip()
}

// millis is a time in milliseconds since the epoch. Seek's parameter is
// written with it because go vet takes every Seek(int64, ...) for an
// io.Seeker's.
type millis = int64

// Seek implements chunkenc.Iterator: the first sample at or after t,
// from the current one on.
func (it *floatIterator) Seek(t millis) chunkenc.ValueType {
	it.i = max(it.i, 0)
	if it.skip() == chunkenc.ValNone {
		return chunkenc.ValNone
	}
	if it.times[it.i] >= t {
		return chunkenc.ValFloat
	}
	it.i += sort.Search(len(it.times)-it.i, func(j int) bool { return it.times[it.i+j] >= t })
	return it.skip()
}

// At implements chunkenc.Iterator.
func (it *floatIterator) At() (int64, float64) { return it.times[it.i], it.values[it.i] }

// AtHistogram implements chunkenc.Iterator; the series holds no histograms.
func (it *floatIterator) AtHistogram(*histogram.Histogram) (int64, *histogram.Histogram) {
	return it.times[it.i], nil
}

// AtFloatHistogram implements chunkenc.Iterator; the series holds no
// histograms.
func (it *floatIterator) AtFloatHistogram(*histogram.FloatHistogram) (int64, *histogram.FloatHistogram) {
	return it.times[it.i], nil
}

// AtT implements chunkenc.Iterator.
func (it *floatIterator) AtT() int64 { return it.times[it.i] }

// AtST implements chunkenc.Iterator: no start times.
func (it *floatIterator) AtST() int64 { return 0 }

// Err implements chunkenc.Iterator.
func (it *floatIterator) Err() error { return nil }
