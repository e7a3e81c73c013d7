package prometheus

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
)

// RuleGroups converts catalogue rule groups to rulefmt's model, each rule
// with the annotations it is deployed with (Annotations).
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
				Annotations:   Annotations(c, &r),
			}
			rg.Rules = append(rg.Rules, rule)
		}
		out.Groups = append(out.Groups, rg)
	}
	return out
}

// Annotations returns the annotations rule r is deployed with: its own,
// and for an alert the links obsgen adds where the spec sets none
// (generatedLinks); nil when there are none.
func Annotations(c *catalogue.Catalogue, r *catalogue.Rule) map[string]string {
	out := copyMap(r.Annotations)
	for _, link := range generatedLinks {
		url := link.URL(c, r)
		if url == "" {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		if _, set := out[link.Key]; !set {
			out[link.Key] = url
		}
	}
	return out
}

// generatedLinks are the annotations obsgen adds to an alert whose spec
// does not set them, in order: its runbook page and the panel showing
// its series.
var generatedLinks = []struct {
	Key string
	URL func(*catalogue.Catalogue, *catalogue.Rule) string
}{
	{"runbook_url", RunbookURL},
	{"dashboard_url", DashboardURL},
}

// RunbookURL is where an alert's runbook lives: the spec's own URL, or the
// generated page under the service's docs_base_url (as Markdown) or the
// organisation's docs_url (the page MkDocs builds); "" when none is set.
func RunbookURL(c *catalogue.Catalogue, r *catalogue.Rule) string {
	if r.Alert == "" {
		return ""
	}
	if r.Runbook != nil && r.Runbook.URL != "" {
		return r.Runbook.URL
	}
	if base := c.Service.DocsBaseURL; base != "" {
		return strings.TrimSuffix(base, "/") + "/alerts/" + catalogue.AlertPage(r.Alert) + ".md"
	}
	if o := c.Organisation; o != nil && o.DocsURL != "" {
		return strings.TrimSuffix(o.DocsURL, "/") + "/" + SiteRunbookPath(c.Service.Name, r.Alert)
	}
	return ""
}

// SiteRunbookPath is where MkDocs writes an alert's runbook page in the
// site of out/ (out/docs/mkdocs.yml: out/ is its docs folder, and pages
// are page.html): <service>/docs/alerts/<page>.html. A .md link there is
// a 404.
func SiteRunbookPath(service, alert string) string {
	return service + "/docs/alerts/" + catalogue.AlertPage(alert) + ".html"
}

// DashboardURL is where an alert's series are shown: the first panel, of
// the dashboards obsgen writes, whose queries read a metric family the
// alert reads with no label fixed to another value (grafana.PanelsShowing,
// the panels its runbook page lists): a spec dashboard's panel when there
// is one, else one of the generated overview or SLO dashboard. The panel
// opens alone under the organisation's grafana_url; "" when the
// organisation gives no Grafana URL or no panel shows the series.
func DashboardURL(c *catalogue.Catalogue, r *catalogue.Rule) string {
	if r.Alert == "" || c.Organisation == nil || c.Organisation.GrafanaURL == "" {
		return ""
	}
	panels := grafana.PanelsShowing(c, r.Expr.Text)
	if len(panels) == 0 {
		return ""
	}
	p := panels[0]
	return strings.TrimSuffix(c.Organisation.GrafanaURL, "/") + "/d/" + url.PathEscape(p.Dashboard.UID) +
		"?viewPanel=" + strconv.FormatUint(uint64(p.ID), 10)
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
	return RuleFileYAML(generators.Header(c.Service.Name, "#"), RuleGroups(c, groups))
}

// RuleFileYAML is generators.YAML(header, rgs), written a group at a time
// and a long group's rules a chunk at a time (see generators.YAMLSeq):
// rule files are obsgen's longest YAML.
func RuleFileYAML(header string, rgs rulefmt.RuleGroups) ([]byte, error) {
	if len(rgs.Groups) == 0 {
		return generators.YAML(header, rgs)
	}
	out := append([]byte(header), "groups:\n"...)
	for _, g := range rgs.Groups {
		item, err := groupYAML(g)
		if err != nil {
			return nil, err
		}
		out = generators.Indent(out, item, 2)
	}
	return out, nil
}

// groupYAML is the YAML of the one-group list []rulefmt.RuleGroup{g}. The
// rules of a long group are written on: they are the group's last field,
// unless it has labels.
func groupYAML(g rulefmt.RuleGroup) ([]byte, error) {
	const chunk = 32
	if len(g.Rules) <= chunk || len(g.Labels) > 0 {
		return generators.YAML("", []rulefmt.RuleGroup{g})
	}
	head := g
	head.Rules = g.Rules[:chunk]
	out, err := generators.YAML("", []rulefmt.RuleGroup{head})
	if err != nil {
		return nil, err
	}
	rest, err := generators.YAMLSeq(g.Rules[chunk:])
	if err != nil {
		return nil, err
	}
	return generators.Indent(out, rest, 4), nil
}
