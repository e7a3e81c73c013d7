package validate

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/suggest"
	"github.com/obsgen/obsgen/internal/words"
)

func (v *validator) labels() {
	names := v.unique("label")
	for _, l := range v.c.Labels {
		p := v.c.At(l.Pos, "name")
		if v.required(l.Pos, l.Name, "a name", "label") {
			v.labelName(l.Name, p, "label name")
		}
		names.add(l.Name, p)
		values := v.unique("value of label " + l.Name)
		for _, val := range l.Values {
			vp := v.c.At(val.Pos, "value")
			v.required(val.Pos, val.Value, "a value", "label value")
			values.add(val.Value, vp)
		}
	}
}

// unitSuffixes ties a metric name suffix to the unit it implies.
var unitSuffixes = map[string]string{
	"_seconds": "seconds",
	"_bytes":   "bytes",
	"_ratio":   "ratio",
	"_percent": "percent",
}

func (v *validator) metrics() {
	names := v.unique("metric")
	groups := v.unique("metric group")
	declared := make([]string, 0, len(v.c.Labels))
	for _, l := range v.c.Labels {
		declared = append(declared, l.Name)
	}
	sort.Strings(declared)
	for _, g := range v.c.MetricGroups {
		v.required(g.Pos, g.Name, "a name", "metric group")
		groups.add(g.Name, v.c.At(g.Pos, "name"))
		for i, comp := range g.Components {
			v.component(comp, v.c.At(g.Pos, "components["+itoa(i)+"]"))
		}
		if len(g.Metrics) == 0 {
			v.errorf(g.Pos, "missing-field", "metric group %q has no metrics", g.Name)
		}
		v.optional(g.Optional)
		for _, m := range g.Metrics {
			v.metric(m, names, declared)
		}
	}
}

func (v *validator) metric(m catalogue.Metric, names *unique, declared []string) {
	np := v.c.At(m.Pos, "name")
	if v.required(m.Pos, m.Name, "a name", "metric") {
		if !metricNameRE.MatchString(m.Name) {
			v.errorf(np, "bad-name", "metric name %q is not a valid Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)", m.Name)
		} else if strings.HasPrefix(m.Name, "__") {
			v.errorf(np, "bad-name", "metric name %q starts with __, which Prometheus reserves", m.Name)
		}
	}
	names.add(m.Name, np)
	tp := v.c.At(m.Pos, "type")
	if v.required(m.Pos, m.Type, "a type (counter, gauge, histogram, summary or untyped)", "metric "+m.Name) {
		v.oneOf(tp, m.Type, "metric type", catalogue.Counter, catalogue.Gauge, catalogue.Histogram, catalogue.Summary, catalogue.Untyped)
	}
	v.required(m.Pos, m.Help, "help text", "metric "+m.Name)
	if strings.ContainsAny(m.Help, "\n\r") {
		v.errorf(v.c.At(m.Pos, "help"), "bad-value", "help text of %s must be one line", m.Name)
	}
	switch m.Type {
	case catalogue.Counter:
		// The catalogue records the name the service exports; the
		// convention is advice, and renaming here would make every query
		// on the real series look wrong and every query on the new name dead.
		if !strings.HasSuffix(m.Name, "_total") && m.Exposed() == catalogue.Counter {
			v.warnf(np, "counter-name", "counter %q does not end in _total, as Prometheus naming asks (OpenMetrics exposes counters as <name>_total); keep the name the service exports, and ask its authors to rename it", m.Name)
		}
	case catalogue.Histogram, catalogue.Summary:
		for _, suffix := range []string{"_bucket", "_sum", "_count"} {
			if strings.HasSuffix(m.Name, suffix) {
				v.errorf(np, "histogram-name", "%s %q must not end in %s: Prometheus adds _bucket, _sum and _count to the family name itself", m.Type, m.Name, suffix)
			}
		}
	case catalogue.Gauge:
		if strings.HasSuffix(m.Name, "_total") {
			v.warnf(np, "gauge-name", "gauge %q ends in _total, which Prometheus reserves for counters; tools and readers will take it for a counter", m.Name)
		}
	}
	for suffix, unit := range unitSuffixes {
		base := strings.TrimSuffix(strings.TrimSuffix(m.Name, "_total"), "_bucket")
		if strings.HasSuffix(base, suffix) && m.Unit != "" && m.Unit != unit {
			v.warnf(v.c.At(m.Pos, "unit"), "unit-suffix", "metric %q ends in %s but its unit is %q", m.Name, suffix, m.Unit)
		}
	}
	if len(m.Buckets) > 0 {
		if m.Type != catalogue.Histogram {
			v.errorf(v.c.At(m.Pos, "buckets"), "bad-value", "only histograms have buckets; %s is a %s", m.Name, m.Type)
		}
		for i := 1; i < len(m.Buckets); i++ {
			if m.Buckets[i] <= m.Buckets[i-1] {
				v.errorf(v.c.At(m.Pos, "buckets["+itoa(i)+"]"), "bad-value", "bucket bounds must increase: %s follows %s", fmtFloat(m.Buckets[i]), fmtFloat(m.Buckets[i-1]))
			}
		}
	}
	if m.ExposedAs != "" {
		v.oneOf(v.c.At(m.Pos, "exposed_as"), m.ExposedAs, "exposed_as", catalogue.Untyped, catalogue.Gauge, catalogue.Counter)
		if m.ExposedAs == m.Type {
			v.warnf(v.c.At(m.Pos, "exposed_as"), "bad-value", "exposed_as %s is the metric's type already; drop it", m.ExposedAs)
		}
	}
	if m.Native && m.Type != catalogue.Histogram {
		v.errorf(v.c.At(m.Pos, "native"), "bad-value", "only histograms can be native; %s is a %s", m.Name, m.Type)
	}
	if m.Snapshot && m.Type != catalogue.Histogram && m.Type != catalogue.Summary {
		v.errorf(v.c.At(m.Pos, "snapshot"), "bad-value", "snapshot says a histogram or summary is built anew at every scrape; %s is a %s (a level is type: gauge)", m.Name, m.Type)
	}
	if m.Classic && !m.Native {
		v.errorf(v.c.At(m.Pos, "classic"), "bad-value", "classic says a native histogram also exposes the classic series; %s is not native: drop classic (a histogram without native is classic)", m.Name)
	}
	if len(m.Buckets) > 0 && m.Native && !m.Classic {
		v.errorf(v.c.At(m.Pos, "buckets"), "bad-value", "%s is a native histogram without classic series, so it has no fixed buckets; set classic: true if the classic buckets are exposed too", m.Name)
	}
	v.optional(m.Optional)
	if len(m.Quantiles) > 0 && m.Type != catalogue.Summary {
		v.errorf(v.c.At(m.Pos, "quantiles"), "bad-value", "only summaries have quantiles; %s is a %s", m.Name, m.Type)
	}
	var percents, phis []string
	for _, q := range m.Quantiles {
		switch {
		case q > 1 && q <= 100:
			percents = append(percents, fmtFloat(q))
		case q > 0 && q < 1:
			phis = append(phis, fmtFloat(q))
		case q < 0 || q > 100 || math.IsNaN(q):
			v.errorf(v.c.At(m.Pos, "quantiles"), "bad-value", "quantile %s is neither a φ between 0 and 1 nor a percentile", fmtFloat(q))
		}
	}
	switch {
	case len(percents) > 0 && len(phis) > 0:
		v.errorf(v.c.At(m.Pos, "quantiles"), "bad-value", "quantiles mix φ between 0 and 1 (%s) with percentiles (%s): an exporter serves one or the other",
			strings.Join(phis, ", "), strings.Join(percents, ", "))
	case len(percents) > 0:
		// What the service exports, if not what client libraries write.
		v.warnf(v.c.At(m.Pos, "quantiles"), "quantile-percent", "%s %s %s, as some exporters serve them (redis_exporter's quantile=\"99\" is the 99th); client libraries and OpenMetrics write φ between 0 and 1 (0.99). Kept as exported: queries select them as written here",
			words.Noun(len(percents), "quantile"), strings.Join(percents, ", "), words.Noun(len(percents), "is a percentile", "are percentiles"))
	}
	seen := map[string]bool{}
	for i, l := range m.Labels {
		lp := v.c.At(m.Pos, "labels["+itoa(i)+"]")
		if seen[l] {
			v.errorf(lp, "duplicate-name", "label %q is listed twice on %s", l, m.Name)
			continue
		}
		seen[l] = true
		switch {
		case l == "le" && m.Type == catalogue.Histogram, l == "quantile" && m.Type == catalogue.Summary:
			v.errorf(lp, "reserved-label", "label %q is added by Prometheus to every %s; do not declare it", l, m.Type)
			continue
		case (l == "job" || l == "instance") && !v.c.HonoursLabels(&m):
			// A Pushgateway's pushed series carry their pusher's job and
			// instance, kept when the job honours them.
			v.warnf(lp, "reserved-label", "label %q is set by Prometheus at scrape time; an exported one is renamed exported_%s, unless the scrape target that serves %s sets honor_labels: true (a Pushgateway's, a federation endpoint's)", l, l, m.Name)
		}
		if v.c.Label(l) == nil {
			v.errorf(lp, "undeclared-label", "metric %s uses label %q, which is not declared under labels%s", m.Name, l, suggest.Hint(l, declared))
		}
	}
	v.labelValues(m)
}

// labelValues checks a metric's own label values: each names a label the
// metric carries, lists values once, and keeps within the label's
// enumeration when it has one.
func (v *validator) labelValues(m catalogue.Metric) {
	for _, l := range slices.Sorted(maps.Keys(m.LabelValues)) {
		field := "label_values." + l
		if !m.HasLabel(l) {
			v.errorf(v.c.At(m.Pos, field+":key"), "bad-value", "label_values of %s names label %q, which the metric does not carry (its labels: %s)%s",
				m.Name, l, listOrNone(m.Labels), suggest.Hint(l, m.Labels))
			continue
		}
		vals := m.LabelValues[l]
		if len(vals) == 0 {
			v.errorf(v.c.At(m.Pos, field), "missing-field", "label_values of %s lists no value of %s: leave the label out of label_values when any value is served", m.Name, l)
			continue
		}
		decl := v.c.Label(l)
		seen := v.unique("value of label " + l + " on " + m.Name)
		for i, val := range vals {
			vp := v.c.At(m.Pos, field+"["+itoa(i)+"]")
			seen.add(val, vp)
			if decl != nil && !decl.AllowedValue(val) {
				v.errorf(vp, "bad-value", "%s's label %s is given value %q, which is not among the values label %s declares (%s)%s",
					m.Name, l, val, l, strings.Join(decl.ValueNames(), ", "), suggest.Hint(val, decl.ValueNames()))
			}
		}
	}
}

// listOrNone joins names with commas, or says none.
func listOrNone(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// optional checks that an optional setting says when the metric exists.
func (v *validator) optional(o *catalogue.Optional) {
	if o != nil && o.Collector == "" && o.Flag == "" && o.Platform == "" && o.Note == "" {
		v.errorf(o.Pos, "missing-field", "optional needs collector, flag, platform or note: say when the metrics exist")
	}
}
