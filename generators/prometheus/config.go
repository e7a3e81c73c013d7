package prometheus

import (
	"regexp"
	"slices"
	"strings"
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
	// Alerting says how and where Prometheus sends alerts. The generated
	// file sets only the alert relabelling (AlertRelabelConfigs); where
	// Alertmanager runs is the deployment's to say, and the end-to-end
	// test says it.
	Alerting *AlertingConfig `yaml:"alerting,omitempty"`
	// RemoteWrite says where Prometheus sends every series it stores
	// (VictoriaMetrics, Mimir); the generated file leaves it out, the
	// end-to-end test of vmalert sets it.
	RemoteWrite []RemoteWriteConfig `yaml:"remote_write,omitempty"`
}

// RemoteWriteConfig is one remote_write endpoint.
type RemoteWriteConfig struct {
	URL         string       `yaml:"url"`
	QueueConfig *QueueConfig `yaml:"queue_config,omitempty"`
}

// QueueConfig tunes a remote_write queue.
type QueueConfig struct {
	BatchSendDeadline model.Duration `yaml:"batch_send_deadline,omitempty"`
}

// AlertingConfig is the alerting section of prometheus.yml.
type AlertingConfig struct {
	// AlertRelabelConfigs are applied to every alert before it is sent.
	AlertRelabelConfigs []RelabelConfig      `yaml:"alert_relabel_configs,omitempty"`
	Alertmanagers       []AlertmanagerConfig `yaml:"alertmanagers,omitempty"`
}

// RelabelConfig is the portable subset of a relabel_configs entry that
// obsgen writes: an action and its regex (Prometheus anchors it at both
// ends), or, with no action, Prometheus's default replace of the source
// labels' values (or the replacement) into the target label.
type RelabelConfig struct {
	Action       string   `yaml:"action,omitempty"`
	Regex        string   `yaml:"regex,omitempty"`
	SourceLabels []string `yaml:"source_labels,omitempty"`
	TargetLabel  string   `yaml:"target_label,omitempty"`
	Replacement  string   `yaml:"replacement,omitempty"`
}

// AlertRelabelConfigs returns the alert relabelling every server of an HA
// pair applies: dropping the organisation's deduplication label, so that
// both servers send the same alert with the same labels and Alertmanager
// sees one alert (one notification, and inhibitions that see one source
// and one target) rather than one per replica. nil when the organisation
// declares no deduplication label.
func AlertRelabelConfigs(c *catalogue.Catalogue) []RelabelConfig {
	l := c.DeduplicationLabel()
	if l == "" {
		return nil
	}
	// Prometheus anchors the regex (^(?:replica)$): it drops that label
	// only, not replica_set.
	return []RelabelConfig{{Action: "labeldrop", Regex: regexp.QuoteMeta(l)}}
}

// AlertmanagerConfig is one set of Alertmanagers Prometheus sends to.
type AlertmanagerConfig struct {
	Scheme        string         `yaml:"scheme,omitempty"`
	PathPrefix    string         `yaml:"path_prefix,omitempty"`
	StaticConfigs []StaticConfig `yaml:"static_configs"`
}

// AlertmanagerConfigs are the organisation's Alertmanagers, one set per
// scheme and path prefix, in the order first named.
func AlertmanagerConfigs(c *catalogue.Catalogue) []AlertmanagerConfig {
	var out []AlertmanagerConfig
	for _, s := range c.Alertmanagers() {
		a, err := catalogue.ParseAlertmanager(s)
		if err != nil {
			continue // validation reports it
		}
		i := slices.IndexFunc(out, func(ac AlertmanagerConfig) bool { return ac.Scheme == a.Scheme && ac.PathPrefix == a.PathPrefix })
		if i < 0 {
			out = append(out, AlertmanagerConfig{Scheme: a.Scheme, PathPrefix: a.PathPrefix, StaticConfigs: []StaticConfig{{}}})
			i = len(out) - 1
		}
		out[i].StaticConfigs[0].Targets = append(out[i].StaticConfigs[0].Targets, a.Target)
	}
	return out
}

// GlobalConfig is the global section of prometheus.yml.
type GlobalConfig struct {
	ScrapeInterval     model.Duration `yaml:"scrape_interval"`
	EvaluationInterval model.Duration `yaml:"evaluation_interval"`
	// ExternalLabels are added to every series and alert that leaves the
	// server (remote write, federation, a Thanos sidecar, Alertmanager).
	ExternalLabels map[string]string `yaml:"external_labels,omitempty"`
}

// ExternalLabels returns the organisation's external labels with the value
// each server sets: the label's example, or else an environment variable
// named after the label (${CLUSTER}), which Prometheus 3 expands and 2.x
// expands with --enable-feature=expand-external-labels. nil when the
// organisation declares none.
func ExternalLabels(c *catalogue.Catalogue) map[string]string {
	ls := c.ExternalLabels()
	if len(ls) == 0 {
		return nil
	}
	out := make(map[string]string, len(ls))
	for _, l := range ls {
		v := l.Example
		if v == "" {
			v = "${" + strings.ToUpper(l.Name) + "}"
		}
		out[l.Name] = v
	}
	return out
}

// ConfigFile renders prometheus.yml: the rule files beside it and the
// default scrape variant's jobs.
func ConfigFile(c *catalogue.Catalogue, variant string, ruleFiles []string) ([]byte, error) {
	cfg := Config{
		Global: GlobalConfig{
			ScrapeInterval:     model.Duration(15 * time.Second),
			EvaluationInterval: model.Duration(15 * time.Second),
			ExternalLabels:     ExternalLabels(c),
		},
		RuleFiles:     ruleFiles,
		ScrapeConfigs: ScrapeConfigs(c, variant),
	}
	if cfg.ScrapeConfigs == nil {
		cfg.ScrapeConfigs = []ScrapeConfig{}
	}
	if rc := AlertRelabelConfigs(c); rc != nil {
		cfg.Alerting = &AlertingConfig{AlertRelabelConfigs: rc}
	}
	if ams := AlertmanagerConfigs(c); len(ams) > 0 {
		if cfg.Alerting == nil {
			cfg.Alerting = &AlertingConfig{}
		}
		cfg.Alerting.Alertmanagers = ams
	}
	header := generators.Header(c.Service.Name, "#") +
		"# A complete Prometheus configuration: run `prometheus --config.file=prometheus.yml`\n" +
		"# from this folder, or `promtool check config prometheus.yml`.\n"
	if len(c.Alertmanagers()) == 0 {
		header += "# It sends alerts to no Alertmanager, so no alert reaches anyone (the prometheus-mixin's\n" +
			"# PrometheusNotConnectedToAlertmanagers fires on it where that mixin is loaded):\n" +
			"# list them in organisation.yaml's alertmanagers, or add alerting.alertmanagers.\n"
	}
	if len(cfg.Global.ExternalLabels) > 0 {
		names := make([]string, 0, len(cfg.Global.ExternalLabels))
		for _, l := range c.ExternalLabels() {
			names = append(names, l.Name)
		}
		header += "# Each server sets its own values of the external labels (" + strings.Join(names, ", ") + ").\n"
	}
	if l := c.DeduplicationLabel(); l != "" {
		header += "# Alerts leave without " + l + ", so that Alertmanager sees the alert both servers of an HA pair\n" +
			"# send as one.\n"
	}
	return generators.YAML(header, cfg)
}
