package lint

import (
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

// sloLatencyThreshold finds latency SLOs whose threshold is not a bucket
// boundary of their histogram.
var sloLatencyThreshold = &Check{
	Code:     "slo-latency-threshold",
	Severity: diag.Error,
	Docs: "A latency SLO's threshold is not one of its histogram's bucket boundaries: the SLI reads the bucket whose le is the threshold, which no series has, " +
		"so every request counts as slow and the budget is gone at once (error); a histogram that declares no buckets cannot be checked (warning).",
	run: func(x *Context, r *reporter) {
		for i := range x.C.SLOs {
			s := &x.C.SLOs[i]
			l := s.SLI.Latency
			if l == nil || l.Threshold <= 0 {
				continue
			}
			m, _, _ := x.C.Lookup(l.Histogram)
			if m == nil || m.Type != catalogue.Histogram || !m.HasClassicSeries() {
				// Unknown (unknown-metric), not a histogram (validation),
				// or native: histogram_fraction() interpolates inside
				// exponential buckets, whatever the threshold.
				continue
			}
			tp := x.C.At(l.Pos, "threshold")
			text := catalogueFloat(l.Threshold)
			if len(m.Buckets) == 0 {
				r.sev(diag.Warning, tp, len(text), "histogram %s declares no buckets, so obsgen cannot check that %g is one of its boundaries; "+
					"declare its buckets (obsgen import reads them from /metrics)", m.Name, l.Threshold)
				continue
			}
			found := false
			for _, b := range m.Buckets {
				found = found || b == l.Threshold
			}
			if found {
				continue
			}
			below, above := neighbours(m.Buckets, l.Threshold)
			r.at(tp, len(text), "threshold %g is not a bucket boundary of %s (%s): no series has le=\"%g\", so every request would count as slow; "+
				"use %s, or add %g to the histogram's buckets", l.Threshold, m.Name, formatBuckets(m.Buckets), l.Threshold, below+above, l.Threshold)
		}
	},
}

// neighbours names the boundaries around v: "0.25 or 0.5".
func neighbours(buckets []float64, v float64) (string, string) {
	var lo, hi string
	for _, b := range buckets {
		if b < v {
			lo = catalogueFloat(b)
		}
		if b > v && hi == "" {
			hi = catalogueFloat(b)
		}
	}
	switch {
	case lo != "" && hi != "":
		return lo, " or " + hi
	case lo != "":
		return lo, ""
	}
	return hi, ""
}

func catalogueFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func formatBuckets(bs []float64) string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = catalogueFloat(b)
	}
	return strings.Join(parts, ", ")
}
