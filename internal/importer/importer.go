// Package importer writes a starting catalogue spec from a /metrics
// exposition: every family under the name it is exported by, with its type
// as served, unit (from the name's suffix), help and labels; each label
// declared once with an example value (or, asked to, the values seen);
// metrics grouped by name prefix. The catalogue records what the service
// exports: a counter without _total keeps its name and an untyped family
// stays untyped, with a YAML comment saying what an SRE may declare
// instead; a labelled counter of errors whose series all counted one is
// optional, since its series appear at the first error. The spec is valid as written (obsgen lint accepts it, with
// warnings where the exporter breaks a naming convention), and it merges
// with a hand-written service.yaml in the same folder.
package importer

import (
	"fmt"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/naming"
)

// Options tune an import.
type Options struct {
	// Service is the service name (lower-case, digits, - and _).
	Service string
	// Ignore are globs of families to leave out (go_*, process_*); they are
	// recorded as service.verify.ignore so that verify agrees.
	Ignore []string
	// Enumerate declares a label's values as an enumeration when few
	// (at most 10) were seen and every metric family shows the same set or
	// part of it. Without it a label gets one example: values seen on one
	// host are examples, not the set a fleet takes.
	Enumerate bool
	// Schema is what the spec's first line names as its JSON Schema, for
	// editors (# yaml-language-server: $schema=...): a path relative to the
	// written file, or a URL; default speccodec.SchemaID.
	Schema string
	// URL is where the exposition was read from (import --url), which the
	// spec then scrapes unless the folder declares a scrape section: ""
	// for a file.
	URL string
	// Declared is what the other files of the service's folder declare
	// already, so that a second exposition (a blackbox exporter's own
	// /metrics beside its /probe, a clustered server's beside a single
	// one's) imports beside the first.
	Declared Declared
}

// Declared is what the other spec files of a service's folder declare:
// those metric families are left out, those labels and service.verify
// not declared again, and a metric group of the same name is numbered
// (small-2).
type Declared struct {
	Metrics map[string]bool
	// Labels are the declared labels by name, each with its values when
	// it is enumerated (nil when free).
	Labels map[string][]string
	Groups map[string]bool
	// Verify says whether service.verify is declared, and Ignore is its
	// ignore list.
	Verify bool
	Ignore []string
	// Scrape says whether a scrape section is declared, and Static lists
	// the host:port targets of its static variants.
	Scrape bool
	Static []string
	// Example is the metric obsgen init declares as an example for the
	// service, which an import says is still declared when the
	// exposition does not serve it.
	Example string
}

// Import builds the spec for exposition e.
func Import(e *exposition.Exposition, opts Options) ([]byte, error) {
	data, _, err := ImportNoting(e, opts)
	return data, err
}

// ImportNoting is Import, and says what the user should act on that the
// spec only comments: a label the folder enumerates that this exposition
// serves other values of (verify would report them).
func ImportNoting(e *exposition.Exposition, opts Options) ([]byte, []string, error) {
	if !naming.Service.MatchString(opts.Service) {
		return nil, nil, fmt.Errorf("service name %q must be lower-case letters, digits, - and _ (it names the out/ folder)", opts.Service)
	}
	sp := withoutDeclared(plan(e, opts), opts)
	var notes []string
	if ex := opts.Declared.Example; ex != "" && opts.Declared.Metrics[ex] && e.Family(ex) == nil {
		notes = append(notes, "the folder still declares "+ex+", the example metric obsgen init wrote, which this exposition does not serve: remove it and what reads it (the example query, the commented rules) from service.yaml, or obsgen verify reports it absent")
	}
	if down := downServices(e); len(down) > 0 {
		verb := " is"
		if len(down) > 1 {
			verb = " are"
		}
		notes = append(notes, strings.Join(down, ", ")+verb+" 0: the exporter could not reach what it watches, so the families it serves only while that is up are missing from this spec, and those it serves only on failure (scrape errors) are in it: import again while the service is up, or obsgen verify will report them")
	}
	if pushed := ownJobs(e); len(pushed) > 0 {
		notes = append(notes, "series of "+strings.Join(pushed, ", ")+" carry a job of their own (a Pushgateway's pushed groups): set honor_labels: true on the scrape target in service.yaml, as the Pushgateway's README says, so that Prometheus keeps it; without it they are stored as exported_job")
	}
	if note := unscraped(opts); note != "" {
		notes = append(notes, note)
	}
	for _, s := range sp.Skipped {
		if s.Conflict {
			notes = append(notes, s.Name+": "+s.Why)
		}
	}
	data, err := write(e, opts, sp)
	return data, notes, err
}

// downServices returns the gauges named <exporter>_up, one series without
// labels, that are 0 (apache_up, mysql_up, pg_up, redis_up, nginx_up): an
// exporter's word that it could not reach its service, whose families it
// then does not serve. A gauge of one series per thing
// (varnish_backend_up{backend, server}: each backend's health probe, 0
// where none is configured) says nothing of the exporter, as
// catalogue.ExporterUp has it.
func downServices(e *exposition.Exposition) []string {
	var out []string
	for _, f := range e.Families {
		if catalogue.IsExporterUp(f.Name) && (f.Type == "gauge" || f.Type == "untyped") && f.AllZero() &&
			!slices.ContainsFunc(f.Series, func(s exposition.Series) bool { return len(s.Labels) > 0 }) {
			out = append(out, f.Name)
		}
	}
	return out
}

// ownJobs returns, sorted, the families whose series carry a job label of
// their own, as a Pushgateway serves what batch jobs pushed; the first few
// and how many more.
func ownJobs(e *exposition.Exposition) []string {
	var out []string
	for _, f := range e.Families {
		if slices.ContainsFunc(f.Series, func(s exposition.Series) bool { _, ok := s.Label("job"); return ok }) {
			out = append(out, f.Name)
		}
	}
	if len(out) > 3 {
		out = append(out[:3], fmt.Sprintf("%d more", len(out)-3))
	}
	return out
}

// withoutDeclared leaves out of sp the metrics and labels the folder's
// other files declare, saying so.
func withoutDeclared(sp Spec, opts Options) Spec {
	d := opts.Declared
	if len(d.Metrics) == 0 && len(d.Labels) == 0 && len(d.Groups) == 0 {
		return sp
	}
	const why = "declared in another file of the service's folder"
	groups := sp.Groups[:0]
	for _, g := range sp.Groups {
		ms := g.Metrics[:0]
		for _, m := range g.Metrics {
			if d.Metrics[m.Name] {
				sp.Skipped = append(sp.Skipped, Skipped{Name: m.Name, Why: why})
				continue
			}
			ms = append(ms, m)
		}
		if g.Metrics = ms; len(ms) > 0 {
			for n, name := 2, g.Name; d.Groups[g.Name]; n++ {
				g.Name = name + "-" + strconv.Itoa(n)
			}
			groups = append(groups, g)
		}
	}
	sp.Groups = groups
	ls := sp.Labels[:0]
	for _, l := range sp.Labels {
		if values, ok := d.Labels[l.Name]; ok {
			w := why
			if outside := without(l.Seen, values); values != nil && len(outside) > 0 {
				// init's scaffold enumerates status as ok, error; the
				// alertmanager serves firing and resolved.
				w = fmt.Sprintf("%s, which enumerates it as %s: this exposition also serves %s; add them there (obsgen verify reports them)",
					why, strings.Join(values, ", "), strings.Join(outside, ", "))
			}
			sp.Skipped = append(sp.Skipped, Skipped{Name: "label " + l.Name, Why: w, Conflict: w != why})
			continue
		}
		ls = append(ls, l)
	}
	sp.Labels = ls
	return sp
}

// Spec is what an import decided, before it is written as YAML.
type Spec struct {
	Groups []Group
	Labels []Label
	// Skipped are families left out, with the reason.
	Skipped []Skipped
}

// Group is a set of metrics sharing a name prefix.
type Group struct {
	Name    string
	Metrics []Metric
}

// Metric is one catalogue metric and the notes on how it was derived.
type Metric struct {
	catalogue.Metric
	// Notes say where the spec departs from the exposition, and why.
	Notes []string
}

// Label is one declared label with the values seen.
type Label struct {
	Name string
	// Values, when set, enumerate the label; otherwise Example is one value.
	Values  []string
	Example string
	// Note says why a label --enumerate would list is declared free.
	Note string
	// Seen are the values the exposition shows, sorted.
	Seen []string
}

// Skipped is an exposed family the spec leaves out.
type Skipped struct {
	Name, Why string
	// Conflict marks what the folder declares otherwise than the
	// exposition serves (a label's values), for the user to act on.
	Conflict bool
}

// without returns the values of vs that are not in of, in order.
func without(vs, of []string) []string {
	return slices.DeleteFunc(slices.Clone(vs), func(v string) bool { return slices.Contains(of, v) })
}

// unscraped says when the exposition was read from an address the
// folder's scrape section, which import leaves alone, does not list among
// its static targets (obsgen init's placeholder localhost:8080 beside an
// exporter on 127.0.0.1:9117): the generated configuration would scrape
// only those. "" otherwise, or where the section has no static targets.
func unscraped(opts Options) string {
	if opts.URL == "" || !opts.Declared.Scrape || len(opts.Declared.Static) == 0 {
		return ""
	}
	u, err := url.Parse(opts.URL)
	if err != nil || u.Host == "" {
		return ""
	}
	for _, t := range opts.Declared.Static {
		if sameTarget(t, u.Host) {
			return ""
		}
	}
	return "the folder's scrape section is kept, and its static targets (" + strings.Join(opts.Declared.Static, ", ") + ") do not include " + u.Host +
		", where this exposition was read: add it there if Prometheus should scrape it, or the generated configuration scrapes only those"
}

// sameTarget reports whether host:port targets a and b are one address,
// taking localhost, 127.0.0.1 and [::1] for one another.
func sameTarget(a, b string) bool {
	loopback := func(t string) string {
		host, port, err := net.SplitHostPort(t)
		if err != nil {
			return t
		}
		if host == "localhost" || host == "::1" || strings.HasPrefix(host, "127.") {
			host = "localhost"
		}
		return net.JoinHostPort(host, port)
	}
	return loopback(a) == loopback(b)
}
