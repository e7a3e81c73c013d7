package importer

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/verify"
)

var (
	metricNameRE = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`)
	labelNameRE  = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
)

// plan decides every metric, label and group of the spec.
func plan(e *verify.Exposition, ignore []string) Spec {
	var sp Spec
	type candidate struct {
		m Metric
		f *verify.Family
	}
	var cands []candidate
	for _, f := range e.Families {
		if verify.NotCatalogue(e, f) || verify.Ignored(f.Name, ignore) {
			continue
		}
		m, why := metric(f)
		if why != "" {
			sp.Skipped = append(sp.Skipped, Skipped{f.Name, why})
			continue
		}
		cands = append(cands, candidate{m, f})
	}
	// A family exposed under the catalogue name keeps it over one renamed
	// into it (a counter x beside a gauge x_total): verify matches names
	// first.
	sort.SliceStable(cands, func(i, j int) bool {
		return (cands[i].m.Name == cands[i].f.Name) && (cands[j].m.Name != cands[j].f.Name)
	})
	var metrics []Metric
	// values holds, per label, the values seen on the metrics that keep it.
	values := map[string]map[string]bool{}
	// described holds the labels some metric other than an _info one carries.
	described := map[string]bool{}
	byName := map[string]string{}
	for _, cd := range cands {
		m, f := cd.m, cd.f
		if prev, dup := byName[m.Name]; dup {
			sp.Skipped = append(sp.Skipped, Skipped{f.Name, "its catalogue name " + m.Name + " is taken by the family exposed as " + prev})
			continue
		}
		byName[m.Name] = f.Name
		for _, l := range m.Labels {
			if values[l] == nil {
				values[l] = map[string]bool{}
			}
			for _, v := range f.LabelValues(l) {
				values[l][v] = true
			}
			if !strings.HasSuffix(m.Name, "_info") {
				described[l] = true
			}
		}
		metrics = append(metrics, m)
	}
	sp.Labels = labels(values, described)
	sp.Groups = group(metrics)
	return sp
}

// metric derives the catalogue metric of family f, or says why it has none.
func metric(f *verify.Family) (Metric, string) {
	if !metricNameRE.MatchString(f.Name) || strings.HasPrefix(f.Name, "__") {
		return Metric{}, "not a metric name the catalogue accepts ([a-zA-Z_:][a-zA-Z0-9_:]*, no leading __)"
	}
	m := Metric{Metric: catalogue.Metric{Name: f.Name, Type: f.Type}}
	switch f.Type {
	case catalogue.Counter:
		if !strings.HasSuffix(f.Name, "_total") {
			m.Name = f.Name + "_total"
			m.Notes = append(m.Notes, "exposed as "+f.Name+", without _total: the catalogue names counters <name>_total (obsgen verify warns counter-without-total until the exporter adds it)")
		}
	case catalogue.Gauge:
		if strings.HasSuffix(f.Name, "_total") {
			m.Notes = append(m.Notes, "a gauge ending in _total, as exposed (obsgen lint warns gauge-name)")
		}
	case catalogue.Histogram, catalogue.Summary:
		for _, suffix := range []string{"_bucket", "_sum", "_count"} {
			if strings.HasSuffix(f.Name, suffix) {
				return Metric{}, "a " + f.Type + " family ending in " + suffix + " clashes with its own series names"
			}
		}
	case verify.Untyped:
		if strings.HasSuffix(f.Name, "_total") {
			m.Type = catalogue.Counter
			m.Notes = append(m.Notes, "exposed untyped; declared a counter for its _total suffix")
		} else {
			m.Type = catalogue.Gauge
			m.Notes = append(m.Notes, "exposed untyped; declared a gauge")
		}
	default:
		return Metric{}, "a " + f.Type + " has no catalogue type"
	}
	m.Unit = unit(m.Name, f.Unit)
	m.Help = help(&m, f)
	for _, l := range f.LabelNames() {
		switch {
		case l == "le" && m.Type == catalogue.Histogram, l == "quantile" && m.Type == catalogue.Summary:
			continue
		case !labelNameRE.MatchString(l) || strings.HasPrefix(l, "__"):
			m.Notes = append(m.Notes, "label "+l+" left out: not a label name the catalogue accepts (obsgen verify warns extra-label)")
			continue
		case l == "job" || l == "instance":
			m.Notes = append(m.Notes, "carries label "+l+", which Prometheus renames exported_"+l+" at scrape time (obsgen lint warns reserved-label)")
		}
		m.Labels = append(m.Labels, l)
	}
	if m.Type == catalogue.Histogram {
		m.Buckets = buckets(&m, f)
	}
	return m, ""
}

// help returns the family's HELP, made one valid line.
func help(m *Metric, f *verify.Family) string {
	h := strings.ToValidUTF8(f.Help, "\uFFFD")
	if strings.TrimSpace(h) == "" {
		m.Notes = append(m.Notes, "the exposition has no HELP for it")
		return "TODO: describe " + m.Name
	}
	if strings.ContainsAny(h, "\n\r") {
		m.Notes = append(m.Notes, "HELP had line breaks, joined into one line")
		return verify.NormaliseHelp(h)
	}
	return h
}

// buckets returns the histogram's bounds when every series shares them.
func buckets(m *Metric, f *verify.Family) []float64 {
	if len(f.Series) == 0 || len(f.Series[0].Buckets) == 0 {
		return nil
	}
	first := f.Series[0].Buckets
	for _, s := range f.Series[1:] {
		if !slices.Equal(s.Buckets, first) {
			m.Notes = append(m.Notes, "series have different buckets; none declared")
			return nil
		}
	}
	return first
}

// unitSuffixes are the base-unit suffixes the catalogue ties to a unit.
var unitSuffixes = []struct{ suffix, unit string }{
	{"_seconds", "seconds"},
	{"_bytes", "bytes"},
	{"_ratio", "ratio"},
	{"_percent", "percent"},
}

// unit derives a metric's unit from its name (a _total counter without a
// unit suffix is a dimensionless count), else from an OpenMetrics # UNIT.
func unit(name, omUnit string) string {
	base := strings.TrimSuffix(name, "_total")
	for _, u := range unitSuffixes {
		if strings.HasSuffix(base, u.suffix) {
			return u.unit
		}
	}
	if omUnit != "" && strings.HasSuffix(base, "_"+omUnit) {
		return omUnit
	}
	return ""
}

// maxEnum is the most distinct values a label may show and still be
// declared as an enumeration.
const maxEnum = 10

// labels declares each label once: an enumeration of the values seen when
// there are few, else a free label with an example. Labels only _info
// metrics carry (version, revision, host name) describe one build or host:
// they are free, or the next release would break the enumeration.
func labels(values map[string]map[string]bool, described map[string]bool) []Label {
	names := make([]string, 0, len(values))
	for n := range values {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]Label, 0, len(names))
	for _, n := range names {
		vs := make([]string, 0, len(values[n]))
		blank := false
		for v := range values[n] {
			vs = append(vs, strings.ToValidUTF8(v, "\uFFFD"))
			blank = blank || strings.TrimSpace(v) == ""
		}
		sort.Strings(vs)
		l := Label{Name: n}
		switch {
		case len(vs) == 0:
		case blank:
			l.Example = firstNonBlank(vs)
			l.Note = "some values are blank, which an enumeration cannot list; declared free"
		case !described[n]:
			l.Example = vs[0]
			l.Note = "carried by _info metrics only, whose values name a build or host; declared free"
		case len(vs) <= maxEnum:
			l.Values = vs
		default:
			l.Example = vs[0]
			l.Note = "more than 10 distinct values seen; declared free"
		}
		out = append(out, l)
	}
	return out
}

func firstNonBlank(vs []string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// group puts metrics sharing the first two _-separated words of their name
// into one group; a prefix only one metric has falls back to the first word.
func group(metrics []Metric) []Group {
	count := map[string]int{}
	for _, m := range metrics {
		count[prefix(m.Name, 2)]++
	}
	byName := map[string]*Group{}
	var names []string
	for _, m := range metrics {
		g := prefix(m.Name, 2)
		if count[g] < 2 {
			g = prefix(m.Name, 1)
		}
		if byName[g] == nil {
			byName[g] = &Group{Name: g}
			names = append(names, g)
		}
		byName[g].Metrics = append(byName[g].Metrics, m)
	}
	sort.Strings(names)
	out := make([]Group, 0, len(names))
	for _, n := range names {
		g := byName[n]
		sort.Slice(g.Metrics, func(i, j int) bool { return g.Metrics[i].Name < g.Metrics[j].Name })
		out = append(out, *g)
	}
	return out
}

// prefix returns the first n _-separated words of name; a name with no
// more words than that is its own first word (node_load1 → node).
func prefix(name string, n int) string {
	words := strings.Split(strings.Trim(name, "_"), "_")
	if len(words) <= n {
		n = max(1, len(words)-1)
	}
	if p := strings.Join(words[:n], "_"); p != "" {
		return p
	}
	return name // "_" or similar
}
