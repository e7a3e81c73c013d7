// Package prometheus generates a service's Prometheus artifacts: alerting
// and recording rules (rulefmt types), scrape configurations and a complete
// runnable prometheus.yml.
package prometheus

import (
	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
)

// SLOFile is the rule file of the rules derived from the service's SLOs.
const SLOFile = "slos.yaml"

// Generator writes out/<service>/prometheus/.
type Generator struct{}

// Name implements generators.Generator.
func (Generator) Name() string { return "prometheus" }

// Generate implements generators.Generator.
func (Generator) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	var files []generators.File
	dir := generators.Join(c.Service.Name, "prometheus")
	var ruleFiles []string
	for _, part := range []struct {
		name   string
		groups []catalogue.RuleGroup
	}{{"alerts.yaml", c.AlertGroups}, {"recording.yaml", c.RecordGroups}, {SLOFile, c.SLOGroups}} {
		if len(part.groups) == 0 {
			continue
		}
		data, err := RuleFile(c, part.groups)
		if err != nil {
			return nil, err
		}
		files = append(files, generators.File{Path: generators.Join(dir, part.name), Data: data})
		ruleFiles = append(ruleFiles, part.name)
	}
	tests, err := TestFiles(c)
	if err != nil {
		return nil, err
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
