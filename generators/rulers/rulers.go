// Package rulers generates the rule files of a service's global groups for
// the global rulers, each in the format its ruler loads, from the same
// rulefmt groups the Prometheus rule files are made of:
//
//	out/<service>/thanos/rules.yaml   the Thanos Ruler (--rule-file), with each
//	                                  group's partial_response_strategy where
//	                                  the spec declares one
//	out/<service>/cortex/rules.yaml   a Cortex or Mimir ruler namespace named
//	                                  after the service, the file
//	                                  `cortextool rules load` and
//	                                  `mimirtool rules load` take
//
// The same groups in Prometheus's own format, for vmalert over the
// VictoriaMetrics every cluster writes to, are the prometheus generator's
// (vmalert/global.yaml).
package rulers

import (
	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/prometheus/model/rulefmt"
)

// Generator writes out/<service>/thanos/ and out/<service>/cortex/.
type Generator struct{}

// Name implements generators.Generator.
func (Generator) Name() string { return "rulers" }

// Generate implements generators.Generator. A service without global
// groups gets no files.
func (Generator) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	groups := c.GlobalRuleGroups()
	if len(groups) == 0 {
		return nil, nil
	}
	thanos, err := ThanosFile(c, groups)
	if err != nil {
		return nil, err
	}
	cortex, err := CortexFile(c, groups)
	if err != nil {
		return nil, err
	}
	return []generators.File{
		{Path: generators.Join(c.Service.Name, "thanos", "rules.yaml"), Data: thanos},
		{Path: generators.Join(c.Service.Name, "cortex", "rules.yaml"), Data: cortex},
	}, nil
}

// ThanosRuleGroups is a Thanos Ruler rule file: Prometheus's groups, each
// with Thanos's partial_response_strategy (github.com/thanos-io/thanos
// pkg/rules RuleGroup, which inlines rulefmt.RuleGroup the same way).
type ThanosRuleGroups struct {
	Groups []ThanosRuleGroup `yaml:"groups"`
}

// ThanosRuleGroup is one group of a Thanos Ruler rule file.
type ThanosRuleGroup struct {
	rulefmt.RuleGroup `yaml:",inline"`
	// PartialResponseStrategy is abort or warn; left out, Thanos aborts.
	PartialResponseStrategy string `yaml:"partial_response_strategy,omitempty"`
}

// ThanosGroups converts global groups to the Thanos Ruler's model.
func ThanosGroups(c *catalogue.Catalogue, groups []catalogue.RuleGroup) ThanosRuleGroups {
	rg := prometheus.RuleGroups(c, groups)
	out := ThanosRuleGroups{Groups: make([]ThanosRuleGroup, len(rg.Groups))}
	for i, g := range rg.Groups {
		out.Groups[i] = ThanosRuleGroup{RuleGroup: g, PartialResponseStrategy: groups[i].PartialResponseStrategy}
	}
	return out
}

// ThanosFile renders thanos/rules.yaml.
func ThanosFile(c *catalogue.Catalogue, groups []catalogue.RuleGroup) ([]byte, error) {
	header := generators.Header(c.Service.Name, "#") +
		"# The global rule groups, for the Thanos Ruler (`thanos rule --rule-file=rules.yaml`\n" +
		"# with --query pointing at Thanos Query): they read every cluster's series.\n" +
		"# Check with `thanos tools rules-check --rules=rules.yaml`.\n"
	return generators.YAML(header, ThanosGroups(c, groups))
}

// CortexNamespace is a Cortex or Mimir ruler namespace file, as cortextool
// and mimirtool read it (their rules.RuleNamespace): the namespace's name
// and Prometheus's groups.
type CortexNamespace struct {
	Namespace string              `yaml:"namespace"`
	Groups    []rulefmt.RuleGroup `yaml:"groups"`
}

// CortexFile renders cortex/rules.yaml: the global groups in a namespace
// named after the service.
func CortexFile(c *catalogue.Catalogue, groups []catalogue.RuleGroup) ([]byte, error) {
	header := generators.Header(c.Service.Name, "#") +
		"# The global rule groups as a Cortex or Mimir ruler namespace:\n" +
		"# `mimirtool rules load rules.yaml` (or `cortextool rules load`).\n"
	return generators.YAML(header, CortexNamespace{Namespace: c.Service.Name, Groups: prometheus.RuleGroups(c, groups).Groups})
}
