// Package diff compares two sets of catalogues (a pull request's base and
// its head) semantically and says what the change does to on-call: alerts
// and recording rules added, removed, renamed or changed field by field;
// metrics added, removed, renamed, retyped or losing labels, each with every
// alert, recording rule, query and panel that reads it; dashboards, panels
// and example queries. It reads catalogues only: getting the base revision
// is the caller's job, and its writers render a Report for people (text,
// Markdown) and machines (JSON, GitHub annotations, SARIF).
package diff

import (
	"cmp"
	"slices"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/lint"
)

// Kind is what a change is about.
type Kind string

// The kinds of things a change is about, in the order reports list them.
const (
	KindService   Kind = "service"
	KindMetric    Kind = "metric"
	KindRecord    Kind = "recording rule"
	KindAlert     Kind = "alert"
	KindDashboard Kind = "dashboard"
	KindPanel     Kind = "panel"
	KindQuery     Kind = "query"
	// KindSLO is a service level objective: changed, and a reader of the
	// metrics of its SLI.
	KindSLO Kind = "SLO"
	// KindJob is a scrape job, whose name every series of it carries.
	KindJob Kind = "scrape job"
	// KindOutput is a service's generated files: one change per service
	// lists those that differ (Report.AddOutputs).
	KindOutput Kind = "generated files"
)

// Kinds lists every kind in report order.
var Kinds = []Kind{KindService, KindJob, KindMetric, KindSLO, KindRecord, KindAlert, KindDashboard, KindPanel, KindQuery, KindOutput}

// Op is what happened to the thing.
type Op string

// The operations a change reports.
const (
	Added   Op = "added"
	Removed Op = "removed"
	Renamed Op = "renamed"
	Retyped Op = "retyped"
	Changed Op = "changed"
)

// Ops lists every operation in report order.
var Ops = []Op{Added, Removed, Renamed, Retyped, Changed}

// Change is one difference between the base and the head.
type Change struct {
	// Service is the service's name (the head's when it was renamed).
	Service string
	Kind    Kind
	Op      Op
	// Name is the thing's name in the base (in the head when Added);
	// NewName its name in the head when Renamed.
	Name, NewName string
	// Fields are what changed, each with its value before and after.
	Fields []Field
	// Notes say in words what the fields do not (a label renamed).
	Notes []string
	// Dependents are the alerts, recording rules, queries and panels (of
	// the service and of every catalogue that uses it) that read what was
	// removed, renamed, retyped or lost a label, with what became of each.
	Dependents []Dependent
	// Files are the generated files that differ, for KindOutput.
	Files []FileChange
	// Breaking is set when a dependent or any consumer of the exported
	// series loses data: a metric or a recording rule's series removed,
	// renamed or retyped, or a metric's label removed or renamed.
	Breaking bool
	// Pos is where the change stands in the head (for a removal, the
	// service's position in the head, else where it stood in the base).
	Pos diag.Pos
	// BasePos is where the thing stood in the base, when it existed there.
	BasePos diag.Pos
}

// Field is one changed property, with its value before and after.
type Field struct {
	Name, Before, After string
}

// Dependent is an expression's owner that reads a changed metric or
// recording rule.
type Dependent struct {
	// Service is the catalogue the dependent belongs to.
	Service string
	// Kind is alert, recording rule, SLO, query or panel; Name names it
	// (a panel as "dashboard / panel").
	Kind Kind
	Name string
	// Status says what the head made of it: "updated", "removed", or what
	// it still reads ("still reads x").
	Status string
	// Broken is set when the head's dependent still reads what is gone.
	Broken bool
}

// Report is every change, sorted by service, kind, then name.
type Report struct {
	// Base describes what was compared with, e.g. a commit and how it was
	// chosen.
	Base    string
	Changes []Change
}

// Breaking counts the breaking changes.
func (r *Report) Breaking() int {
	n := 0
	for _, c := range r.Changes {
		if c.Breaking {
			n++
		}
	}
	return n
}

// Options tune a comparison.
type Options struct {
	// Base describes the base for reports.
	Base string
	// BaseFile maps a file name of a base catalogue's position to the one
	// to show (the base was read into a temporary folder); nil keeps it.
	BaseFile func(string) string
	// Annotations returns the annotations an alert of a catalogue is
	// deployed with (the generators add links to its runbook and
	// dashboard); nil compares the specs' own only.
	Annotations func(*catalogue.Catalogue, *catalogue.Rule) map[string]string
}

// Compare returns what changed from the base catalogues to the head ones.
// Catalogues are matched by service name; the Used catalogues of each set
// are where dependents in other services are found.
func Compare(base, head []*catalogue.Catalogue, opts Options) *Report {
	d := &differ{
		opts: opts,
		base: newSide(base),
		head: newSide(head),
	}
	for _, name := range d.serviceNames() {
		d.service(name)
	}
	sortChanges(d.changes)
	return &Report{Base: opts.Base, Changes: d.changes}
}

// sortChanges puts changes in report order: by service, kind, then name.
func sortChanges(cs []Change) {
	slices.SortStableFunc(cs, func(a, b Change) int {
		return cmp.Or(cmp.Compare(a.Service, b.Service),
			cmp.Compare(slices.Index(Kinds, a.Kind), slices.Index(Kinds, b.Kind)),
			cmp.Compare(a.Name, b.Name), cmp.Compare(a.NewName, b.NewName))
	})
}

// differ holds one comparison's state.
type differ struct {
	opts       Options
	base, head *side
	changes    []Change
	// exprs caches each catalogue's parsed expressions.
	exprs map[*catalogue.Catalogue][]*lint.Expression
}

// serviceNames returns the names of the services of either side, sorted.
func (d *differ) serviceNames() []string {
	var names []string
	for _, s := range []*side{d.base, d.head} {
		for name := range s.byName {
			if !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
	}
	slices.Sort(names)
	return names
}

// service compares one service's catalogues.
func (d *differ) service(name string) {
	b, h := d.base.byName[name], d.head.byName[name]
	switch {
	case b == nil:
		d.add(Change{Service: name, Kind: KindService, Op: Added, Name: name, Pos: h.Service.Pos})
		return
	case h == nil:
		d.add(Change{Service: name, Kind: KindService, Op: Removed, Name: name, Pos: d.basePos(b.Service.Pos), BasePos: d.basePos(b.Service.Pos)})
		return
	}
	sc := &serviceCmp{d: d, name: name, base: b, head: h}
	sc.jobs()
	sc.metrics()
	sc.rules(KindRecord, b.Records(), h.Records())
	sc.rules(KindAlert, b.Alerts(), h.Alerts())
	sc.slos()
	sc.dashboards()
	sc.queries()
}

// add records a change.
func (d *differ) add(c Change) { d.changes = append(d.changes, c) }

// basePos maps a base position to the file name to show.
func (d *differ) basePos(p diag.Pos) diag.Pos {
	if d.opts.BaseFile != nil && p.File != "" {
		p.File = d.opts.BaseFile(p.File)
	}
	return p
}

// serviceCmp compares one service present on both sides.
type serviceCmp struct {
	d          *differ
	name       string
	base, head *catalogue.Catalogue
}

// removedAt returns where a removal is shown: the head's service.
func (sc *serviceCmp) removedAt() diag.Pos { return sc.head.Service.Pos }

// side is one set of catalogues, indexed.
type side struct {
	byName map[string]*catalogue.Catalogue
	// users maps a service name to the catalogues that read its metrics:
	// itself and those whose service.uses names it.
	users map[string][]*catalogue.Catalogue
}

// newSide indexes a set of catalogues and those they use.
func newSide(cs []*catalogue.Catalogue) *side {
	s := &side{byName: map[string]*catalogue.Catalogue{}, users: map[string][]*catalogue.Catalogue{}}
	for _, c := range cs {
		if c == nil || c.Service.Name == "" {
			continue
		}
		if _, dup := s.byName[c.Service.Name]; !dup {
			s.byName[c.Service.Name] = c
		}
	}
	names := make([]string, 0, len(s.byName))
	for name := range s.byName {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		c := s.byName[name]
		s.users[name] = append(s.users[name], c)
		for _, u := range c.Service.Uses {
			if u != name {
				s.users[u] = append(s.users[u], c)
			}
		}
	}
	return s
}
