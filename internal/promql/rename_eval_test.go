package promql_test

import (
	"context"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/simulate"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	promqlengine "github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/util/annotations"
)

// TestARenamingThatKeepsTheOrderOfValuesKeepsWhatAnExpressionEvaluatesTo
// checks what trace and preview shapes rest on: for random expressions
// over random series, renaming every metric name and label value (but
// le's and the empty value) by a bijection that keeps each label's order,
// in the expression (promql.Renamed) and in the series, makes Prometheus's
// engine return the same result renamed, float for float.
func TestARenamingThatKeepsTheOrderOfValuesKeepsWhatAnExpressionEvaluatesTo(t *testing.T) {
	engine := promqlengine.NewEngine(promqlengine.EngineOpts{MaxSamples: 1_000_000, Timeout: time.Minute})
	evaluated, refused, unsettled := 0, 0, 0
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 7))
		series := randomSeries(r)
		text := randomExpr(r, 3)
		expr, err := promql.Parser.ParseExpr(text)
		if err != nil {
			t.Fatalf("seed %d: %s does not parse: %v", seed, text, err)
		}
		seen := map[string]map[string]bool{}
		see := func(label, value string) string {
			if !promql.NumberLabels[label] && value != "" {
				if seen[label] == nil {
					seen[label] = map[string]bool{}
				}
				seen[label][value] = true
			}
			return value
		}
		if _, ok := promql.Renamed(expr, see); !ok {
			refused++
			continue
		}
		for _, s := range series {
			s.labels.Range(func(l labels.Label) { see(l.Name, l.Value) })
		}
		sigma := orderKeeping(r, seen)
		renamedExpr, _ := promql.Renamed(expr, sigma)
		var renamedSeries []testSeries
		for _, s := range series {
			renamedSeries = append(renamedSeries, testSeries{promql.RenamedLabels(s.labels, sigma), s.values})
		}
		// Both as printed: String sorts a selector's matchers, and
		// absent's labels depend on their order.
		want, werr := evaluate(engine, series, expr.String())
		got, gerr := evaluate(engine, renamedSeries, renamedExpr.String())
		if (werr != nil) != (gerr != nil) {
			t.Fatalf("seed %d: %s: error %v, renamed %s: error %v", seed, text, werr, renamedExpr, gerr)
		}
		if werr != nil {
			continue
		}
		if !deterministic(engine, series, expr.String(), want) {
			// Prometheus itself answers otherwise from run to run: topk
			// of ties over an operation whose series it holds in a map.
			unsettled++
			continue
		}
		evaluated++
		var renamedWant promqlengine.Matrix
		for _, s := range want {
			renamedWant = append(renamedWant, promqlengine.Series{Metric: promql.RenamedLabels(s.Metric, sigma), Floats: s.Floats})
		}
		if w, g := matrixText(renamedWant), matrixText(got); w != g {
			t.Errorf("seed %d: %s over\n%v\nrenamed:\n%s\ngot\n%s\nrenamed %s gives\n%s", seed, text, series, w, matrixText(want), renamedExpr, g)
		}
	}
	t.Logf("%d expressions evaluated alike renamed, %d refused by Renamed, %d that Prometheus evaluates otherwise run to run", evaluated, refused, unsettled)
	if evaluated < 300 {
		t.Errorf("only %d of 400 random expressions evaluated", evaluated)
	}
}

// values are the label values series and matchers draw from: texts whose
// order and length differ, a number, and text that looks like a rank.
var values = []string{"a", "b", "api", "10", "9", "#1", "x-1", "zz"}

// testSeries is a series' labels and its value every minute from 0.
type testSeries struct {
	labels labels.Labels
	values []float64
}

// randomSeries are a few series of counters a and b and histogram h, with
// labels job, op and (on some) zone, each from values, and samples every
// minute for half an hour.
func randomSeries(r *rand.Rand) []testSeries {
	var out []testSeries
	seen := map[string]bool{}
	for range 3 + r.IntN(6) {
		b := labels.NewScratchBuilder(4)
		b.Add(model.MetricNameLabel, []string{"a", "b", "a"}[r.IntN(3)])
		b.Add("job", values[r.IntN(3)])
		b.Add("op", values[r.IntN(len(values))])
		if r.IntN(3) == 0 {
			b.Add("zone", values[r.IntN(len(values))])
		}
		b.Sort()
		ls := b.Labels()
		if !seen[ls.String()] {
			seen[ls.String()] = true
			out = append(out, testSeries{ls, counter(float64(1+r.IntN(7)), r.IntN(3) == 0)})
		}
	}
	job := values[r.IntN(3)]
	for i, le := range []string{"0.1", "1", "+Inf"} {
		out = append(out, testSeries{labels.FromStrings(model.MetricNameLabel, "h_bucket", "job", job, "le", le), counter([]float64{1, 3, 4}[i], false)})
	}
	return out
}

// counter is a counter's value every minute for half an hour, growing by
// step, restarted at the 17th minute if asked.
func counter(step float64, restart bool) []float64 {
	var vs []float64
	v := 0.0
	for i := range 31 {
		if restart && i == 17 {
			v = 0
		}
		v += step
		vs = append(vs, v)
	}
	return vs
}

// randomExpr is a random expression of the given depth over the series of
// randomSeries.
func randomExpr(r *rand.Rand, depth int) string {
	sel := func() string {
		name := []string{"a", "b"}[r.IntN(2)]
		var ms []string
		for range r.IntN(3) {
			label := []string{"job", "op", "zone"}[r.IntN(3)]
			switch r.IntN(6) {
			case 0:
				ms = append(ms, label+`=""`)
			case 1:
				ms = append(ms, label+`=~".*"`)
			case 2:
				ms = append(ms, label+`=~".+"`)
			case 3:
				ms = append(ms, label+`!="`+values[r.IntN(len(values))]+`"`)
			default:
				ms = append(ms, label+`="`+values[r.IntN(len(values))]+`"`)
			}
		}
		if len(ms) == 0 {
			return name
		}
		return name + "{" + strings.Join(ms, ", ") + "}"
	}
	by := func() string {
		return []string{"", " by (op)", " by (job)", " by (job, zone)", " without (op)"}[r.IntN(5)]
	}
	if depth == 0 {
		switch r.IntN(3) {
		case 0:
			return sel()
		case 1:
			return "rate(" + sel() + "[5m])"
		}
		return []string{"increase", "max_over_time", "resets", "changes"}[r.IntN(4)] + "(" + sel() + "[10m])"
	}
	sub := func() string { return randomExpr(r, depth-1) }
	switch r.IntN(13) {
	case 8:
		// A subquery, as the SLO rules of a threshold write them.
		return []string{"avg_over_time", "max_over_time", "count_over_time"}[r.IntN(3)] + "((" + sub() + ")[10m:1m]" + []string{"", " offset 2m"}[r.IntN(2)] + ")"
	case 9:
		return "(" + sub() + ") " + []string{">", "<", "=="}[r.IntN(3)] + " bool " + fmt.Sprint(r.IntN(6))
	case 10:
		// Labels copied across a match: an error (many-to-many) or the
		// copied values, both to be alike.
		return "(" + sub() + ") * on (job) group_left (" + []string{"op", "zone"}[r.IntN(2)] + ") (" + []string{"max", "sum"}[r.IntN(2)] + " by (job, zone) (" + sub() + "))"
	case 11:
		switch r.IntN(4) {
		case 0:
			return "sort_desc(" + sub() + ")"
		case 1:
			return "deriv(" + sel() + "[10m])"
		case 2:
			return "predict_linear(" + sel() + "[10m], 60)"
		}
		return "clamp_min(" + sub() + ", 1)"
	case 12:
		return "(" + sub() + ") " + []string{"+", "<"}[r.IntN(2)] + " scalar(" + sub() + ")"
	case 0:
		return []string{"sum", "avg", "max", "min", "count", "group", "stddev"}[r.IntN(7)] + by() + " (" + sub() + ")"
	case 1:
		return []string{"topk", "bottomk"}[r.IntN(2)] + by() + " (2, " + sub() + ")"
	case 2:
		return "quantile" + by() + " (0.5, " + sub() + ")"
	case 3:
		match := []string{"", " on (job)", " ignoring (zone)", " on (job, op)"}[r.IntN(4)]
		return "(" + sub() + ") " + []string{"+", "/", "-", "*"}[r.IntN(4)] + match + " (" + sub() + ")"
	case 4:
		return "(" + sub() + ") " + []string{"and", "or", "unless"}[r.IntN(3)] + " (" + sub() + ")"
	case 5:
		return "(" + sub() + ") " + []string{">", "<=", "!="}[r.IntN(3)] + " " + fmt.Sprint(r.IntN(6))
	case 6:
		return []string{"absent", "abs", "timestamp"}[r.IntN(3)] + "(" + sub() + ")"
	case 7:
		return "histogram_quantile(0.9, sum by (le" + []string{"", ", job"}[r.IntN(2)] + ") (rate(h_bucket[5m])))"
	}
	return "absent_over_time(" + sel() + "[5m])"
}

// orderKeeping is a random bijection of each label's seen values onto
// fresh texts in the same order, of other lengths; anything else (le, the
// empty value) is kept.
func orderKeeping(r *rand.Rand, seen map[string]map[string]bool) func(label, value string) string {
	fresh := map[string]map[string]string{}
	for label, vs := range seen {
		old := slices.Sorted(maps.Keys(vs))
		names := map[string]bool{}
		for len(names) < len(old) {
			b := []byte{byte('a' + r.IntN(26))}
			for range r.IntN(6) {
				b = append(b, "abcxyz019_"[r.IntN(10)])
			}
			names[string(b)] = true
		}
		sorted := slices.Sorted(maps.Keys(names))
		fresh[label] = map[string]string{}
		for i, v := range old {
			fresh[label][v] = sorted[i]
		}
	}
	return func(label, value string) string {
		if f, ok := fresh[label][value]; ok {
			return f
		}
		return value
	}
}

// evaluate runs text as a range query over the series, from the 10th to
// the 30th minute every minute.
func evaluate(engine *promqlengine.Engine, series []testSeries, text string) (promqlengine.Matrix, error) {
	q, err := engine.NewRangeQuery(context.Background(), listQueryable(series), nil, text, time.UnixMilli(600_000), time.UnixMilli(1_800_000), time.Minute)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	res := q.Exec(context.Background())
	if res.Err != nil {
		return nil, res.Err
	}
	m, err := res.Matrix()
	if err != nil {
		return nil, err
	}
	// Close hands the result's points back to the engine's pools.
	out := make(promqlengine.Matrix, len(m))
	for i, s := range m {
		out[i] = promqlengine.Series{Metric: s.Metric, Floats: slices.Clone(s.Floats)}
	}
	return out, nil
}

// deterministic reports whether text evaluates to want again, twenty
// times.
func deterministic(engine *promqlengine.Engine, series []testSeries, text string, want promqlengine.Matrix) bool {
	for range 20 {
		again, err := evaluate(engine, series, text)
		if err != nil || matrixText(again) != matrixText(want) {
			return false
		}
	}
	return true
}

// matrixText writes a result with every float's bits.
func matrixText(m promqlengine.Matrix) string {
	var b strings.Builder
	for _, s := range m {
		b.WriteString(s.Metric.String())
		for _, p := range s.Floats {
			fmt.Fprintf(&b, " %d:%x", p.T, math.Float64bits(p.F))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// listQueryable is a storage of the given series.
type listQueryable []testSeries

func (l listQueryable) Querier(int64, int64) (storage.Querier, error) { return l, nil }

func (l listQueryable) Select(_ context.Context, _ bool, _ *storage.SelectHints, ms ...*labels.Matcher) storage.SeriesSet {
	var out []storage.Series
	for _, s := range l {
		if promql.Selects(ms, s.labels) {
			ts := make([]int64, len(s.values))
			for i := range ts {
				ts[i] = int64(i) * 60_000
			}
			out = append(out, simulate.NewSeries(s.labels, ts, s.values))
		}
	}
	slices.SortFunc(out, func(a, b storage.Series) int { return labels.Compare(a.Labels(), b.Labels()) })
	return &listSet{list: out, i: -1}
}

func (listQueryable) LabelValues(context.Context, string, *storage.LabelHints, ...*labels.Matcher) ([]string, annotations.Annotations, error) {
	return nil, nil, nil
}

func (listQueryable) LabelNames(context.Context, *storage.LabelHints, ...*labels.Matcher) ([]string, annotations.Annotations, error) {
	return nil, nil, nil
}

func (listQueryable) Close() error { return nil }

// listSet iterates a list of series.
type listSet struct {
	list []storage.Series
	i    int
}

func (s *listSet) Next() bool                        { s.i++; return s.i < len(s.list) }
func (s *listSet) At() storage.Series                { return s.list[s.i] }
func (s *listSet) Err() error                        { return nil }
func (s *listSet) Warnings() annotations.Annotations { return nil }
