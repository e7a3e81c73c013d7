package prometheus

import (
	"strings"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
)

// RuleGroups converts catalogue rule groups to rulefmt's model, adding a
// runbook_url annotation to alerts that have a runbook page.
func RuleGroups(c *catalogue.Catalogue, groups []catalogue.RuleGroup) rulefmt.RuleGroups {
	out := rulefmt.RuleGroups{Groups: make([]rulefmt.RuleGroup, 0, len(groups))}
	for _, g := range groups {
		rg := rulefmt.RuleGroup{Name: g.Name, Interval: model.Duration(g.Interval)}
		for _, r := range g.Rules {
			rule := rulefmt.Rule{
				Alert:         r.Alert,
				Record:        r.Record,
				Expr:          strings.TrimSpace(r.Expr.Text),
				For:           model.Duration(r.For),
				KeepFiringFor: model.Duration(r.KeepFiringFor),
				Labels:        copyMap(r.Labels),
				Annotations:   copyMap(r.Annotations),
			}
			if url := RunbookURL(c, &r); url != "" {
				if rule.Annotations == nil {
					rule.Annotations = map[string]string{}
				}
				if _, set := rule.Annotations["runbook_url"]; !set {
					rule.Annotations["runbook_url"] = url
				}
			}
			rg.Rules = append(rg.Rules, rule)
		}
		out.Groups = append(out.Groups, rg)
	}
	return out
}

// RunbookURL is where an alert's runbook lives: the spec's own URL, or the
// generated page under the service's docs_base_url; "" when neither is set.
func RunbookURL(c *catalogue.Catalogue, r *catalogue.Rule) string {
	if r.Alert == "" {
		return ""
	}
	if r.Runbook != nil && r.Runbook.URL != "" {
		return r.Runbook.URL
	}
	if base := c.Service.DocsBaseURL; base != "" {
		return strings.TrimSuffix(base, "/") + "/alerts/" + r.Alert + ".md"
	}
	return ""
}

func copyMap(m map[string]string) map[string]string {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// RuleFile renders rule groups as a Prometheus rule file.
func RuleFile(c *catalogue.Catalogue, groups []catalogue.RuleGroup) ([]byte, error) {
	return generators.YAML(generators.Header(c.Service.Name, "#"), RuleGroups(c, groups))
}
