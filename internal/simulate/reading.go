package simulate

import (
	"math"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// part tells a metric's series apart: those with a label value that names
// a failure (status="error", code="503", state="failed") are troubled,
// those with a client's error status (code="404", "4xx") are the client's
// part, and a healthy service sends either a small share of its events and
// a zero level; the others carry the metric's ordinary signals. A scenario
// on server errors (code="5xx") leaves the client errors as they were.
type part int

const (
	normalPart part = iota
	troubledPart
	clientPart
)

// parts are every part, in order.
var parts = []part{normalPart, troubledPart, clientPart}

// pv is one kind of series an expression keeps: n series (per group, after
// an aggregation) of value v.
type pv struct {
	n, v float64
}

// getter returns the value of a signal.
type getter func(signal) float64

// reading is how an expression's value follows the plan's signals: eval
// computes its values from any signal values, and free is the signal a
// condition on it drives (the numerator's, for a ratio).
type reading struct {
	metric *catalogue.Metric
	kind   kind
	free   signal
	// quantile is histogram_quantile's φ, NaN for a mean.
	quantile float64
	// matchers are the selector's, which decide how many series a sum adds.
	matchers []*labels.Matcher
	eval     func(get getter) []pv
	// clock is set for a Unix timestamp read by its offset, until time()
	// is subtracted from it or it from time().
	clock bool
}

// with returns a getter that answers v for s and the plan's value otherwise.
func (p *plan) with(s signal, v float64) getter {
	return func(x signal) float64 {
		if x == s {
			return v
		}
		return p.sig[x]
	}
}

// mapValues applies f to every value of r.
func (r reading) mapValues(f func(float64) float64) reading {
	inner := r.eval
	r.eval = func(get getter) []pv {
		vals := inner(get)
		out := make([]pv, len(vals))
		for i, x := range vals {
			out[i] = pv{x.n, f(x.v)}
		}
		return out
	}
	return r
}

// filter keeps the values of r that pass keep, as a comparison nested in
// another keeps the series that pass it.
func (r reading) filter(keep func(float64) bool) reading {
	inner := r.eval
	r.eval = func(get getter) []pv {
		var out []pv
		for _, x := range inner(get) {
			if keep(x.v) {
				out = append(out, x)
			}
		}
		return out
	}
	return r
}

// combine pairs the values of two readings under op: one against each
// when either has a single kind of series, else kind by kind.
func combine(op parser.ItemType, a, b []pv) []pv {
	var out []pv
	switch {
	case len(b) == 1:
		for _, x := range a {
			out = append(out, pv{x.n, promql.Arithmetic(op, x.v, b[0].v)})
		}
	case len(a) == 1:
		for _, y := range b {
			out = append(out, pv{y.n, promql.Arithmetic(op, a[0].v, y.v)})
		}
	default:
		for i := range min(len(a), len(b)) {
			out = append(out, pv{a[i].n, promql.Arithmetic(op, a[i].v, b[i].v)})
		}
	}
	return out
}

// reduce is an aggregation over groups of g series of the values vals.
func reduce(op parser.ItemType, vals []pv, groups float64) []pv {
	if len(vals) == 0 {
		return nil
	}
	total, n := 0.0, 0.0
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, x := range vals {
		total += x.n * x.v
		n += x.n
		lo, hi = math.Min(lo, x.v), math.Max(hi, x.v)
	}
	switch op {
	case parser.SUM:
		return []pv{{groups, total / groups}}
	case parser.AVG:
		return []pv{{groups, total / n}}
	case parser.MAX:
		return []pv{{groups, hi}}
	case parser.MIN:
		return []pv{{groups, lo}}
	case parser.COUNT:
		return []pv{{groups, n / groups}}
	}
	return nil
}
