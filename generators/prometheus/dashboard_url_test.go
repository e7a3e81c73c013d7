package prometheus

import (
	"encoding/json"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// writtenPanel is a panel as the generated dashboard JSON has it.
type writtenPanel struct {
	uid   string
	spec  bool // of a spec dashboard, not a generated one
	id    int
	exprs []string
}

// TestEveryAlertAGeneratedPanelShowsLinksToSuchAPanel reads the dashboards
// the grafana generator writes for each seed, as JSON, and each alert of
// the rules: an alert whose series some panel's queries select (same
// family, no label fixed to another value) carries a dashboard_url opening
// one of those panels by the id the JSON gives it, a spec dashboard's when
// one shows them; an alert no panel shows carries none.
func TestEveryAlertAGeneratedPanelShowsLinksToSuchAPanel(t *testing.T) {
	root := testtool.Root(t)
	org, diags, _ := specload.LoadOrganisation(filepath.Join(root, "specs"))
	if org == nil || diags.HasErrors() || org.GrafanaURL == "" {
		t.Fatalf("specs/organisation.yaml gives no grafana_url: %v", diags)
	}
	fallbacks := 0
	for _, service := range []string{"rstmdb", "stemedb"} {
		c, diags, _ := specload.Load(filepath.Join(root, "specs", service), specload.Options{Organisation: org})
		if c == nil || diags.HasErrors() {
			t.Fatalf("%s: %v", service, diags)
		}
		panels := writtenPanels(t, c)
		rules := RuleGroups(c, append(append([]catalogue.RuleGroup(nil), c.AlertGroups...), c.SLOGroups...))
		for _, g := range rules.Groups {
			for _, r := range g.Rules {
				if r.Alert == "" {
					continue
				}
				name := service + " " + r.Alert + " " + r.Labels["severity"]
				var showing []writtenPanel
				specShows := false
				for _, p := range panels {
					if shows(t, p.exprs, r.Expr) {
						showing = append(showing, p)
						specShows = specShows || p.spec
					}
				}
				link := r.Annotations["dashboard_url"]
				if len(showing) == 0 {
					if link != "" {
						t.Errorf("%s: no panel shows its series, yet dashboard_url is %s", name, link)
					}
					continue
				}
				if link == "" {
					t.Errorf("%s: panel %d of %s shows its series, yet it has no dashboard_url", name, showing[0].id, showing[0].uid)
					continue
				}
				uid, id := parseDashboardURL(t, org.GrafanaURL, link)
				var hit *writtenPanel
				for i := range showing {
					if showing[i].uid == uid && showing[i].id == id {
						hit = &showing[i]
					}
				}
				switch {
				case hit == nil:
					t.Errorf("%s: dashboard_url %s opens a panel that does not show its series (those that do: %v)", name, link, showing)
				case specShows && !hit.spec:
					t.Errorf("%s: dashboard_url %s opens a generated dashboard, though a spec dashboard shows its series (%v)", name, link, showing)
				case !hit.spec:
					fallbacks++
				}
			}
		}
	}
	// RstmdbConnectionsRejected, shown only by the per-metric dashboard,
	// and the SLO alerts, shown only by the SLO dashboards.
	if fallbacks == 0 {
		t.Error("no alert links to a generated dashboard: the seeds no longer exercise the fallback")
	}
}

// writtenPanels returns the panels of the dashboards the grafana generator
// writes for c, read back from their JSON.
func writtenPanels(t *testing.T, c *catalogue.Catalogue) []writtenPanel {
	t.Helper()
	files, err := grafana.Generator{}.Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	spec := map[string]bool{}
	for _, d := range c.Dashboards {
		spec[d.UID] = true
	}
	type jsonPanel struct {
		ID      int    `json:"id"`
		Type    string `json:"type"`
		Targets []struct {
			Expr string `json:"expr"`
		} `json:"targets"`
		Panels []json.RawMessage `json:"panels"` // a collapsed row's
	}
	var out []writtenPanel
	var add func(raw json.RawMessage, uid string)
	add = func(raw json.RawMessage, uid string) {
		var p jsonPanel
		if err := json.Unmarshal(raw, &p); err != nil {
			t.Fatal(err)
		}
		wp := writtenPanel{uid: uid, spec: spec[uid], id: p.ID}
		for _, tg := range p.Targets {
			wp.exprs = append(wp.exprs, tg.Expr)
		}
		if len(wp.exprs) > 0 {
			out = append(out, wp)
		}
		for _, inner := range p.Panels {
			add(inner, uid)
		}
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".json") {
			continue
		}
		var d struct {
			UID    string            `json:"uid"`
			Panels []json.RawMessage `json:"panels"`
		}
		if err := json.Unmarshal(f.Data, &d); err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		for _, raw := range d.Panels {
			add(raw, d.UID)
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s: the grafana generator wrote no panel with a query", c.Service.Name)
	}
	return out
}

// shows reports whether a panel's queries select series the alert's
// expression selects: a selector of the same metric family (a histogram's
// _bucket, _sum and _count series count as the histogram) whose label
// values, where both fix one, are the same.
func shows(t *testing.T, panel []string, alert string) bool {
	t.Helper()
	as := selectorsOf(t, alert, false)
	for _, q := range panel {
		for _, ps := range selectorsOf(t, q, true) {
			for _, a := range as {
				if family(ps.Name) == family(a.Name) && sameFixedValues(ps.LabelMatchers, a.LabelMatchers) {
					return true
				}
			}
		}
	}
	return false
}

func selectorsOf(t *testing.T, expr string, grafana bool) []*parser.VectorSelector {
	t.Helper()
	parsed, err := promql.Parse(expr, grafana)
	if err != nil {
		t.Fatalf("%q does not parse: %v", expr, err)
	}
	return promql.Selectors(parsed.Expr)
}

func family(name string) string {
	for _, suffix := range []string{"_bucket", "_sum", "_count"} {
		name = strings.TrimSuffix(name, suffix)
	}
	return name
}

// sameFixedValues reports whether no label is fixed by an equality
// matcher of a and one of b to two values (a Grafana variable fixes none).
func sameFixedValues(a, b []*labels.Matcher) bool {
	for _, ma := range a {
		for _, mb := range b {
			if ma.Type == labels.MatchEqual && mb.Type == labels.MatchEqual && ma.Name == mb.Name && ma.Name != model.MetricNameLabel &&
				ma.Value != mb.Value && !strings.Contains(ma.Value+mb.Value, "$") {
				return false
			}
		}
	}
	return true
}

// parseDashboardURL returns the dashboard uid and panel id of a link
// <grafana>/d/<uid>?viewPanel=<id>.
func parseDashboardURL(t *testing.T, grafanaURL, link string) (string, int) {
	t.Helper()
	rest, ok := strings.CutPrefix(link, strings.TrimSuffix(grafanaURL, "/")+"/d/")
	if !ok {
		t.Fatalf("dashboard_url %s is not under %s/d/", link, grafanaURL)
	}
	u, err := url.Parse(rest)
	if err != nil {
		t.Fatalf("dashboard_url %s: %v", link, err)
	}
	id, err := strconv.Atoi(u.Query().Get("viewPanel"))
	if err != nil {
		t.Fatalf("dashboard_url %s has no viewPanel id: %v", link, err)
	}
	return u.Path, id
}
