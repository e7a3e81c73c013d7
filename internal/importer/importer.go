// Package importer writes a starting catalogue spec from a /metrics
// exposition: every family under the name it is exported by, with its type
// as served, unit (from the name's suffix), help and labels; each label
// declared once with an example value (or, asked to, the values seen);
// metrics grouped by name prefix. The catalogue records what the service
// exports: a counter without _total keeps its name and an untyped family
// stays untyped, with a YAML comment saying what an SRE may declare
// instead. The spec is valid as written (obsgen lint accepts it, with
// warnings where the exporter breaks a naming convention), and it merges
// with a hand-written service.yaml in the same folder.
package importer

import (
	"fmt"
	"strconv"

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
	// DeclaredMetrics and DeclaredLabels are what the other files of the
	// service's folder declare already: those families are left out and
	// those labels not declared again, so that a second exposition (a
	// blackbox exporter's own /metrics beside its /probe) imports beside
	// the first.
	DeclaredMetrics, DeclaredLabels map[string]bool
	// DeclaredGroups are the metric group names the folder's other files
	// use: a group of the same name is numbered (small-2).
	DeclaredGroups map[string]bool
}

// Import builds the spec for exposition e.
func Import(e *exposition.Exposition, opts Options) ([]byte, error) {
	if !naming.Service.MatchString(opts.Service) {
		return nil, fmt.Errorf("service name %q must be lower-case letters, digits, - and _ (it names the out/ folder)", opts.Service)
	}
	return write(e, opts, withoutDeclared(plan(e, opts), opts))
}

// withoutDeclared leaves out of sp the metrics and labels the folder's
// other files declare, saying so.
func withoutDeclared(sp Spec, opts Options) Spec {
	if len(opts.DeclaredMetrics) == 0 && len(opts.DeclaredLabels) == 0 && len(opts.DeclaredGroups) == 0 {
		return sp
	}
	const why = "declared in another file of the service's folder"
	groups := sp.Groups[:0]
	for _, g := range sp.Groups {
		ms := g.Metrics[:0]
		for _, m := range g.Metrics {
			if opts.DeclaredMetrics[m.Name] {
				sp.Skipped = append(sp.Skipped, Skipped{Name: m.Name, Why: why})
				continue
			}
			ms = append(ms, m)
		}
		if g.Metrics = ms; len(ms) > 0 {
			for n, name := 2, g.Name; opts.DeclaredGroups[g.Name]; n++ {
				g.Name = name + "-" + strconv.Itoa(n)
			}
			groups = append(groups, g)
		}
	}
	sp.Groups = groups
	ls := sp.Labels[:0]
	for _, l := range sp.Labels {
		if opts.DeclaredLabels[l.Name] {
			sp.Skipped = append(sp.Skipped, Skipped{Name: "label " + l.Name, Why: why})
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
}

// Skipped is an exposed family the spec leaves out.
type Skipped struct {
	Name, Why string
}
