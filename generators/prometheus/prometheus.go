// Package prometheus generates a service's Prometheus artifacts: alerting
// and recording rules (rulefmt types), scrape configurations and a complete
// runnable prometheus.yml. The rule files each Prometheus server loads hold
// the local groups; the global groups go to vmalert/global.yaml in the same
// format (package rulers writes them for the Thanos and Cortex rulers).
package prometheus

import (
	"cmp"
	"path"
	"sync"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/parallel"
)

// SLOFile is the rule file of the rules derived from the service's SLOs.
const SLOFile = "slos.yaml"

// GlobalFile is the rule file of the service's global groups in
// Prometheus's format, relative to out/<service>/prometheus/: for vmalert
// over the VictoriaMetrics every cluster writes to, and for promtool's
// tests of those groups. The Prometheus servers do not load it.
const GlobalFile = "../vmalert/global.yaml"

// RuleFilePart is one rule file the generator writes: its name relative to
// out/<service>/prometheus/ and its groups.
type RuleFilePart struct {
	Name   string
	Groups []catalogue.RuleGroup
	// Global marks the global groups' file, which prometheus.yml does not
	// load.
	Global bool
}

// RuleFiles returns the rule files of c in order: the local alerting,
// recording and SLO groups each Prometheus server loads, then the global
// groups (recording first), each only when it has groups.
func RuleFiles(c *catalogue.Catalogue) []RuleFilePart {
	var out []RuleFilePart
	for _, part := range []RuleFilePart{
		{Name: "alerts.yaml", Groups: catalogue.LocalGroups(c.AlertGroups)},
		{Name: "recording.yaml", Groups: catalogue.LocalGroups(c.RecordGroups)},
		{Name: SLOFile, Groups: c.SLOGroups},
		{Name: GlobalFile, Groups: c.GlobalRuleGroups(), Global: true},
	} {
		if len(part.Groups) > 0 {
			out = append(out, part)
		}
	}
	return out
}

// Generator writes out/<service>/prometheus/.
type Generator struct{}

// Name implements generators.Generator.
func (Generator) Name() string { return "prometheus" }

// Generate implements generators.Generator.
func (Generator) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	var files []generators.File
	dir := generators.Join(c.Service.Name, "prometheus")
	// The rule files and the tests are written at once: with a thousand
	// SLOs each takes about a second.
	var tests []generators.File
	var testsErr error
	var wg sync.WaitGroup
	wg.Go(func() { tests, testsErr = TestFiles(c) })
	parts := RuleFiles(c)
	rules := make([][]byte, len(parts))
	err := parallel.ForEachErr(len(parts), parallel.Cores(), func(i int) (err error) {
		rules[i], err = RuleFile(c, parts[i].Groups)
		return err
	})
	wg.Wait()
	if err := cmp.Or(err, testsErr); err != nil {
		return nil, err
	}
	var ruleFiles []string
	for i, part := range parts {
		files = append(files, generators.File{Path: path.Clean(generators.Join(dir, part.Name)), Data: rules[i]})
		if !part.Global {
			ruleFiles = append(ruleFiles, part.Name)
		}
	}
	for _, f := range tests {
		files = append(files, generators.File{Path: generators.Join(dir, f.Path), Data: f.Data})
	}
	variants := c.ScrapeVariants()
	for i, variant := range variants {
		data, err := ScrapeFile(c, variant)
		if err != nil {
			return nil, err
		}
		name := "scrape.yaml"
		if i > 0 {
			name = "scrape-" + variant + ".yaml"
		}
		files = append(files, generators.File{Path: generators.Join(dir, name), Data: data})
	}
	var defaultVariant string
	if len(variants) > 0 {
		defaultVariant = variants[0]
	}
	data, err := ConfigFile(c, defaultVariant, ruleFiles)
	if err != nil {
		return nil, err
	}
	files = append(files, generators.File{Path: generators.Join(dir, "prometheus.yml"), Data: data})
	return files, nil
}
