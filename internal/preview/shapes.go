package preview

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"sync"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/tsdb/chunkenc"
)

// Shapes holds what preview queries evaluated to, by shape: a query with
// its names taken out (promql.Ranking) and the series each of its
// selectors selects, written the same way, with their samples. Two
// queries of one shape differ only by a renaming that keeps the order of
// each label's values, so the engine's result for one, renamed, is the
// other's. A service's panels are much alike (the rate of each counter by
// the same labels), and so are the services of an organisation (their
// series carry their own job): the 8,000 panels of 200 synthetic services
// and their shared exporter are 22 shapes. Evaluators of several
// catalogues may share one Shapes. It is safe for concurrent use.
type Shapes struct{ m sync.Map }

// NewShapes returns an empty Shapes.
func NewShapes() *Shapes { return &Shapes{} }

// shapeResult is what one shape evaluated to, with its names taken out,
// or why it failed.
type shapeResult struct {
	once   sync.Once
	series []Series
	err    error
}

// queryShape is one query's shape: its key and the ranking that takes
// its names out and puts them back.
type queryShape struct {
	key  [sha256.Size]byte
	rank *promql.Ranking
}

// shapeVersion names what a key holds; a change to it changes every key.
const shapeVersion = "obsgen preview shape 1\n"

// shapeOf is the shape of range query expr over the span: the expression
// and the series each of its selectors selects, renamed; false when the
// query may read the text of a name or a value (promql.Renamed), selects
// series by labels alone, or reads a histogram sample.
func (e *Evaluator) shapeOf(expr parser.Expr) (*queryShape, bool) {
	rank := promql.NewRanking()
	if _, ok := promql.Renamed(expr, rank.See); !ok {
		return nil, false
	}
	sels := promql.Selectors(expr)
	selected := make([][]storage.Series, len(sels))
	for i, vs := range sels {
		if promql.SelectorName(vs) == "" {
			return nil, false
		}
		selected[i] = e.history.Selected(vs.LabelMatchers)
		for _, s := range selected[i] {
			s.Labels().Range(func(l labels.Label) { rank.See(l.Name, l.Value) })
		}
	}
	rank.Rank()
	renamed, _ := promql.Renamed(expr, rank.Rename)
	bp := keyBuffers.Get().(*[]byte)
	defer keyBuffers.Put(bp)
	b := append((*bp)[:0], shapeVersion...)
	b = binary.LittleEndian.AppendUint64(b, uint64(e.start.UnixMilli()))
	b = binary.LittleEndian.AppendUint64(b, uint64(e.end.UnixMilli()))
	b = binary.LittleEndian.AppendUint64(b, uint64(Step))
	b = append(append(b, renamed.String()...), '\n')
	// The series each selector selects, in the order written: all the
	// query reads.
	var it chunkenc.Iterator
	for _, series := range selected {
		b = append(b, "selector\n"...)
		for _, s := range series {
			s.Labels().Range(func(l labels.Label) {
				b = append(append(append(append(b, l.Name...), 0xff), rank.Rename(l.Name, l.Value)...), 0xff)
			})
			b = append(b, '\n')
			it = s.Iterator(it)
			for vt := it.Next(); vt != chunkenc.ValNone; vt = it.Next() {
				if vt != chunkenc.ValFloat {
					return nil, false
				}
				t, v := it.At()
				b = binary.LittleEndian.AppendUint64(b, uint64(t))
				b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
			}
			if it.Err() != nil {
				return nil, false
			}
			b = append(b, '\n')
		}
	}
	*bp = b
	return &queryShape{key: sha256.Sum256(b), rank: rank}, true
}

// keyBuffers are the buffers keys are written in before they are hashed.
var keyBuffers = sync.Pool{New: func() any { return new([]byte) }}

// query returns what a query of shape s evaluates to: the first query of
// the shape runs, the others rename its result. A failed query's error
// is its own: the others of the shape run for theirs.
func (sh *Shapes) query(s *queryShape, run func() ([]Series, error)) ([]Series, error) {
	v, _ := sh.m.LoadOrStore(s.key, &shapeResult{})
	res := v.(*shapeResult)
	var mine []Series
	ran := false
	res.once.Do(func() {
		ran = true
		mine, res.err = run()
		if res.err == nil {
			res.series = relabelled(mine, s.rank.Rename)
		}
	})
	switch {
	case ran:
		return mine, res.err
	case res.err != nil:
		return run()
	}
	return relabelled(res.series, s.rank.Back), nil
}

// relabelled is series with every label value renamed by to, in the same
// order (a renaming of a shape keeps the order of label sets); the values
// are shared.
func relabelled(series []Series, to func(label, value string) string) []Series {
	out := make([]Series, len(series))
	for i, s := range series {
		out[i] = Series{Labels: promql.RenamedLabels(s.Labels, to), Values: s.Values}
	}
	return out
}
