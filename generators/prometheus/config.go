package prometheus

import (
	"time"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/common/model"
)

// Config is a complete, runnable prometheus.yml.
type Config struct {
	Global        GlobalConfig   `yaml:"global"`
	RuleFiles     []string       `yaml:"rule_files,omitempty"`
	ScrapeConfigs []ScrapeConfig `yaml:"scrape_configs"`
	// Alerting says where Prometheus sends alerts. The generated file
	// leaves it out (where Alertmanager runs is the deployment's to say);
	// the end-to-end test sets it.
	Alerting *AlertingConfig `yaml:"alerting,omitempty"`
}

// AlertingConfig is the alerting section of prometheus.yml.
type AlertingConfig struct {
	Alertmanagers []AlertmanagerConfig `yaml:"alertmanagers"`
}

// AlertmanagerConfig is one set of Alertmanagers Prometheus sends to.
type AlertmanagerConfig struct {
	StaticConfigs []StaticConfig `yaml:"static_configs"`
}

// GlobalConfig is the global section of prometheus.yml.
type GlobalConfig struct {
	ScrapeInterval     model.Duration `yaml:"scrape_interval"`
	EvaluationInterval model.Duration `yaml:"evaluation_interval"`
}

// ConfigFile renders prometheus.yml: the rule files beside it and the
// default scrape variant's jobs.
func ConfigFile(c *catalogue.Catalogue, variant string, ruleFiles []string) ([]byte, error) {
	cfg := Config{
		Global: GlobalConfig{
			ScrapeInterval:     model.Duration(15 * time.Second),
			EvaluationInterval: model.Duration(15 * time.Second),
		},
		RuleFiles:     ruleFiles,
		ScrapeConfigs: ScrapeConfigs(c, variant),
	}
	if cfg.ScrapeConfigs == nil {
		cfg.ScrapeConfigs = []ScrapeConfig{}
	}
	header := generators.Header(c.Service.Name, "#") +
		"# A complete Prometheus configuration: run `prometheus --config.file=prometheus.yml`\n" +
		"# from this folder, or `promtool check config prometheus.yml`.\n"
	return generators.YAML(header, cfg)
}
