package verify

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
)

// compare checks a documented metric against its exposed family.
func (r *run) compare(m *catalogue.Metric, f *exposition.Family) {
	typeOK := r.compareType(m, f)
	r.compareLabels(m, f)
	r.compareHelp(m, f)
	if typeOK && m.Type == catalogue.Histogram {
		r.compareHistogram(m, f)
	}
	if typeOK && m.Type == catalogue.Summary {
		r.compareQuantiles(m, f)
	}
}

// compareQuantiles warns when the catalogue declares a summary's quantiles
// and some exposed series serves others: a query selecting
// quantile="0.99" of a summary serving "99" finds nothing.
func (r *run) compareQuantiles(m *catalogue.Metric, f *exposition.Family) {
	if m.Quantiles == nil {
		return // not declared
	}
	want := slices.Sorted(slices.Values(m.Quantiles))
	for _, s := range f.Series {
		if !slices.Equal(s.Quantiles, want) {
			r.metricf(diag.Warning, m, "quantiles-differ", "quantiles of %s differ: the catalogue declares [%s], the exposition serves [%s]", m.Name, floats(want), floats(s.Quantiles))
			return
		}
	}
}

// compareType reports a type mismatch. An untyped family fits a counter or
// a gauge: the exposition just does not say, and Prometheus stores the same
// series either way (info). A metric the catalogue declares untyped fits
// whatever is exposed; when the exposition names a type, an info suggests
// declaring it.
func (r *run) compareType(m *catalogue.Metric, f *exposition.Family) bool {
	switch {
	case m.Type == catalogue.Untyped:
		if f.Type != exposition.Untyped {
			r.metricf(diag.Info, m, "declared-untyped",
				"the catalogue declares %s untyped, and the exposition serves it as a %s: declare it type: %s, so that obsgen lint can check what queries do with it",
				m.Name, f.Type, f.Type)
		}
		return true
	case m.ExposedAs != "" && f.Type == m.ExposedAs, m.ExposedAs == "" && f.Type == m.Type:
		// Served as the catalogue says: its exposed_as, else its type.
		return true
	case m.Type == catalogue.Histogram && m.Snapshot && f.Type == exposition.GaugeHistogram:
		// OpenMetrics's name for a snapshot histogram.
		return true
	case m.ExposedAs != "" && f.Type == m.Type:
		// The exporter types it now (a newer version): the same series,
		// but exposed_as no longer says what is served.
		r.metricf(diag.Warning, m, "exposed-as-differs",
			"%s is declared exposed_as: %s, but the exposition serves it as a %s, its type: drop exposed_as", m.Name, m.ExposedAs, f.Type)
		return true
	case f.Type == exposition.Untyped && (m.Type == catalogue.Counter || m.Type == catalogue.Gauge):
		r.metricf(diag.Info, m, "served-untyped",
			"%s is served without a TYPE (untyped); the catalogue declares it a %s, and queries rely on that: Prometheus stores the same series either way (add exposed_as: untyped to say so)",
			m.Name, m.Type)
		return true
	}
	hint := ""
	switch {
	case m.Type == catalogue.Histogram && f.Type == exposition.GaugeHistogram:
		r.metricf(diag.Error, m, "type-mismatch", "the catalogue declares %s a histogram, and the exposition serves a gauge histogram, rebuilt at every scrape from what exists then: declare it snapshot: true, so that lint reads its buckets as levels", m.Name)
		return true
	case m.Type == catalogue.Histogram && f.Type == catalogue.Summary:
		hint = ": a summary has quantile series and no _bucket, so histogram_quantile() over it finds nothing"
	case m.Type == catalogue.Summary && f.Type == catalogue.Histogram:
		hint = ": a histogram has _bucket series and no quantile label; use histogram_quantile()"
	case m.Type == catalogue.Counter && f.Type == catalogue.Gauge:
		hint = ": rate() and increase() on a gauge treat every drop as a counter reset"
	}
	r.metricf(diag.Error, m, "type-mismatch", "the catalogue declares %s a %s, but the exposition serves a %s%s", m.Name, m.Type, f.Type, hint)
	return false
}

// compareLabels reports declared labels no series carries, labels the
// catalogue does not declare, and values outside an enumeration. One
// missing and one extra label on the same metric are reported once, as a
// rename.
func (r *run) compareLabels(m *catalogue.Metric, f *exposition.Family) {
	exposed := f.LabelNames()
	exposed = slices.DeleteFunc(exposed, func(l string) bool {
		return (l == "le" && (f.Type == catalogue.Histogram || f.Type == exposition.GaugeHistogram)) || (l == "quantile" && f.Type == catalogue.Summary)
	})
	var missing, extra []string
	for _, l := range m.Labels {
		// A label served empty only (sasl_method="") is the exporter's,
		// stored as none until it fills it in.
		if !slices.Contains(exposed, l) && !slices.Contains(f.Empty, l) {
			missing = append(missing, l)
		}
	}
	for _, l := range exposed {
		if !m.HasLabel(l) {
			extra = append(extra, l)
		}
	}
	if len(missing) == 1 && len(extra) == 1 {
		r.metricf(diag.Error, m, "label-renamed", "%s has no label %s; its series carry %s instead (renamed?)", m.Name, missing[0], extra[0])
	} else {
		for _, l := range missing {
			r.metricf(diag.Error, m, "missing-label", "%s is documented with label %s, which no exposed series carries", m.Name, l)
		}
		for _, l := range extra {
			r.metricf(diag.Warning, m, "extra-label", "%s is exposed with label %s, which the catalogue does not list (values: %s)", m.Name, l, quoteList(f.LabelValues(l), 5))
		}
	}
	for _, l := range m.Labels {
		decl := r.c.Label(l)
		if decl == nil || !slices.Contains(exposed, l) {
			continue
		}
		allowed := m.ValuesOf(decl)
		if len(allowed) == 0 {
			continue
		}
		var outside []string
		for _, v := range f.LabelValues(l) {
			if !m.Allows(decl, v) {
				outside = append(outside, v)
			}
		}
		if len(outside) == 0 {
			continue
		}
		whose := "the enumeration of label " + l
		if _, own := m.LabelValues[l]; own {
			whose = "the label_values of " + m.Name + " for " + l
		}
		r.metricf(diag.Error, m, "unknown-label-value", "%s has %s %s outside %s (%s)",
			m.Name, plural(len(outside), "value", "values"), quoteList(outside, 5), whose, strings.Join(allowed, ", "))
	}
}

// compareHelp warns when the HELP texts differ, whitespace aside. An
// exposition without HELP says nothing.
func (r *run) compareHelp(m *catalogue.Metric, f *exposition.Family) {
	got := NormaliseHelp(f.Help)
	if got == "" || got == NormaliseHelp(m.Help) {
		return
	}
	r.metricf(diag.Warning, m, "help-differs", "HELP of %s differs: the catalogue says %q, the exposition %q", m.Name, m.Help, got)
}

// NormaliseHelp collapses runs of white space (newlines included) to one
// space, the form help texts are compared in.
func NormaliseHelp(s string) string { return strings.Join(strings.Fields(s), " ") }

// compareHistogram checks a histogram's buckets. A native histogram
// without classic series has no fixed buckets, and the text formats cannot
// carry its native ones: exposed there it shows only the +Inf bucket, which
// is all there is to see. With classic series (classic: true, or a plain
// histogram) the buckets are compared.
func (r *run) compareHistogram(m *catalogue.Metric, f *exposition.Family) {
	if m.HasClassicSeries() {
		r.compareBuckets(m, f)
		return
	}
	for _, s := range f.Series {
		if len(s.Buckets) > 0 {
			r.metricf(diag.Info, m, "classic-buckets-exposed",
				"%s is declared a native histogram without classic series, but the exposition has classic buckets [%s]: add classic: true so that queries on %s_bucket are known",
				m.Name, floats(s.Buckets), m.Name)
			return
		}
	}
}

// compareBuckets warns when the catalogue declares bucket bounds and some
// exposed series has other ones (+Inf aside).
func (r *run) compareBuckets(m *catalogue.Metric, f *exposition.Family) {
	if len(m.Buckets) == 0 {
		return
	}
	want := finite(m.Buckets)
	for _, s := range f.Series {
		if !slices.Equal(s.Buckets, want) {
			r.metricf(diag.Warning, m, "buckets-differ", "buckets of %s differ: the catalogue declares [%s], the exposition has [%s]", m.Name, floats(want), floats(s.Buckets))
			return
		}
	}
}

// finite drops a trailing +Inf bound.
func finite(bounds []float64) []float64 {
	out := make([]float64, 0, len(bounds))
	for _, b := range bounds {
		if !math.IsInf(b, 1) {
			out = append(out, b)
		}
	}
	return out
}

func floats(fs []float64) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = strconv.FormatFloat(f, 'g', -1, 64)
	}
	return strings.Join(parts, ", ")
}

// quoteList quotes up to n values and says how many more there are.
func quoteList(values []string, n int) string {
	var parts []string
	for i, v := range values {
		if i == n {
			parts = append(parts, fmt.Sprintf("and %d more", len(values)-n))
			break
		}
		parts = append(parts, strconv.Quote(v))
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
