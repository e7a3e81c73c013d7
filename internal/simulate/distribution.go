package simulate

import (
	"math"
	"sort"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/client_golang/prometheus"
)

// spread is the simulated distribution of a histogram's or summary's
// observations around a typical value v: half at v/2, 40% at v, 10% at 2v.
var spread = []struct{ factor, weight float64 }{{0.5, 0.5}, {1, 0.4}, {2, 0.1}}

// defaultQuantiles are the quantiles of a summary that declares none.
var defaultQuantiles = []float64{0.5, 0.9, 0.99}

// buckets returns the finite upper bounds of histogram m, sorted: its own,
// or the Prometheus client's defaults.
func buckets(m *catalogue.Metric) []float64 {
	b := m.Buckets
	if len(b) == 0 {
		b = prometheus.DefBuckets
	}
	out := make([]float64, 0, len(b))
	for _, x := range b {
		if !math.IsInf(x, +1) && !math.IsNaN(x) {
			out = append(out, x)
		}
	}
	sort.Float64s(out)
	return out
}

// quantiles returns the quantiles summary m exposes.
func quantiles(m *catalogue.Metric) []float64 {
	if len(m.Quantiles) > 0 || m.ServesNoQuantiles() {
		return m.Quantiles
	}
	return defaultQuantiles
}

// mean is the average observation when the typical value is v.
func mean(v float64) float64 {
	s := 0.0
	for _, p := range spread {
		s += p.factor * v * p.weight
	}
	return s
}

// cumulative is the fraction of observations at or below le.
func cumulative(v, le float64) float64 {
	f := 0.0
	for _, p := range spread {
		if p.factor*v <= le {
			f += p.weight
		}
	}
	return f
}

// exactQuantile is the q-quantile of the distribution itself, as a summary
// reports it: the smallest observation with at least q of them at or below.
func exactQuantile(v, q float64) float64 {
	f := 0.0
	for _, p := range spread {
		f += p.weight
		if f >= q-1e-12 {
			return p.factor * v
		}
	}
	return spread[len(spread)-1].factor * v
}

// bucketQuantile estimates the q-quantile from the histogram's buckets the
// way PromQL's histogram_quantile does: linear interpolation inside the
// bucket that holds the rank, the highest finite bound when it falls in
// +Inf.
func bucketQuantile(bounds []float64, v, q float64) float64 {
	switch {
	case math.IsNaN(q):
		return mean(v)
	case q < 0:
		return math.Inf(-1)
	case q > 1:
		return math.Inf(+1)
	}
	prevBound, prevCum := 0.0, 0.0
	for i, le := range bounds {
		cum := cumulative(v, le)
		if cum >= q && cum > prevCum {
			lower := prevBound
			if i == 0 && le <= 0 {
				return le
			}
			return lower + (le-lower)*(q-prevCum)/(cum-prevCum)
		}
		prevBound, prevCum = le, cum
	}
	if len(bounds) == 0 {
		return math.NaN()
	}
	return bounds[len(bounds)-1]
}
