package prometheus

import (
	"maps"
	"slices"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/common/model"
)

// The structs below are the portable subset of Prometheus's configuration
// that obsgen writes. prometheus/config's own types (v3.15) marshal every
// default, including fields Prometheus 2.x rejects (enable_compression,
// track_timestamps_staleness, runtime, otlp), so obsgen writes only what the
// spec sets; the tests load every file with config.Load and promtool.

// ScrapeConfig is one scrape_configs entry.
type ScrapeConfig struct {
	JobName        string              `yaml:"job_name"`
	HonorLabels    bool                `yaml:"honor_labels,omitempty"`
	ScrapeInterval model.Duration      `yaml:"scrape_interval,omitempty"`
	ScrapeTimeout  model.Duration      `yaml:"scrape_timeout,omitempty"`
	MetricsPath    string              `yaml:"metrics_path,omitempty"`
	Scheme         string              `yaml:"scheme,omitempty"`
	Params         map[string][]string `yaml:"params,omitempty"`
	StaticConfigs  []StaticConfig      `yaml:"static_configs,omitempty"`
	DNSSDConfigs   []DNSSDConfig       `yaml:"dns_sd_configs,omitempty"`
	RelabelConfigs []RelabelConfig     `yaml:"relabel_configs,omitempty"`
}

// StaticConfig is a static target group.
type StaticConfig struct {
	Targets []string          `yaml:"targets"`
	Labels  map[string]string `yaml:"labels,omitempty"`
}

// DNSSDConfig is a DNS service discovery block.
type DNSSDConfig struct {
	Names []string `yaml:"names"`
	Type  string   `yaml:"type,omitempty"`
	Port  int      `yaml:"port,omitempty"`
}

// ScrapeFile is the body of scrape.yaml: scrape_configs to paste or include.
type scrapeFile struct {
	ScrapeConfigs []ScrapeConfig `yaml:"scrape_configs"`
}

// ScrapeConfigs builds the scrape jobs of one variant.
func ScrapeConfigs(c *catalogue.Catalogue, variant string) []ScrapeConfig {
	var out []ScrapeConfig
	for _, t := range c.ScrapeJobs(variant) {
		sc := ScrapeConfig{
			JobName:        t.JobName(c),
			HonorLabels:    t.HonorLabels,
			ScrapeInterval: model.Duration(t.Interval),
			ScrapeTimeout:  model.Duration(t.Timeout),
			MetricsPath:    metricsPath(c, t),
			Scheme:         t.Scheme,
			Params:         t.Params,
		}
		if pr := t.Probe; pr != nil {
			// The blackbox exporter's multi-target pattern: each target
			// is passed as ?target= and kept as instance, and the prober
			// is what Prometheus connects to.
			sc.Params = maps.Clone(t.Params)
			if sc.Params == nil {
				sc.Params = map[string][]string{}
			}
			sc.Params["module"] = []string{pr.Module}
			sc.StaticConfigs = []StaticConfig{{Targets: slices.Clone(pr.Targets)}}
			sc.RelabelConfigs = []RelabelConfig{
				{SourceLabels: []string{"__address__"}, TargetLabel: "__param_target"},
				{SourceLabels: []string{"__param_target"}, TargetLabel: "instance"},
				{TargetLabel: "__address__", Replacement: pr.Prober},
			}
		}
		if len(t.Static) > 0 {
			sc.StaticConfigs = []StaticConfig{{Targets: append([]string(nil), t.Static...)}}
		}
		if len(t.DNSNames) > 0 {
			dns := DNSSDConfig{Names: append([]string(nil), t.DNSNames...), Port: t.DNSPort}
			if t.DNSType != "" && t.DNSType != "SRV" {
				dns.Type = t.DNSType
			}
			sc.DNSSDConfigs = []DNSSDConfig{dns}
		}
		out = append(out, sc)
	}
	return out
}

// metricsPath is the job's path when it differs from Prometheus's default.
func metricsPath(c *catalogue.Catalogue, t *catalogue.ScrapeTarget) string {
	if p := t.ScrapePath(c); p != "/metrics" {
		return p
	}
	return ""
}

// ScrapeFile renders one variant's scrape_configs.
func ScrapeFile(c *catalogue.Catalogue, variant string) ([]byte, error) {
	header := generators.Header(c.Service.Name, "#")
	for _, t := range c.ScrapeJobs(variant) {
		if t.Title != "" {
			header += "# " + generators.CommentText(t.Title) + " (variant " + variant + ").\n"
			break
		}
	}
	return generators.YAML(header, scrapeFile{ScrapeConfigs: ScrapeConfigs(c, variant)})
}
