package alertmanager

import (
	"time"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/common/model"
)

// RoutesTest is alertmanager/routes-test.yaml: one case per alert variant.
type RoutesTest struct {
	Cases []Case `yaml:"cases"`
}

// Case is one alert variant as Alertmanager receives it (its name and the
// labels its rule sets) and where its spec says it goes, from
// catalogue.PolicyOf rather than from the generated routes: running the
// cases against the configuration checks one against the other.
type Case struct {
	Service string `yaml:"service"`
	// Alert names the variant (catalogue.VariantName).
	Alert               string            `yaml:"alert"`
	Labels              map[string]string `yaml:"labels"`
	Receiver            string            `yaml:"receiver"`
	GroupBy             []string          `yaml:"group_by,omitempty"`
	GroupWait           model.Duration    `yaml:"group_wait"`
	GroupInterval       model.Duration    `yaml:"group_interval"`
	RepeatInterval      model.Duration    `yaml:"repeat_interval"`
	MuteTimeIntervals   []string          `yaml:"mute_time_intervals,omitempty"`
	ActiveTimeIntervals []string          `yaml:"active_time_intervals,omitempty"`
}

// Cases returns the routing cases of every alert variant of the
// catalogues, in order.
func Cases(cs []*catalogue.Catalogue) []Case {
	var out []Case
	for _, c := range cs {
		for _, r := range c.Alerts() {
			p := c.PolicyOf(r)
			out = append(out, Case{
				Service: c.Service.Name, Alert: c.VariantName(r), Labels: r.SetLabels(),
				Receiver: p.Receiver, GroupBy: p.GroupBy,
				GroupWait:           model.Duration(time.Duration(p.GroupWait)),
				GroupInterval:       model.Duration(time.Duration(p.GroupInterval)),
				RepeatInterval:      model.Duration(time.Duration(p.RepeatInterval)),
				MuteTimeIntervals:   p.MuteTimeIntervals,
				ActiveTimeIntervals: p.ActiveTimeIntervals,
			})
		}
	}
	return out
}

// casesFile writes the cases, with how to run them.
func casesFile(header string, cs []*catalogue.Catalogue) ([]byte, error) {
	header += "# One case per alert variant: the labels Alertmanager receives (alertname and the labels the\n" +
		"# rule sets) and where the spec routes it. Check one with\n" +
		"#   amtool config routes test --config.file=alertmanager.yml --verify.receivers=RECEIVER LABEL=VALUE...\n"
	return generators.YAML(header, RoutesTest{Cases: Cases(cs)})
}
