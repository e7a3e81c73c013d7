// Package ruletest runs the alert and recording-rule tests declared in a
// catalogue in-process, the way `promtool test rules` runs the files obsgen
// writes to out/<service>/prometheus/tests/: the same rule files, the same
// test model (generators/prometheus.UnitTests), Prometheus's own rules
// manager and PromQL engine. It also measures which rules the tests cover.
//
// promtool's comparison code lives in its package main and cannot be
// imported; compare.go follows it: at each evaluation time the firing
// instances of an alert are compared, as a set, with the expected labels
// and expanded annotations; expression results are compared sorted by
// labels, values within a relative tolerance.
package ruletest

import (
	"fmt"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/parallel"
	"github.com/prometheus/prometheus/rules"
)

// Result is the outcome of one declared test.
type Result struct {
	// Service, Rule and Test name the test; Group is its rule group. Rule
	// names an alert's variant with its labels when several rules share
	// the alert name (catalogue.VariantName).
	Service, Group, Rule, Test string
	// Pos is where the test was written.
	Pos catalogue.Pos
	// Failures describe each expectation that did not hold, or the error
	// that stopped the test; none when it passed.
	Failures []string
}

// Passed reports whether every expectation of the test held.
func (r Result) Passed() bool { return len(r.Failures) == 0 }

// Run runs every test of the catalogue, in spec order (alerting groups,
// then recording groups). The error reports a catalogue obsgen cannot turn
// into rule files; a test that fails is a Result with Failures.
func Run(c *catalogue.Catalogue) ([]Result, error) { return runTests(c, true) }

// runTests is Run; with apart, each test leaves out the rule groups that
// cannot change what it sees (groupGraph), as Run does; without, it loads
// every group of its rule files, as promtool does.
func runTests(c *catalogue.Catalogue, apart bool) ([]Result, error) {
	files, err := prometheus.UnitTests(c)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, nil
	}
	written, err := ruleFiles(c)
	if err != nil {
		return nil, err
	}
	shared := map[string]bool{}
	for _, name := range c.AlertNames() {
		shared[name] = c.HasVariants(name)
	}
	// The tests run concurrently, each on its own storage and rules
	// manager, sharing the rule files' parse.
	loader := newParsedLoader(written)
	graphs := newGroupGraphs(loader, files)
	var out []Result
	var runs []func()
	for _, f := range files {
		for _, tg := range f.Tests {
			i := len(out)
			out = append(out, Result{Service: c.Service.Name, Group: f.Group, Rule: tg.Rule, Test: tg.Test, Pos: tg.Pos})
			runs = append(runs, func() {
				var l rules.GroupLoader = loader
				if apart {
					l = graphs.loaderFor(f, tg)
				}
				out[i].Failures = runGroup(openMemory, l, f, tg, shared)
			})
		}
	}
	parallel.ForEach(len(runs), parallel.Cores(), func(i int) { runs[i]() })
	return out, nil
}

// ruleFiles returns the rule files as written to out/, by the name test
// files give them (../alerts.yaml).
func ruleFiles(c *catalogue.Catalogue) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, part := range prometheus.RuleFiles(c) {
		data, err := prometheus.RuleFile(c, part.Groups)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", part.Name, err)
		}
		out["../"+part.Name] = data
	}
	return out, nil
}
