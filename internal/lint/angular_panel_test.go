package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestAnAngularPanelOfAMixinsDashboardIsAWarningAtItsFirstQuery(t *testing.T) {
	query := catalogue.NewExpr("rate(nginx_http_requests_total[5m])", catalogue.Pos{File: "dashboard.json", Line: 432, Col: 20})
	panel := func(title, typ string) catalogue.Panel {
		return catalogue.Panel{Pos: catalogue.Pos{File: "dashboard.json", Path: "grafanaDashboards.nginx.panels[0]"}, Title: title, Type: typ, Queries: []catalogue.PanelQuery{{Expr: query}}}
	}
	// Named by its title, or its uid without one (jonnenauha's Varnish
	// dashboard has no uid: "of dashboard  is" told the reader nothing).
	c := &catalogue.Catalogue{Dashboards: []catalogue.Dashboard{{UID: "nginx", Title: "NGINX", Rows: []catalogue.PanelRow{{Panels: []catalogue.Panel{
		panel("Total requests", "graph"),
		panel("NGINX Status", "singlestat"),
		panel("Connections", "timeseries"),
		panel("Status", "stat"),
	}}}}}}
	got := runOne(c, angularPanel)
	if len(got) != 2 {
		t.Fatalf("want the graph and the singlestat, got %v", got)
	}
	for i, want := range []string{`panel "NGINX Status" of dashboard "NGINX" is a singlestat, an AngularJS panel: Grafana 11 and later draw it only as migrated to stat`,
		`panel "Total requests" of dashboard "NGINX" is a graph, an AngularJS panel: Grafana 11 and later draw it only as migrated to timeseries`} {
		if !strings.HasPrefix(got[i].Message, want) || got[i].Pos.Line != 432 || got[i].Pos.Col != 20 {
			t.Errorf("got %s, want at dashboard.json:432:20 %q", got[i], want)
		}
	}
}
