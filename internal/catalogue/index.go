package catalogue

import (
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
)

// index holds lookups over a merged catalogue. It points into the
// catalogue's slices, which do not change after loading.
type index struct {
	metrics   map[string]*Metric
	labels    map[string]*Label
	alerts    map[string]*Rule
	variants  map[string][]*Rule
	groupOf   map[*Rule]*RuleGroup
	groups    map[string]*MetricGroup
	records   map[string]*Rule
	endpoints map[string]*Endpoint
	queries   map[string]*Query
	journeys  map[string]*Journey
	allMetric []*Metric
	allAlert  []*Rule
	// alertNames holds each alert name once, in declaration order.
	alertNames []string
	allRecord  []*Rule
	// recordsNamed are the recording rules of each recorded name, in spec
	// order: every SLO's rules record the same names.
	recordsNamed map[string][]*Rule
	recordAt     map[*Rule]int
	// panels holds the panel indexes of sets of dashboards, by key
	// (PanelIndex), each built on first use (generators ask
	// concurrently).
	panelsMu sync.Mutex
	panels   map[string]*PanelIndex
}

// idx builds the index on first use.
func (c *Catalogue) idx() *index {
	if x := c.index.Load(); x != nil {
		return x
	}
	c.indexMu.Lock()
	defer c.indexMu.Unlock()
	if x := c.index.Load(); x != nil {
		return x
	}
	x := &index{
		metrics:      map[string]*Metric{},
		labels:       map[string]*Label{},
		alerts:       map[string]*Rule{},
		variants:     map[string][]*Rule{},
		groupOf:      map[*Rule]*RuleGroup{},
		groups:       map[string]*MetricGroup{},
		records:      map[string]*Rule{},
		recordsNamed: map[string][]*Rule{},
		recordAt:     map[*Rule]int{},
		endpoints:    map[string]*Endpoint{},
		queries:      map[string]*Query{},
		journeys:     map[string]*Journey{},
	}
	for gi := range c.MetricGroups {
		if _, dup := x.groups[c.MetricGroups[gi].Name]; !dup {
			x.groups[c.MetricGroups[gi].Name] = &c.MetricGroups[gi]
		}
		for mi := range c.MetricGroups[gi].Metrics {
			m := &c.MetricGroups[gi].Metrics[mi]
			x.allMetric = append(x.allMetric, m)
			if _, dup := x.metrics[m.Name]; !dup {
				x.metrics[m.Name] = m
			}
		}
	}
	for i := range c.Labels {
		if _, dup := x.labels[c.Labels[i].Name]; !dup {
			x.labels[c.Labels[i].Name] = &c.Labels[i]
		}
	}
	for gi := range c.AlertGroups {
		for ri := range c.AlertGroups[gi].Rules {
			x.addAlert(&c.AlertGroups[gi].Rules[ri], &c.AlertGroups[gi])
		}
	}
	for gi := range c.RecordGroups {
		for ri := range c.RecordGroups[gi].Rules {
			x.addRecord(&c.RecordGroups[gi].Rules[ri], &c.RecordGroups[gi])
		}
	}
	// The rules derived from SLOs come after the spec's own, in their
	// groups' order: recording rules, then alerts.
	for gi := range c.SLOGroups {
		g := &c.SLOGroups[gi]
		for ri := range g.Rules {
			if r := &g.Rules[ri]; r.Alert == "" {
				x.addRecord(r, g)
			}
		}
		for ri := range g.Rules {
			if r := &g.Rules[ri]; r.Alert != "" {
				x.addAlert(r, g)
			}
		}
	}
	for i := range c.Endpoints {
		e := &c.Endpoints[i]
		if _, dup := x.endpoints[e.Key()]; !dup {
			x.endpoints[e.Key()] = e
		}
	}
	for gi := range c.Queries {
		for qi := range c.Queries[gi].Queries {
			q := &c.Queries[gi].Queries[qi]
			if _, dup := x.queries[q.Name]; !dup {
				x.queries[q.Name] = q
			}
		}
	}
	for i := range c.Journeys {
		if _, dup := x.journeys[c.Journeys[i].Name]; !dup {
			x.journeys[c.Journeys[i].Name] = &c.Journeys[i]
		}
	}
	c.index.Store(x)
	return x
}

// addAlert indexes an alerting rule of group g.
func (x *index) addAlert(r *Rule, g *RuleGroup) {
	x.groupOf[r] = g
	x.allAlert = append(x.allAlert, r)
	if _, dup := x.alerts[r.Alert]; !dup {
		x.alerts[r.Alert] = r
		x.alertNames = append(x.alertNames, r.Alert)
	}
	x.variants[r.Alert] = append(x.variants[r.Alert], r)
}

// addRecord indexes a recording rule of group g.
func (x *index) addRecord(r *Rule, g *RuleGroup) {
	x.groupOf[r] = g
	x.recordAt[r] = len(x.allRecord)
	x.allRecord = append(x.allRecord, r)
	x.recordsNamed[r.Record] = append(x.recordsNamed[r.Record], r)
	if _, dup := x.records[r.Record]; !dup {
		x.records[r.Record] = r
	}
}

// Key identifies an endpoint as "METHOD /path" (with its component, when
// set, as "component METHOD /path"); journeys refer to endpoints by the
// short form.
func (e *Endpoint) Key() string { return strings.ToUpper(e.Method) + " " + e.Path }

// Metric returns the metric family called name, or nil.
func (c *Catalogue) Metric(name string) *Metric { return c.idx().metrics[name] }

// Metrics returns every metric, in spec order.
func (c *Catalogue) Metrics() []*Metric { return c.idx().allMetric }

// MetricNames returns every metric family name, sorted.
func (c *Catalogue) MetricNames() []string {
	names := make([]string, 0, len(c.idx().metrics))
	for n := range c.idx().metrics {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Series resolves a series name to its metric family: the name itself, or
// a histogram's _bucket, _sum and _count, or a summary's _sum and _count
// (a snapshot histogram's _gcount and _gsum too, as _count and _sum).
// It returns the family and the suffix that was stripped ("" for the name
// itself), or nil.
func (c *Catalogue) Series(name string) (*Metric, string) {
	if m := c.Metric(name); m != nil {
		return m, ""
	}
	for _, suffix := range []string{"_bucket", "_sum", "_count"} {
		base, ok := strings.CutSuffix(name, suffix)
		if !ok {
			continue
		}
		m := c.Metric(base)
		if m == nil {
			continue
		}
		if m.HasClassicSeries() && (m.Type == Histogram || suffix != "_bucket") {
			return m, suffix
		}
	}
	// OpenMetrics names a gauge histogram's count and sum _gcount and
	// _gsum, and Prometheus stores them so: the same series of a snapshot.
	for _, g := range gaugeHistogramSuffixes {
		if base, ok := strings.CutSuffix(name, g.served); ok {
			if m := c.Metric(base); m != nil && m.Snapshot && m.Type == Histogram {
				return m, g.as
			}
		}
	}
	return nil, ""
}

// gaugeHistogramSuffixes pairs the suffixes of a gauge histogram's count and
// sum with those of a histogram.
var gaugeHistogramSuffixes = []struct{ served, as string }{{"_gcount", "_count"}, {"_gsum", "_sum"}}

// Exposed returns the TYPE the exporter serves the family with: ExposedAs
// when set, else the catalogue type.
func (m *Metric) Exposed() string {
	if m.ExposedAs != "" {
		return m.ExposedAs
	}
	return m.Type
}

// ServesNoQuantiles reports whether m is a summary declared to serve no
// quantiles (quantiles: [], client_golang's default summary): only its
// _sum and _count series exist, and the family name selects nothing. A
// summary whose quantiles are not declared may serve some.
func (m *Metric) ServesNoQuantiles() bool {
	return m.Type == Summary && m.Quantiles != nil && len(m.Quantiles) == 0
}

// HasClassicSeries reports whether the family is stored as several series
// with suffixes: a summary (_sum, _count) or a classic histogram (also
// _bucket). A native histogram is one series by the family name, unless
// the classic series are exposed beside it.
func (m *Metric) HasClassicSeries() bool {
	switch m.Type {
	case Summary:
		return true
	case Histogram:
		return !m.Native || m.Classic
	}
	return false
}

// Counts reports whether the series of m that a name with suffix (_bucket,
// _sum, _count or "") selects counts since the process started: a
// counter, a classic histogram's or summary's _bucket, _sum and _count,
// a native histogram itself. A snapshot's series are levels.
func (m *Metric) Counts(suffix string) bool {
	switch {
	case m.Snapshot:
		return false
	case suffix == "_bucket", suffix == "_sum", suffix == "_count":
		return true
	}
	return m.Type == Counter || m.Type == Histogram && m.Native
}

// Label returns the declared label called name, or nil.
func (c *Catalogue) Label(name string) *Label { return c.idx().labels[name] }

// Alert returns the first alerting rule called name, or nil. Several rules
// may share a name (warning and critical variants): see AlertVariants.
func (c *Catalogue) Alert(name string) *Rule { return c.idx().alerts[name] }

// AlertVariants returns every alerting rule called name, in spec order:
// Prometheus and Alertmanager identify an alert by its name and labels, so
// a warning and a critical rule may share one name.
func (c *Catalogue) AlertVariants(name string) []*Rule { return c.idx().variants[name] }

// GroupOf returns the rule group that holds r (a rule of this catalogue).
func (c *Catalogue) GroupOf(r *Rule) *RuleGroup { return c.idx().groupOf[r] }

// AlertNames returns each alert name once, in the order first declared.
func (c *Catalogue) AlertNames() []string { return c.idx().alertNames }

// Alerts returns every alerting rule, in spec order.
func (c *Catalogue) Alerts() []*Rule { return c.idx().allAlert }

// Record returns the recording rule that records name, or nil.
func (c *Catalogue) Record(name string) *Rule { return c.idx().records[name] }

// RecordsNamed returns every recording rule that records name, in spec
// order.
func (c *Catalogue) RecordsNamed(name string) []*Rule { return c.idx().recordsNamed[name] }

// RecordIndex is recording rule r's index in Records, -1 when it is none.
func (c *Catalogue) RecordIndex(r *Rule) int {
	if i, ok := c.idx().recordAt[r]; ok {
		return i
	}
	return -1
}

// Records returns every recording rule, in spec order.
func (c *Catalogue) Records() []*Rule { return c.idx().allRecord }

// Endpoint returns the endpoint with key "METHOD /path", or nil.
func (c *Catalogue) Endpoint(key string) *Endpoint { return c.idx().endpoints[key] }

// Query returns the example query called name, or nil.
func (c *Catalogue) Query(name string) *Query { return c.idx().queries[name] }

// Journey returns the journey called name, or nil.
func (c *Catalogue) Journey(name string) *Journey { return c.idx().journeys[name] }

// HasLabel reports whether metric m carries label name.
func (m *Metric) HasLabel(name string) bool {
	for _, l := range m.Labels {
		if l == name {
			return true
		}
	}
	return false
}

// AllowedValue reports whether v is allowed for the label: any value when it
// has no enumeration.
func (l *Label) AllowedValue(v string) bool {
	if len(l.Values) == 0 {
		return true
	}
	for _, lv := range l.Values {
		if lv.Value == v {
			return true
		}
	}
	return false
}

// ValuesOf returns the values metric m's label l takes: m's own
// label_values for it, else the label's enumeration; nil when both leave
// it free.
func (m *Metric) ValuesOf(l *Label) []string {
	if vs, ok := m.LabelValues[l.Name]; ok {
		return vs
	}
	return l.ValueNames()
}

// Allows reports whether metric m's label l may take value v: any value
// when neither m nor the label enumerates its values.
func (m *Metric) Allows(l *Label, v string) bool {
	if vs, ok := m.LabelValues[l.Name]; ok {
		return slices.Contains(vs, v)
	}
	return l.AllowedValue(v)
}

// ValueNames returns the enumerated values of the label.
func (l *Label) ValueNames() []string {
	out := make([]string, len(l.Values))
	for i, v := range l.Values {
		out[i] = v.Value
	}
	return out
}

// Severity returns the alert's severity label.
func (r *Rule) Severity() string { return r.Labels["severity"] }

// Name returns the alert name or the recorded series name.
func (r *Rule) Name() string {
	if r.Alert != "" {
		return r.Alert
	}
	return r.Record
}

// JobName returns the scrape job name: Job, or the service name.
func (t *ScrapeTarget) JobName(c *Catalogue) string {
	if t.Job != "" {
		return t.Job
	}
	return c.Service.Name
}

// ScrapePath returns the path the job scrapes: its metrics_path, the
// service's metrics path, else /probe for a probe job and /metrics for
// any other.
func (t *ScrapeTarget) ScrapePath(c *Catalogue) string {
	switch {
	case t.MetricsPath != "":
		return t.MetricsPath
	case t.Probe != nil:
		return "/probe"
	case c.Service.Metrics != nil && c.Service.Metrics.Path != "":
		return c.Service.Metrics.Path
	}
	return "/metrics"
}

// ScrapeVariants returns the variant names in the order they first appear;
// the first is the default.
func (c *Catalogue) ScrapeVariants() []string {
	if c.Scrape == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range c.Scrape.Targets {
		if !seen[t.Variant] {
			seen[t.Variant] = true
			out = append(out, t.Variant)
		}
	}
	return out
}

// ScrapeJobs returns the jobs of one variant, in spec order.
func (c *Catalogue) ScrapeJobs(variant string) []*ScrapeTarget {
	if c.Scrape == nil {
		return nil
	}
	var out []*ScrapeTarget
	for i := range c.Scrape.Targets {
		if c.Scrape.Targets[i].Variant == variant {
			out = append(out, &c.Scrape.Targets[i])
		}
	}
	return out
}

// Reindex drops the cached lookups; call it after changing a catalogue built
// or edited in memory (loading builds a catalogue once and needs no call).
func (c *Catalogue) Reindex() { c.index.Store(nil) }

// SpecFolder names the catalogue's spec folder as pages do: its parent
// folder's name and its own (specs/rstmdb, trial/apache), the same from
// whichever folder obsgen ran (Folder, which the loader sets);
// specs/<service> for a catalogue read from no folder.
func (c *Catalogue) SpecFolder() string {
	if c.Folder == "" {
		return "specs/" + c.Service.Name
	}
	return c.Folder
}

// FolderName names spec folder dir as SpecFolder does: its parent
// folder's name and its own, dir made absolute first (".", "../shop").
func FolderName(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = filepath.Clean(dir)
	}
	return filepath.Base(filepath.Dir(abs)) + "/" + filepath.Base(abs)
}
