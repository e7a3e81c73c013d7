package docs

import (
	"maps"
	"math"
	"net"
	"slices"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// Page is everything the templates of one service need, prepared so that
// the templates only lay it out.
type Page struct {
	C     *catalogue.Catalogue
	Title string
	// artifacts are the files the other generators wrote for the service,
	// by path under out/<service>/ (Artifact).
	artifacts  map[string][]byte
	Groups     []Group
	Enumerated []*catalogue.Label
	// PerMetric holds the labels some metric gives its own label_values:
	// "all" when every metric carrying the label does, else "some".
	PerMetric  map[string]string
	Components []Component
	Detailed   []*catalogue.Endpoint
	// Alerts holds every alerting rule, in spec order; AlertPages one
	// runbook page per alert name, with the rules (variants) sharing it.
	Alerts     []*Alert
	AlertPages []*AlertPage
	// Variants is set when some alert name has several rules.
	Variants bool
	Records  []*catalogue.Rule
	// SLOs are the service level objectives, for their section.
	SLOs       []SLOSection
	Dashboards []Dashboard
	// Previews are the dashboards' preview pages, the generated ones too;
	// SLODashboard is the SLO dashboard's, relative to the docs folder.
	Previews     []*Preview
	SLODashboard string
	Scrape       []ScrapeVariant
	// LoadsRules says whether the service's prometheus.yml loads rule
	// files: not for a service of no local rules (caddy's mixin has none).
	LoadsRules bool
	Journeys   []Journey
	// MetricsURL is where the exposition is read, e.g. http://localhost:9090/metrics.
	MetricsURL string
	// TargetLabels are the labels every series carries besides its own,
	// added when Prometheus scrapes it; ExternalLabels those the
	// organisation's Prometheus servers add to what leaves them, and
	// DeduplicationLabel the one of those that tells an HA pair apart.
	TargetLabels       []string
	ExternalLabels     []string
	DeduplicationLabel string
	// GlobalGroups are the rule groups the global ruler evaluates.
	GlobalGroups []catalogue.RuleGroup
	// Team owns the service's alerts; Inhibitions are those that pair
	// alerts of the service (both empty when no routing is declared).
	Team        string
	Inhibitions []Inhibition
}

// Group is a metric group with its metrics' display names.
type Group struct {
	*catalogue.MetricGroup
	Rows []MetricRow
	// Availability says when the group exists ("only with collector
	// systemd"), empty when it always does.
	Availability string
	// HasUnits is set when a metric of the group has a unit: a Unit
	// column of dashes only is left out.
	HasUnits bool
}

// MetricRow is one metric in a table.
type MetricRow struct {
	*catalogue.Metric
	Display string // name{label,label}
	// Kind is the type as a reader needs it: "counter (served untyped)",
	// "histogram (native)".
	Kind string
	// Description is the help text, with when the metric exists when that
	// differs from its group.
	Description string
	// BoundsOf says what Bounds lists ("Buckets (le)" or "Quantiles"),
	// and Bounds a histogram's bucket bounds or a summary's quantiles, for
	// the line under the table ("" when the catalogue has none).
	BoundsOf, Bounds string
	// OwnValues are the metric's own label_values, by label name, for
	// the lines under the table.
	OwnValues []OwnValues
}

// OwnValues are the values one label takes on one metric.
type OwnValues struct {
	Label  string
	Values []string
}

// Component is a component with the endpoints it serves.
type Component struct {
	Title, Name string
	Endpoints   []*catalogue.Endpoint
}

// Alert is one alerting rule with what its runbook page links to. When
// several rules share the alert name, each is a variant of the alert, told
// apart by its labels.
type Alert struct {
	*catalogue.Rule
	Name, Group string
	// Variant titles the rule among the rules sharing its name by its
	// labels ("severity: critical"), and Anchor is its section on the
	// runbook page; both "" when the name is the rule's alone.
	Variant, Anchor string
	// Threshold is the number the expression compares with, with the
	// operator ("> 80"); "" when it is no such comparison.
	Threshold  string
	Panels     []PanelRef
	Journey    *Journey
	RunbookURL string
	// Global is set when the alert runs in the global ruler, not in each
	// Prometheus.
	Global bool
	// Paging says who the alert wakes and how fast (nil when the
	// organisation routes no alerts); InhibitedBy and Inhibits are the
	// alerts that silence it and that it silences.
	Paging                *Paging
	InhibitedBy, Inhibits []InhibitLink
	// Requires are the series the alert reads that only some set-ups
	// serve (a collector, a flag, a platform), with when they exist.
	Requires []Requirement
	// Picture is the SVG of the rule's test, beside its runbook page
	// ("" when the rule has no test), and PictureTest names that test.
	Picture, PictureTest string
}

// Requirement is a series an alert reads that exists only in some
// set-ups, and when it does (catalogue.Optional.Describe).
type Requirement struct {
	Series, When string
}

// requirementFinder finds the optional series expressions read, and
// remembers those of each recorded series: 1,000 SLOs record
// slo:sli_error:ratio_rate1h 1,000 times, and each of their 2,000 alerts
// reads it, so following its rules afresh per alert was quadratic.
type requirementFinder struct {
	c *catalogue.Catalogue
	// recorded holds what each recorded series' rules read; a name
	// mapped to nil is being followed (rules that read each other).
	recorded map[string][]Requirement
}

func newRequirementFinder(c *catalogue.Catalogue) *requirementFinder {
	return &requirementFinder{c: c, recorded: map[string][]Requirement{}}
}

// requirements returns the optional series e reads, each once, in the
// order written: PostgresReplicationLag reads pg_replication_lag, which
// postgres_exporter serves only with --extend.query-path, and the on-call
// engineer should learn so on its page, not from the metrics reference.
func (f *requirementFinder) requirements(e parser.Expr) []Requirement {
	var out []Requirement
	for _, vs := range promql.Selectors(e) {
		name := promql.SelectorName(vs)
		if rules := f.c.RecordsNamed(name); len(rules) > 0 {
			// A recorded series exists where what its rules read does
			// (instance:varnish_sma_used:ratio, of the optional
			// varnish_sma_g_bytes).
			out = addRequirements(out, f.ofRecorded(name, rules)...)
			continue
		}
		m, _, owner := f.c.Lookup(name)
		if m == nil {
			continue
		}
		if o := owner.Availability(m); o != nil {
			out = addRequirements(out, Requirement{Series: m.Name, When: o.Describe()})
		}
	}
	return out
}

// ofRecorded returns the optional series the rules recording name read.
func (f *requirementFinder) ofRecorded(name string, rules []*catalogue.Rule) []Requirement {
	if reqs, seen := f.recorded[name]; seen {
		return reqs
	}
	f.recorded[name] = nil
	var reqs []Requirement
	for _, r := range rules {
		if p, err := promql.Parse(r.Expr.Text, false); err == nil {
			reqs = addRequirements(reqs, f.requirements(p.Expr)...)
		}
	}
	f.recorded[name] = reqs
	return reqs
}

// addRequirements appends to list each of reqs it does not name yet.
func addRequirements(list []Requirement, reqs ...Requirement) []Requirement {
	for _, r := range reqs {
		if !slices.ContainsFunc(list, func(o Requirement) bool { return o.Series == r.Series }) {
			list = append(list, r)
		}
	}
	return list
}

// AlertPage is the runbook page of one alert name: every rule (variant)
// of that name, and what they share.
type AlertPage struct {
	Name     string
	Variants []*Alert
	// Groups are the rule groups of the variants, each once.
	Groups []string
	// Summary is the summary every variant has, "" when they differ.
	Summary string
	// Runbook is the runbook every variant has (nil when none has one),
	// and SameRunbook says whether they all have the same one; if not,
	// each variant's section shows its own.
	Runbook     *catalogue.Runbook
	SameRunbook bool
	// Panels and Journeys are what any variant links to, each once.
	Panels   []PanelRef
	Journeys []*Journey
}

// PanelRef names a dashboard panel and its queries.
type PanelRef struct {
	Dashboard, UID, Row, Panel string
	Queries                    []string
}

// Dashboard is a dashboard with its panels flattened for a table.
type Dashboard struct {
	UID, Title, Description string
	File                    string
	Panels                  []PanelRef
	Generated               bool
	// Preview is its preview page, relative to monitoring.md.
	Preview string
}

// ScrapeVariant is one way of scraping, with the generated file's text.
type ScrapeVariant struct {
	Variant, Title, File, YAML string
}

// Journey is an incident journey with resolved links.
type Journey struct {
	*catalogue.Journey
	Anchor string
	Steps  []Step
}

// Step is a journey step with its link, if any.
type Step struct {
	Text, Link, LinkText string
}

func newPage(c *catalogue.Catalogue, artifacts map[string][]byte) *Page {
	p := &Page{C: c, Title: titleOf(c), artifacts: artifacts, PerMetric: map[string]string{}}
	if m := c.Service.Metrics; m != nil {
		addr := m.ListenAddr
		if addr == "" {
			addr = "localhost:9090"
		}
		path := m.Path
		if path == "" {
			path = "/metrics"
		}
		scheme := m.Scheme
		if scheme == "" {
			scheme = "http"
		}
		if m.ListenAddr != "" {
			p.MetricsURL = scheme + "://" + reachable(addr) + path
		}
	}
	// carried counts, per label, the metrics giving it their own values
	// and the metrics carrying it.
	carried := map[string]*[2]int{}
	for _, l := range c.Labels {
		carried[l.Name] = &[2]int{}
	}
	for gi := range c.MetricGroups {
		g := &c.MetricGroups[gi]
		grp := Group{MetricGroup: g, Availability: g.Optional.Describe()}
		for mi := range g.Metrics {
			m := &g.Metrics[mi]
			display := m.Name
			if len(m.Labels) > 0 {
				display += "{" + strings.Join(m.Labels, ",") + "}"
			}
			desc := m.Help
			if m.Optional != nil {
				desc = strings.TrimSpace(strings.TrimSpace(desc) + " " + m.Optional.Describe())
			}
			if m.Snapshot {
				desc = strings.TrimSpace(desc)
				if desc != "" && !strings.HasSuffix(desc, ".") {
					desc += "."
				}
				desc = strings.TrimSpace(desc + " " + snapshotNote(m))
			}
			grp.Rows = append(grp.Rows, MetricRow{Metric: m, Display: display, Kind: metricKind(m), Description: desc})
			row := &grp.Rows[len(grp.Rows)-1]
			row.BoundsOf, row.Bounds = bounds(m)
			for _, l := range m.Labels {
				n := carried[l]
				if n == nil {
					continue // undeclared: validation's
				}
				if vs, ok := m.LabelValues[l]; ok {
					row.OwnValues = append(row.OwnValues, OwnValues{Label: l, Values: vs})
					n[0]++
				}
				n[1]++
			}
			grp.HasUnits = grp.HasUnits || m.Unit != ""
		}
		p.Groups = append(p.Groups, grp)
	}
	for l, n := range carried {
		switch {
		case n[0] > 0 && n[0] == n[1]:
			p.PerMetric[l] = "all"
		case n[0] > 0:
			p.PerMetric[l] = "some"
		}
	}
	for _, l := range c.ExternalLabels() {
		p.ExternalLabels = append(p.ExternalLabels, l.Name)
	}
	for _, l := range c.TargetLabels() {
		if !slices.Contains(p.ExternalLabels, l) {
			p.TargetLabels = append(p.TargetLabels, l)
		}
	}
	p.DeduplicationLabel = c.DeduplicationLabel()
	p.GlobalGroups = c.GlobalRuleGroups()
	for i := range c.Labels {
		// The labels table lists every value; a section per label only
		// when some value has a description to add.
		if slices.ContainsFunc(c.Labels[i].Values, func(v catalogue.LabelValue) bool { return v.Description != "" }) {
			p.Enumerated = append(p.Enumerated, &c.Labels[i])
		}
	}
	p.Components = components(c)
	for i := range c.Endpoints {
		e := &c.Endpoints[i]
		if e.Details != "" || e.Request != nil || e.Response != nil {
			p.Detailed = append(p.Detailed, e)
		}
	}
	p.Dashboards = dashboards(c)
	for _, v := range c.ScrapeVariants() {
		file := "scrape.yaml"
		if len(p.Scrape) > 0 {
			file = "scrape-" + v + ".yaml"
		}
		title := v
		for _, t := range c.ScrapeJobs(v) {
			if t.Title != "" {
				title = t.Title
				break
			}
		}
		p.Scrape = append(p.Scrape, ScrapeVariant{Variant: v, Title: title, File: file, YAML: stripHeader(string(artifacts["prometheus/"+file]))})
	}
	for _, part := range prometheus.RuleFiles(c) {
		p.LoadsRules = p.LoadsRules || !part.Global
	}
	p.Journeys = journeys(c, p)
	byRule := map[*catalogue.Rule]*Alert{}
	needs := newRequirementFinder(c)
	// The spec's alerts, then those derived from its SLOs.
	groups := append(append([]*catalogue.RuleGroup(nil), groupPtrs(c.AlertGroups)...), groupPtrs(c.SLOGroups)...)
	for _, g := range groups {
		for ri := range g.Rules {
			r := &g.Rules[ri]
			if r.Alert == "" {
				continue
			}
			a := &Alert{Rule: r, Name: r.Alert, Group: g.Name, RunbookURL: prometheus.RunbookURL(c, r), Global: g.IsGlobal()}
			if c.HasVariants(r.Alert) {
				a.Variant = variantTitle(r.Labels)
				a.Anchor = Slug(a.Variant)
				p.Variants = true
			}
			if parsed, err := promql.Parse(r.Expr.Text, false); err == nil {
				if th, ok := promql.AlertThreshold(parsed.Expr); ok {
					a.Threshold = th.Op.String() + " " + formatNumber(th.Value) + unitAfter(th.Value, promql.Measure(th.Expr, c.PromQLSeries))
				}
				a.Requires = needs.requirements(parsed.Expr)
			}
			a.Panels = panelsShowing(c, r.Expr.Text)
			a.Paging = paging(c, r)
			if r.Runbook != nil && r.Runbook.Journey != "" {
				for ji := range p.Journeys {
					if p.Journeys[ji].Name == r.Runbook.Journey {
						a.Journey = &p.Journeys[ji]
					}
				}
			}
			p.Alerts = append(p.Alerts, a)
			byRule[r] = a
		}
	}
	inhibitions(c, p, byRule)
	if c.Routing != nil {
		p.Team = c.Routing.Team
	}
	for _, name := range c.AlertNames() {
		var variants []*Alert
		for _, r := range c.AlertVariants(name) {
			variants = append(variants, byRule[r])
		}
		p.AlertPages = append(p.AlertPages, alertPageOf(name, variants))
	}
	for i := range c.SLOs {
		p.SLOs = append(p.SLOs, sloSection(c, &c.SLOs[i]))
	}
	for _, r := range c.Records() {
		if r.SLO == nil { // an SLO's rules are described with the SLO
			p.Records = append(p.Records, r)
		}
	}
	return p
}

// groupPtrs points at each group of a slice.
func groupPtrs(gs []catalogue.RuleGroup) []*catalogue.RuleGroup {
	out := make([]*catalogue.RuleGroup, len(gs))
	for i := range gs {
		out[i] = &gs[i]
	}
	return out
}

// alertPageOf gathers what the variants of one alert name share.
func alertPageOf(name string, variants []*Alert) *AlertPage {
	ap := &AlertPage{Name: name, Variants: variants, SameRunbook: true}
	ap.Summary = variants[0].Annotations["summary"]
	ap.Runbook = variants[0].Runbook
	seenGroup := map[string]bool{}
	seenPanel := map[[3]string]bool{}
	seenJourney := map[*Journey]bool{}
	for _, a := range variants {
		if a.Annotations["summary"] != ap.Summary {
			ap.Summary = ""
		}
		if !sameRunbook(a.Runbook, ap.Runbook) {
			ap.SameRunbook = false
		}
		if !seenGroup[a.Group] {
			seenGroup[a.Group] = true
			ap.Groups = append(ap.Groups, a.Group)
		}
		for _, pn := range a.Panels {
			key := [3]string{pn.UID, pn.Row, pn.Panel}
			if !seenPanel[key] {
				seenPanel[key] = true
				ap.Panels = append(ap.Panels, pn)
			}
		}
		if a.Journey != nil && !seenJourney[a.Journey] {
			seenJourney[a.Journey] = true
			ap.Journeys = append(ap.Journeys, a.Journey)
		}
	}
	if !ap.SameRunbook {
		ap.Runbook = nil
	}
	return ap
}

// sameRunbook reports whether two runbooks say the same (positions aside).
func sameRunbook(a, b *catalogue.Runbook) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Meaning == b.Meaning && a.Impact == b.Impact && a.Journey == b.Journey && a.URL == b.URL &&
		slices.Equal(a.Checks, b.Checks)
}

// variantTitle titles a variant by its labels: "severity: critical".
func variantTitle(ls map[string]string) string {
	keys := slices.Sorted(maps.Keys(ls))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + ls[k]
	}
	if len(parts) == 0 {
		return "no labels"
	}
	return strings.Join(parts, ", ")
}

// formatNumber writes a threshold as a reader expects it: 1073741824, not
// 1.073741824e+09; exponents only for very large or small values.
// unitAfter is the unit a threshold's number is in, as written after it,
// where the catalogue tells: "> 300 s", "> 90 %", "> 0.05 (5 %)" for a
// ratio, "> 10 /s" for a rate, "> 10 s/s" for seconds a second,
// "> 1073741824 bytes (1 GiB)". Without it
// the alerts table showed percentages, ratios and seconds alike.
func unitAfter(v float64, q promql.Quantity) string {
	if !q.Known || q.Constant || q.UnixTime {
		return ""
	}
	rate := ""
	if q.PerSecond {
		rate = "/s"
	}
	switch q.Unit {
	case "seconds":
		// Seconds a second are a busy share (node_disk_io_time_seconds)
		// or a queue length (its _weighted_ twin): said as they are.
		return " s" + rate
	case "milliseconds":
		return " ms" + rate
	case "percent":
		return " %"
	case "ratio":
		return " (" + formatNumber(v*100) + " %)"
	case "bytes":
		return " bytes" + rate + binarySize(v)
	case "minutes", "hours", "days", "kibibytes", "mebibytes", "gibibytes", "kilobytes", "megabytes", "gigabytes":
		return " " + scaledUnits[q.Unit] + rate
	case "":
		if rate != "" {
			return " " + rate
		}
		return ""
	}
	return " " + q.Unit + rate
}

// scaledUnits are how a threshold's larger unit is written after it: an
// alert on apache_uptime_seconds_total / 60 < 1 is "< 1 min", not "< 1".
var scaledUnits = map[string]string{
	"minutes": "min", "hours": "h", "days": "d",
	"kibibytes": "KiB", "mebibytes": "MiB", "gibibytes": "GiB",
	"kilobytes": "kB", "megabytes": "MB", "gigabytes": "GB",
}

// binarySize says a byte count in KiB, MiB, GiB or TiB when it is a whole
// number of one: " (1 GiB)".
func binarySize(v float64) string {
	for _, u := range []struct {
		name string
		size float64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if v >= u.size && v == math.Trunc(v/u.size)*u.size {
			return " (" + formatNumber(v/u.size) + " " + u.name + ")"
		}
	}
	return ""
}

func formatNumber(v float64) string {
	if a := math.Abs(v); a == 0 || a >= 1e-4 && a < 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// stripHeader drops the "Generated by obsgen" comment lines that open a
// generated file, which would only distract in a docs snippet.
func stripHeader(s string) string {
	lines := strings.Split(s, "\n")
	i := 0
	for i < len(lines) && strings.HasPrefix(lines[i], "#") {
		i++
	}
	return strings.Join(lines[i:], "\n")
}

func components(c *catalogue.Catalogue) []Component {
	var out []Component
	byName := map[string]int{}
	for _, comp := range c.Service.Components {
		title := comp.Title
		if title == "" {
			title = comp.Name
		}
		byName[comp.Name] = len(out)
		out = append(out, Component{Title: title, Name: comp.Name})
	}
	for i := range c.Endpoints {
		e := &c.Endpoints[i]
		idx, ok := byName[e.Component]
		if !ok {
			idx = len(out)
			byName[e.Component] = idx
			out = append(out, Component{Title: titleOf(c), Name: e.Component})
		}
		out[idx].Endpoints = append(out[idx].Endpoints, e)
	}
	var kept []Component
	for _, comp := range out {
		if len(comp.Endpoints) > 0 {
			kept = append(kept, comp)
		}
	}
	return kept
}

func dashboards(c *catalogue.Catalogue) []Dashboard {
	var out []Dashboard
	for _, d := range c.Dashboards {
		dash := Dashboard{UID: d.UID, Title: d.Title, Description: d.Description, File: "../grafana/dashboards/" + d.UID + ".json"}
		for _, r := range d.Rows {
			for _, pn := range r.Panels {
				ref := PanelRef{Dashboard: d.Title, UID: d.UID, Row: r.Title, Panel: pn.Title}
				for _, q := range pn.Queries {
					ref.Queries = append(ref.Queries, strings.TrimSpace(q.Expr.Text))
				}
				dash.Panels = append(dash.Panels, ref)
			}
		}
		out = append(out, dash)
	}
	if o := c.Overview; o != nil {
		out = append(out, Dashboard{UID: o.UID, Title: o.Title, File: "../grafana/dashboards/" + o.UID + ".json", Generated: true,
			Description: "Generated: one panel per catalogue metric, chosen by type, in rows by metric group."})
	}
	return out
}

// panelsShowing returns the panels of the generated dashboards that show
// the series an expression reads (grafana.PanelsShowing: the alert's
// dashboard_url links the first), in dashboard order.
func panelsShowing(c *catalogue.Catalogue, expr string) []PanelRef {
	var out []PanelRef
	for _, ref := range grafana.PanelsShowing(c, expr) {
		pr := PanelRef{Dashboard: ref.Dashboard.Title, UID: ref.Dashboard.UID, Row: ref.Row.Title, Panel: ref.Panel.Title}
		for _, q := range ref.Panel.Queries {
			pr.Queries = append(pr.Queries, strings.TrimSpace(q.Expr.Text))
		}
		out = append(out, pr)
	}
	return out
}

func journeys(c *catalogue.Catalogue, p *Page) []Journey {
	var out []Journey
	for ji := range c.Journeys {
		j := &c.Journeys[ji]
		view := Journey{Journey: j, Anchor: Slug(j.Title)}
		for _, s := range j.Steps {
			step := Step{Text: s.Text}
			switch {
			case s.Alert != "":
				step.Link, step.LinkText = "alerts/"+catalogue.AlertPage(s.Alert)+".md", s.Alert
			case s.Endpoint != "":
				step.Link, step.LinkText = "#"+endpointAnchor(p, s.Endpoint), s.Endpoint
			case s.Query != "":
				if q := c.Query(s.Query); q != nil {
					step.Link, step.LinkText = "#"+Slug(q.Title), q.Title
				}
			}
			view.Steps = append(view.Steps, step)
		}
		out = append(out, view)
	}
	return out
}

// endpointAnchor is the anchor of an endpoint's details, or of its
// component's table when it has none.
func endpointAnchor(p *Page, key string) string {
	for _, e := range p.Detailed {
		if e.Key() == key {
			return Slug(e.Key())
		}
	}
	for _, comp := range p.Components {
		for _, e := range comp.Endpoints {
			if e.Key() == key {
				return Slug(comp.Title + " " + comp.Name)
			}
		}
	}
	return "endpoints"
}

// metricKind is a metric's type as a reader needs it: how it is stored
// (a native histogram) and how the exporter serves it when that differs.
func metricKind(m *catalogue.Metric) string {
	kind := m.Type
	switch {
	case m.Native && m.Classic:
		kind += " (native and classic)"
	case m.Native:
		kind += " (native)"
	}
	if m.Snapshot {
		kind += " (snapshot)"
	}
	if m.ExposedAs != "" && m.ExposedAs != m.Type {
		kind += " (served " + m.ExposedAs + ")"
	}
	return kind
}

// snapshotNote says what a snapshot histogram's or summary's series hold:
// what exists at each scrape, not totals since the process started.
func snapshotNote(m *catalogue.Metric) string {
	if m.Type == catalogue.Histogram {
		return "Rebuilt at every scrape from what exists then: " + m.Name + "_count is how many there are now, and histogram_quantile() reads the buckets as they are, not their rate()."
	}
	return "Rebuilt at every scrape from what exists then: " + m.Name + "_count is how many there are now, not a total since the process started."
}

// reachable turns a listen address into one a reader can curl: a wildcard
// host (0.0.0.0, ::, or none, as in ":9400") listens on every interface,
// and is reached on localhost.
func reachable(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	switch host {
	case "", "0.0.0.0", "::", "[::]":
		return net.JoinHostPort("localhost", port)
	}
	return addr
}

// SLOSection is what the docs say of one SLO: what it promises, its
// budget, what measures it and which alert pages whom.
type SLOSection struct {
	Title, Description, Objective, Window, Budget, BudgetMinutes, SLI, Alert, Labels string
	// Anchor is its section on the SLO page. Picture is its burn-rate
	// picture, relative to the docs folder, drawn from PictureTest, a test
	// of its page alert PictureAlert ("" when that alert has no test).
	Anchor, Picture, PictureTest, PictureAlert string
}

// sloSection describes one SLO.
func sloSection(c *catalogue.Catalogue, s *catalogue.SLO) SLOSection {
	out := SLOSection{
		Title:         s.DisplayTitle(),
		Description:   s.Description,
		Objective:     strconv.FormatFloat(s.Objective, 'f', -1, 64),
		Window:        s.Period().String(),
		Budget:        s.BudgetRatio(),
		BudgetMinutes: strconv.FormatFloat(math.Round(s.BudgetMinutes()*10)/10, 'f', -1, 64),
		Alert:         s.AlertName(c),
		Anchor:        Slug(s.DisplayTitle()),
	}
	switch sli := s.SLI; {
	case sli.Ratio != nil:
		if strings.TrimSpace(sli.Ratio.Bad.Text) != "" {
			out.SLI = "bad events " + strings.TrimSpace(sli.Ratio.Bad.Text) + " over " + strings.TrimSpace(sli.Ratio.Total.Text)
		} else {
			out.SLI = "good events " + strings.TrimSpace(sli.Ratio.Good.Text) + " over " + strings.TrimSpace(sli.Ratio.Total.Text)
		}
	case sli.Latency != nil:
		out.SLI = sli.Latency.Histogram + " observations slower than " + strconv.FormatFloat(sli.Latency.Threshold, 'g', -1, 64) + strings.TrimSpace(" "+strings.TrimSpace(sli.Latency.Matchers.Text))
	case sli.Availability != nil:
		a := sli.Availability
		out.SLI = a.Metric + strings.TrimSpace(a.Matchers.Text) + " at 0"
		if a.AtMost != nil {
			out.SLI = a.Metric + strings.TrimSpace(a.Matchers.Text) + " above " + strconv.FormatFloat(*a.AtMost, 'g', -1, 64)
		}
	}
	var ls []string
	for _, k := range slices.Sorted(maps.Keys(s.Labels)) {
		ls = append(ls, k+": "+s.Labels[k])
	}
	out.Labels = strings.Join(ls, ", ")
	return out
}

// bounds writes a histogram's bucket bounds (with +Inf) or a summary's
// quantiles, as the docs list them under the metrics table, and what they
// are.
func bounds(m *catalogue.Metric) (string, string) {
	var vals []float64
	var of string
	switch {
	case m.Type == catalogue.Histogram && len(m.Buckets) > 0:
		vals, of = m.Buckets, "Buckets (le)"
	case m.Type == catalogue.Summary && len(m.Quantiles) > 0:
		vals, of = m.Quantiles, "Quantiles"
	default:
		return "", ""
	}
	parts := make([]string, 0, len(vals)+1)
	for _, v := range vals {
		parts = append(parts, strconv.FormatFloat(v, 'g', -1, 64))
	}
	if m.Type == catalogue.Histogram {
		parts = append(parts, "+Inf")
	}
	return of, strings.Join(parts, ", ")
}

// Artifact is the file another generator wrote for the service at path
// (under out/<service>/), "" when there is none: the pages quote the
// artifacts themselves. Only the files quoted are copied into strings (the
// dashboards alone are tens of megabytes in a large catalogue).
func (p *Page) Artifact(path string) string { return string(p.artifacts[path]) }
