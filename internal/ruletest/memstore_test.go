package ruletest

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/histogram"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/value"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/tsdb/chunkenc"
	"github.com/prometheus/prometheus/util/teststorage"
)

// op is one append (h or fh set for a histogram), or the end of a batch:
// commit, or roll back.
type op struct {
	series   string
	t        int64
	v        float64
	h        *histogram.Histogram
	fh       *histogram.FloatHistogram
	commit   bool
	rollback bool
}

func add(series string, t int64, v float64) op { return op{series: series, t: t, v: v} }

var (
	commit   = op{commit: true}
	rollback = op{rollback: true}
	stale    = math.Float64frombits(value.StaleNaN)
	hour     = int64(time.Hour / time.Millisecond)
)

func counterHistogram(count uint64) *histogram.Histogram {
	return &histogram.Histogram{
		Count: count, Sum: float64(count), Schema: 0,
		PositiveSpans:   []histogram.Span{{Offset: 0, Length: 1}},
		PositiveBuckets: []int64{int64(count)},
	}
}

// appendFunc appends one sample through an Appender or an AppenderV2.
type appendFunc func(l labels.Labels, o op) error

// appenders start a batch of appends on st through the Appender
// interface (v2 false, as the rules manager does) or AppenderV2 (as
// promqltest loads input series).
func appenders(st storage.Storage, v2 bool) (appendFunc, storage.AppenderTransaction) {
	if v2 {
		app := st.AppenderV2(context.Background())
		return func(l labels.Labels, o op) error {
			_, err := app.Append(0, l, 0, o.t, o.v, o.h, o.fh, storage.AppendV2Options{})
			return err
		}, app
	}
	app := st.Appender(context.Background())
	return func(l labels.Labels, o op) error {
		var err error
		if o.h != nil || o.fh != nil {
			_, err = app.AppendHistogram(0, l, o.t, o.h, o.fh)
		} else {
			_, err = app.Append(0, l, o.t, o.v)
		}
		return err
	}, app
}

// replayAppends makes the appends on st, a batch at a time, and returns
// what each append returned and what a query of everything then reads.
func replayAppends(t *testing.T, st storage.Storage, v2 bool, ops []op) (errs []string, read string) {
	t.Helper()
	add, app := appenders(st, v2)
	for _, o := range ops {
		switch {
		case o.commit:
			errs = append(errs, fmt.Sprint("commit: ", app.Commit()))
			add, app = appenders(st, v2)
			continue
		case o.rollback:
			errs = append(errs, fmt.Sprint("rollback: ", app.Rollback()))
			add, app = appenders(st, v2)
			continue
		}
		ls, err := promql.Parser.ParseMetric(o.series)
		if err != nil {
			t.Fatal(err)
		}
		errs = append(errs, fmt.Sprintf("%s@%d: %v", o.series, o.t, add(ls, o)))
	}
	if err := app.Rollback(); err != nil {
		t.Fatal(err)
	}
	return errs, readAll(t, st, math.MinInt64, math.MaxInt64)
}

// readAll prints every series with samples between mint and maxt, sorted,
// each histogram with its counter-reset hint as memIterator gives it.
func readAll(t *testing.T, q storage.Queryable, mint, maxt int64) string {
	t.Helper()
	querier, err := q.Querier(mint, maxt)
	if err != nil {
		t.Fatal(err)
	}
	defer querier.Close()
	set := querier.Select(context.Background(), true, nil, labels.MustNewMatcher(labels.MatchRegexp, "__name__", ".+"))
	var b strings.Builder
	var it chunkenc.Iterator
	for set.Next() {
		s := set.At()
		b.WriteString(s.Labels().String() + ":")
		it = s.Iterator(it)
		for vt := it.Next(); vt != chunkenc.ValNone; vt = it.Next() {
			switch vt {
			case chunkenc.ValFloat:
				ts, v := it.At()
				if value.IsStaleNaN(v) {
					fmt.Fprintf(&b, " %d=stale", ts)
				} else {
					fmt.Fprintf(&b, " %d=%g", ts, v)
				}
			default:
				ts, fh := it.AtFloatHistogram(nil)
				fh.CounterResetHint = readHint(fh.CounterResetHint)
				fmt.Fprintf(&b, " %d=%s", ts, fh.String())
			}
		}
		b.WriteString("\n")
	}
	if err := set.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// memStorage is a memStore as a storage.Storage, to be compared with the
// TSDB.
type memStorage struct{ *memStore }

func (memStorage) ChunkQuerier(int64, int64) (storage.ChunkQuerier, error) { return nil, nil }
func (memStorage) StartTime() (int64, error)                               { return 0, nil }
func (memStorage) Close() error                                            { return nil }

func TestTheMemoryStoreAppendsAsTheTestTSDBDoes(t *testing.T) {
	for _, tc := range []struct {
		name string
		ops  []op
	}{
		{"samples in order are stored, and later batches go on from them", []op{
			add("a", 0, 1), add("a", 60000, 2), add(`b{x="1"}`, 0, 5), commit, add("a", 120000, 3), commit}},
		{"a sample older than its series' newest is out of order", []op{
			add("a", 0, 1), add("a", 60000, 2), commit, add("a", 30000, 9), add("a", 90000, 3), commit}},
		{"another value at the newest time is a duplicate, the same value is taken once", []op{
			add("a", 0, 1), commit, add("a", 0, 2), add("a", 0, 1), commit}},
		{"within a batch only committed samples are compared, and the commit drops what no longer fits", []op{
			add("a", 60000, 1), add("a", 30000, 2), add("a", 60000, 3), commit}},
		{"a sample more than half a day older than the newest of any series is out of bounds", []op{
			add("a", 0, 1), add("b", 13*hour, 1), commit, add("a", hour-1, 2), add("a", hour, 3), commit}},
		{"the first sample sets the window before it is committed", []op{
			add("a", 13*hour, 1), add("b", 0, 2), add("b", 2*hour, 3), commit}},
		{"uncommitted samples are dropped by a rollback", []op{
			add("a", 0, 1), rollback, add("a", 60000, 2), commit}},
		{"empty labels are dropped, and a set of only empty labels refused", []op{
			add(`a{x=""}`, 0, 1), add("a", 0, 1), add(`{x=""}`, 0, 1), commit}},
		{"stale markers are kept as values", []op{
			add("a", 0, 1), add("a", 60000, stale), add("a", 120000, 2), commit, add("a", 120000, stale), commit}},
		{"histograms are stored, a float at a histogram's time is a duplicate", []op{
			{series: "h", t: 0, h: counterHistogram(1)}, {series: "h", t: 60000, h: counterHistogram(3)}, commit,
			add("h", 60000, 3), {series: "h", t: 60000, h: counterHistogram(4)}, {series: "h", t: 60000, h: counterHistogram(3)}, commit}},
		{"a stale marker of a histogram series is a histogram, in its batch or after", []op{
			{series: "h", t: 0, h: counterHistogram(1)}, add("h", 60000, stale), commit,
			{series: "g", t: 0, fh: counterHistogram(2).ToFloat(nil)}, commit, add("g", 60000, stale), commit}},
		{"a counter reset and a gauge histogram keep their meaning", []op{
			{series: "h", t: 0, h: counterHistogram(5)}, {series: "h", t: 60000, h: counterHistogram(2)}, {series: "h", t: 120000, h: counterHistogram(3)},
			{series: "g", t: 0, fh: &histogram.FloatHistogram{Count: 2, Sum: 1, CounterResetHint: histogram.GaugeType}}, commit}},
		{"an invalid histogram is refused", []op{
			{series: "h", t: 0, h: &histogram.Histogram{Count: 1, PositiveSpans: []histogram.Span{{Length: 1}}, PositiveBuckets: []int64{5}}}, commit}},
		{"an invalid histogram out of bounds is refused for the one reason or the other", []op{
			add("a", 13*hour, 1), commit,
			{series: "h", t: 0, fh: &histogram.FloatHistogram{Count: 1, PositiveSpans: []histogram.Span{{Length: 1}}, PositiveBuckets: []float64{5}}}, commit}},
	} {
		for _, v2 := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s (AppenderV2 %t)", tc.name, v2), func(t *testing.T) {
				db, err := teststorage.NewWithError()
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				wantErrs, want := replayAppends(t, db, v2, tc.ops)
				gotErrs, got := replayAppends(t, memStorage{newMemStore()}, v2, tc.ops)
				if strings.Join(gotErrs, "\n") != strings.Join(wantErrs, "\n") {
					t.Errorf("appends returned\n%s\nthe TSDB's returned\n%s", strings.Join(gotErrs, "\n"), strings.Join(wantErrs, "\n"))
				}
				if got != want {
					t.Errorf("read\n%s\nthe TSDB reads\n%s", got, want)
				}
			})
		}
	}
}

func TestTheMemoryStoreSelectsAsTheTestTSDBDoes(t *testing.T) {
	ops := []op{
		add(`a{x="1"}`, 0, 1), add(`a{x="1"}`, 60000, 2), add(`a{x="1"}`, 120000, 3),
		add(`a{x="2",y="z"}`, 60000, 4), add(`b`, 180000, 5), add(`a`, 0, 6), commit,
	}
	db, err := teststorage.NewWithError()
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mem := memStorage{newMemStore()}
	replayAppends(t, db, false, ops)
	replayAppends(t, mem, false, ops)
	for _, tc := range []struct {
		name       string
		mint, maxt int64
		matchers   []*labels.Matcher
	}{
		{"a name selects all its series", 0, 200000, []*labels.Matcher{labels.MustNewMatcher(labels.MatchEqual, "__name__", "a")}},
		{"a missing label matches as empty", 0, 200000, []*labels.Matcher{labels.MustNewMatcher(labels.MatchEqual, "__name__", "a"), labels.MustNewMatcher(labels.MatchEqual, "y", "")}},
		{"a regular expression and a negative matcher", 0, 200000, []*labels.Matcher{labels.MustNewMatcher(labels.MatchRegexp, "__name__", "a|b"), labels.MustNewMatcher(labels.MatchNotEqual, "x", "2")}},
		{"the range trims samples and leaves out series without any in it", 60000, 120000, []*labels.Matcher{labels.MustNewMatcher(labels.MatchRegexp, "__name__", ".+")}},
		{"a range with no samples selects nothing", 200000, 300000, []*labels.Matcher{labels.MustNewMatcher(labels.MatchRegexp, "__name__", ".+")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read := func(q storage.Queryable) string {
				querier, err := q.Querier(tc.mint, tc.maxt)
				if err != nil {
					t.Fatal(err)
				}
				defer querier.Close()
				var b strings.Builder
				set := querier.Select(context.Background(), true, &storage.SelectHints{Start: tc.mint, End: tc.maxt}, tc.matchers...)
				var it chunkenc.Iterator
				for set.Next() {
					b.WriteString(set.At().Labels().String())
					it = set.At().Iterator(it)
					for it.Next() != chunkenc.ValNone {
						ts, v := it.At()
						fmt.Fprintf(&b, " %d=%g", ts, v)
					}
					b.WriteString("\n")
				}
				names, _, err := querier.LabelNames(context.Background(), nil, tc.matchers...)
				if err != nil {
					t.Fatal(err)
				}
				values, _, err := querier.LabelValues(context.Background(), "x", nil, tc.matchers...)
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprintf(&b, "names %q, values of x %q", names, values)
				return b.String()
			}
			if got, want := read(mem), read(db); got != want {
				t.Errorf("selected\n%s\nthe TSDB selects\n%s", got, want)
			}
		})
	}
}

func TestTheMemoryIteratorSeeksAndNeverGoesBack(t *testing.T) {
	it := storage.NewListSeriesIterator(memSamples{{t: 10, f: 1}, {t: 20, f: 2}, {t: 30, f: 3}})
	for _, tc := range []struct {
		seek  int64
		wantT int64
		want  chunkenc.ValueType
	}{{5, 10, chunkenc.ValFloat}, {20, 20, chunkenc.ValFloat}, {15, 20, chunkenc.ValFloat}, {25, 30, chunkenc.ValFloat}, {31, 0, chunkenc.ValNone}} {
		if got := it.Seek(tc.seek); got != tc.want {
			t.Fatalf("Seek(%d) = %v, want %v", tc.seek, got, tc.want)
		}
		if tc.want != chunkenc.ValNone && it.AtT() != tc.wantT {
			t.Errorf("Seek(%d) is at %d, want %d", tc.seek, it.AtT(), tc.wantT)
		}
	}
}
