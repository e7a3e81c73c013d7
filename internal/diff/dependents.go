package diff

import (
	"regexp"
	"slices"

	"github.com/prometheus/prometheus/model/labels"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/lint"
	"github.com/obsgen/obsgen/internal/promql"
)

// A read is what a dependent reads: a series family under one of its
// series names, and optionally one of its labels.
type read struct {
	// series are the names a selector may use: a metric's name and, for a
	// histogram or summary, its _bucket, _sum and _count series.
	series []string
	// job, when set, is a scrape job's name instead: what reads it are the
	// selectors whose job matcher matches it (up{job="shop"}), but not
	// newJob, the name it was renamed to, too (job=~"shop|store").
	job, newJob string
	// label, when set, narrows the read to the expressions that match on
	// the label or name it in a by, without, on or ignoring clause, and
	// the alerts whose templates print it.
	label string
	// value, when set with label, narrows the read further to the
	// selectors that pick the label's value: l="v", or l=~"…" matching v.
	value string
}

// metricRead is what reads metric m.
func metricRead(m *catalogue.Metric) read {
	r := read{series: []string{m.Name}}
	if m.Type == catalogue.Histogram || m.Type == catalogue.Summary {
		r.series = append(r.series, m.Name+"_sum", m.Name+"_count")
		if m.Type == catalogue.Histogram {
			r.series = append(r.series, m.Name+"_bucket")
		}
	}
	return r
}

// readBy reports whether expression e reads r.
func (r read) readBy(e *lint.Expression) bool {
	if r.job != "" {
		return selectsJob(e, r.job) && (r.newJob == "" || !selectsJob(e, r.newJob))
	}
	reads := false
	for _, vs := range promql.Selectors(e.Root()) {
		if !slices.Contains(r.series, promql.SelectorName(vs)) {
			continue
		}
		if r.label == "" {
			return true
		}
		reads = true
		for _, m := range vs.LabelMatchers {
			if m.Name == r.label && (r.value == "" || picksValue(m, r.value)) {
				return true
			}
		}
	}
	if r.value != "" {
		return false // only a selector picking the value reads it
	}
	if reads && e.Kind == lint.KindAlert && e.Rule != nil && slices.Contains(lint.TemplateLabels(e.Rule), r.label) {
		return true // its notification prints the label
	}
	if reads && e.Kind == lint.KindPanel && e.Panel != nil && legendPrints(e.Panel, r.label) {
		return true // its legend names each line by the label
	}
	return reads && slices.Contains(promql.ClauseLabels(e.Root()), r.label)
}

// exprsOf returns the parsed expressions of c, computed once.
func (d *differ) exprsOf(c *catalogue.Catalogue) []*lint.Expression {
	if d.exprs == nil {
		d.exprs = map[*catalogue.Catalogue][]*lint.Expression{}
	}
	es, ok := d.exprs[c]
	if !ok {
		es = lint.Expressions(c)
		d.exprs[c] = es
	}
	return es
}

// owner names the alert, recording rule, SLO, query or panel an
// expression belongs to.
func owner(c *catalogue.Catalogue, e *lint.Expression) (Kind, string) {
	switch e.Kind {
	case lint.KindAlert:
		return KindAlert, c.VariantName(e.Rule)
	case lint.KindRecord:
		return KindRecord, c.VariantName(e.Rule)
	case lint.KindQuery:
		if e.Query != nil && e.Query.Name != "" {
			return KindQuery, e.Query.Name
		}
		return KindQuery, e.Title
	case lint.KindSLI:
		return KindSLO, e.Title
	case lint.KindPanel:
		return KindPanel, panelName(e.Dashboard, e.Title)
	}
	return Kind(e.Kind.String()), e.Title
}

// panelName names a panel by its dashboard's title and its own.
func panelName(d *catalogue.Dashboard, title string) string {
	if d == nil {
		return title
	}
	return dashboardName(d) + " / " + title
}

// dashboardName names a dashboard by its title, or its uid without one.
func dashboardName(d *catalogue.Dashboard) string {
	if d.Title != "" {
		return d.Title
	}
	return d.UID
}

// readersOf returns every dependent of the base that reads r, in the
// service and in the catalogues that use it, each with what the head made
// of it: removed, updated (it no longer reads r), or still reading it
// (broken). still describes the last case.
func (sc *serviceCmp) readersOf(r read, still string) []Dependent {
	var out []Dependent
	seen := map[[3]string]bool{}
	for _, u := range sc.d.base.users[sc.name] {
		for _, e := range sc.d.exprsOf(u) {
			if !r.readBy(e) {
				continue
			}
			kind, name := owner(u, e)
			key := [3]string{u.Service.Name, string(kind), name}
			if seen[key] {
				continue
			}
			seen[key] = true
			dep := Dependent{Service: u.Service.Name, Kind: kind, Name: name, Status: "removed"}
			if h := sc.d.head.byName[u.Service.Name]; h != nil {
				sc.d.status(&dep, h, r, still)
			}
			out = append(out, dep)
		}
	}
	return out
}

// status sets what became of a dependent in the head catalogue h.
func (d *differ) status(dep *Dependent, h *catalogue.Catalogue, r read, still string) {
	present := false
	for _, e := range d.exprsOf(h) {
		if kind, name := owner(h, e); kind != dep.Kind || name != dep.Name {
			continue
		}
		present = true
		if r.readBy(e) {
			dep.Status, dep.Broken = still, true
			return
		}
	}
	if present {
		dep.Status = "updated"
	}
}

// picks reports whether matcher m selects series by value v: an equality
// or a regular expression that v satisfies.
func picks(m *labels.Matcher, v string) bool {
	return (m.Type == labels.MatchEqual || m.Type == labels.MatchRegexp) && m.Matches(v)
}

// picksValue reports whether matcher m selects series by their value v,
// as picks, but not by a regular expression that any value satisfies
// (l=~".+"), nor by a negative matcher (l!="x"): those select other values
// as well, and lose only a part when v goes.
func picksValue(m *labels.Matcher, v string) bool {
	const anyValue = "\x00obsgen: a value no one declares\x00"
	return picks(m, v) && (m.Type == labels.MatchEqual || !m.Matches(anyValue))
}

// selectsJob reports whether a selector of e picks series of scrape job
// by a job matcher that its name satisfies (job="shop", job=~"shop|cart").
func selectsJob(e *lint.Expression, job string) bool {
	for _, vs := range promql.Selectors(e.Root()) {
		for _, m := range vs.LabelMatchers {
			if m.Name == "job" && picks(m, job) {
				return true
			}
		}
	}
	return false
}

// legendPrints reports whether a query legend of panel p prints label l,
// as Grafana's {{l}}.
func legendPrints(p *catalogue.Panel, l string) bool {
	re := regexp.MustCompile(`\{\{\s*` + regexp.QuoteMeta(l) + `\s*\}\}`)
	for _, q := range p.Queries {
		if re.MatchString(q.Legend) {
			return true
		}
	}
	return false
}
