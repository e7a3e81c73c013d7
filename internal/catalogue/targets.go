package catalogue

import (
	"maps"
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/promql"
)

// kubeTargetLabels are the labels a ServiceMonitor's targets add to every
// series (prometheus-operator's default relabelling).
var kubeTargetLabels = []string{"container", "endpoint", "namespace", "pod", "service"}

// JobNames returns every scrape job name of the service, over all scrape
// variants, sorted; a service without a scrape section is scraped as a job
// named after it.
func (c *Catalogue) JobNames() []string {
	seen := map[string]bool{}
	if c.Scrape != nil {
		for i := range c.Scrape.Targets {
			seen[c.Scrape.Targets[i].JobName(c)] = true
		}
	}
	if len(seen) == 0 && c.Service.Name != "" {
		seen[c.Service.Name] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

// InstanceOf returns the instance label of job's first target as the spec
// names it: its first static target, or the first target it probes; ""
// when the job finds its targets by discovery (or is not declared).
func (c *Catalogue) InstanceOf(job string) string {
	if c.Scrape == nil {
		return ""
	}
	for i := range c.Scrape.Targets {
		t := &c.Scrape.Targets[i]
		switch {
		case t.JobName(c) != job:
		case len(t.Static) > 0:
			return t.Static[0]
		case t.Probe != nil && len(t.Probe.Targets) > 0:
			return t.Probe.Targets[0]
		}
	}
	return ""
}

// TargetLabels returns the labels every series of the service carries
// besides its own: job and instance, the Kubernetes labels when a job is
// found by a ServiceMonitor, each job's declared target_labels and the
// organisation's external labels; sorted.
func (c *Catalogue) TargetLabels() []string {
	seen := map[string]bool{"instance": true, "job": true}
	if c.Scrape != nil {
		for _, t := range c.Scrape.Targets {
			if t.Kubernetes != nil {
				for _, l := range kubeTargetLabels {
					seen[l] = true
				}
			}
			for _, l := range t.TargetLabels {
				seen[l] = true
			}
		}
	}
	for _, l := range c.ExternalLabels() {
		seen[l.Name] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

// ExternalLabels returns the organisation's external labels, if any.
func (c *Catalogue) ExternalLabels() []Label {
	if c.Organisation == nil {
		return nil
	}
	return c.Organisation.ExternalLabels
}

// Alertmanagers returns the organisation's Alertmanagers (host:port or
// URL, see ParseAlertmanager) its Prometheus servers send alerts to; nil
// when it names none.
func (c *Catalogue) Alertmanagers() []string {
	if c.Organisation == nil {
		return nil
	}
	return c.Organisation.Alertmanagers
}

// LabelDecl returns the declaration of label name as this service knows
// it: its own labels first, then the organisation's external labels.
func (c *Catalogue) LabelDecl(name string) *Label {
	if l := c.Label(name); l != nil {
		return l
	}
	if c.Organisation != nil {
		for i := range c.Organisation.ExternalLabels {
			if c.Organisation.ExternalLabels[i].Name == name {
				return &c.Organisation.ExternalLabels[i]
			}
		}
	}
	return nil
}

// Availability returns when metric m exists: its own optional setting, or
// its group's; nil when it always does.
func (c *Catalogue) Availability(m *Metric) *Optional {
	if m.Optional != nil {
		return m.Optional
	}
	if g := c.idx().groups[m.Group]; g != nil {
		return g.Optional
	}
	return nil
}

// Conditions says when a metric exists: "only with collector systemd
// (--collector.systemd)", "only on darwin", joined by commas; "" when only
// a note says.
func (o *Optional) Conditions() string {
	if o == nil {
		return ""
	}
	var parts []string
	switch {
	case o.Collector != "" && o.Flag != "":
		parts = append(parts, "only with collector "+o.Collector+" ("+o.Flag+")")
	case o.Collector != "":
		parts = append(parts, "only with collector "+o.Collector)
	case o.Flag != "":
		parts = append(parts, "only with "+o.Flag)
	}
	if o.Platform != "" {
		parts = append(parts, "only on "+o.Platform)
	}
	return strings.Join(parts, ", ")
}

// Describe says when a metric exists, as sentences for messages and docs:
// "Exists only with remote_write." and the note as written, a sentence of
// its own ending in one full stop; "" for nil.
func (o *Optional) Describe() string {
	if o == nil {
		return ""
	}
	var out []string
	if c := o.Conditions(); c != "" {
		out = append(out, "Exists "+c+".")
	}
	if n := strings.TrimSpace(o.Note); n != "" {
		if !strings.HasSuffix(n, "?") && !strings.HasSuffix(n, "!") {
			n = strings.TrimRight(n, ".") + "."
		}
		out = append(out, capitalised(n))
	}
	if len(out) == 0 {
		return "Optional."
	}
	return strings.Join(out, " ")
}

// capitalised starts a sentence with a capital when its first word is a
// word (letters alone): a note that begins with a name
// (innodb_additional_mem_pool_size, eBPF, --collector.x) keeps it as
// written.
func capitalised(s string) string {
	first, _, _ := strings.Cut(s, " ")
	first = strings.TrimRight(first, ",;:.")
	for _, r := range first {
		if r < 'a' || r > 'z' {
			return s
		}
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Lookup resolves a series name like Series, in this catalogue first and
// then in each catalogue it uses; it also returns the catalogue the family
// belongs to.
func (c *Catalogue) Lookup(name string) (*Metric, string, *Catalogue) {
	if m, suffix := c.Series(name); m != nil {
		return m, suffix, c
	}
	for _, u := range c.Used {
		if m, suffix := u.Series(name); m != nil {
			return m, suffix, u
		}
	}
	return nil, "", nil
}

// ExposedBy reports whether component serves metric m: any component when
// none is named, or when m's group does not restrict its components.
func (c *Catalogue) ExposedBy(m *Metric, component string) bool {
	if component == "" {
		return true
	}
	g := c.MetricGroupNamed(m.Group)
	return g == nil || len(g.Components) == 0 || slices.Contains(g.Components, component)
}

// MetricGroupNamed returns the metric group called name; nil when none is.
func (c *Catalogue) MetricGroupNamed(name string) *MetricGroup {
	for i := range c.MetricGroups {
		if c.MetricGroups[i].Name == name {
			return &c.MetricGroups[i]
		}
	}
	return nil
}

// JobsExposing returns the jobs whose targets serve metric m, sorted: those
// of components that expose its group, or of no named component.
func (c *Catalogue) JobsExposing(m *Metric) []string {
	seen := map[string]bool{}
	if c.Scrape != nil {
		for i := range c.Scrape.Targets {
			if t := &c.Scrape.Targets[i]; c.ExposedBy(m, t.Component) {
				seen[t.JobName(c)] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// HonoursLabels reports whether a job that scrapes m keeps the job and
// instance labels its series carry (honor_labels: a Pushgateway's pushed
// series), so that m may declare them as its own.
func (c *Catalogue) HonoursLabels(m *Metric) bool {
	if c.Scrape == nil {
		return false
	}
	for i := range c.Scrape.Targets {
		if t := &c.Scrape.Targets[i]; t.HonorLabels && c.ExposedBy(m, t.Component) {
			return true
		}
	}
	return false
}

// PromQLSeries describes a series name for promql's analyses (its type,
// unit, whether it is a Unix time): a metric of this catalogue or one it
// uses, a recording rule's result (of its declared unit), or nothing known.
func (c *Catalogue) PromQLSeries(name string) promql.Series {
	m, suffix, _ := c.Lookup(name)
	if m == nil {
		if r := c.Record(name); r != nil {
			return promql.Series{Recorded: true, Unit: r.Unit}
		}
		return promql.Series{}
	}
	return m.PromQLSeries(suffix)
}
