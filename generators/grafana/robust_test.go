package grafana

import (
	"math"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// TestBadInputNeverPanics feeds the generator catalogues that validation
// would reject, or that are odd but valid, and expects files or an error,
// never a panic.
func TestBadInputNeverPanics(t *testing.T) {
	nan, neg := math.NaN(), -3
	manyQueries := make([]catalogue.PanelQuery, 30)
	for i := range manyQueries {
		manyQueries[i].Expr = catalogue.NewExpr("up", catalogue.Pos{})
	}
	panel := func(p catalogue.Panel) *catalogue.Catalogue {
		return &catalogue.Catalogue{
			Service:    catalogue.Service{Name: "x"},
			Dashboards: []catalogue.Dashboard{{UID: "x", Title: "x", Rows: []catalogue.PanelRow{{Title: "r", Panels: []catalogue.Panel{p}}}}},
		}
	}
	tests := map[string]*catalogue.Catalogue{
		"an empty catalogue":                 {},
		"an overview of no metrics":          {Overview: &catalogue.Overview{UID: "o", Title: "o"}},
		"a dashboard without rows":           {Dashboards: []catalogue.Dashboard{{UID: "d"}}},
		"a row without panels":               {Dashboards: []catalogue.Dashboard{{UID: "d", Rows: []catalogue.PanelRow{{}, {Collapsed: true}}}}},
		"a query that does not parse":        panel(catalogue.Panel{Type: "stat", Queries: []catalogue.PanelQuery{{Expr: catalogue.NewExpr("sum(", catalogue.Pos{})}}}),
		"an empty query":                     panel(catalogue.Panel{Type: "heatmap", Queries: []catalogue.PanelQuery{{}}}),
		"an unknown panel type":              panel(catalogue.Panel{Type: "pie", Queries: manyQueries}),
		"a panel without queries":            panel(catalogue.Panel{Type: "gauge"}),
		"negative and huge sizes":            panel(catalogue.Panel{Type: "stat", Width: -5, Height: 1000, Decimals: &neg}),
		"a NaN threshold and minimum":        panel(catalogue.Panel{Type: "stat", Min: &nan, Thresholds: []catalogue.Threshold{{Value: nan}}}),
		"a uid that cannot name a file":      {Dashboards: []catalogue.Dashboard{{UID: "../../etc"}}},
		"a variable for an undeclared label": {Dashboards: []catalogue.Dashboard{{UID: "d", Variables: []string{"nope", ""}}}},
		"an unknown metric type in the overview": {
			Overview:     &catalogue.Overview{UID: "o"},
			MetricGroups: []catalogue.MetricGroup{{Metrics: []catalogue.Metric{{Name: "m", Type: "untyped"}, {}}}},
		},
		"alerts that do not parse or compare NaN": {
			Dashboards: []catalogue.Dashboard{{UID: "d", Rows: []catalogue.PanelRow{{Panels: []catalogue.Panel{{Type: "stat", Queries: []catalogue.PanelQuery{{Expr: catalogue.NewExpr("x", catalogue.Pos{})}}}}}}}},
			AlertGroups: []catalogue.RuleGroup{{Rules: []catalogue.Rule{
				{Alert: "a", Expr: catalogue.NewExpr("x > NaN", catalogue.Pos{})},
				{Alert: "b", Expr: catalogue.NewExpr("x >", catalogue.Pos{})},
				{Alert: "c", Expr: catalogue.NewExpr("-(1) > x", catalogue.Pos{})},
			}}},
		},
	}
	for name, c := range tests {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic: %v", r)
				}
			}()
			_, _ = Generator{}.Generate(c)
		})
	}
}

func TestAUidThatCannotNameAFileIsAnError(t *testing.T) {
	c := &catalogue.Catalogue{Service: catalogue.Service{Name: "x"}, Dashboards: []catalogue.Dashboard{{UID: "../../etc", Title: "t"}}}
	_, err := Generator{}.Generate(c)
	if err == nil || !strings.Contains(err.Error(), "cannot name a file") {
		t.Errorf("got %v, want an error about the uid", err)
	}
}

func TestACatalogueWithoutDashboardsGetsNoGrafanaFiles(t *testing.T) {
	files, err := Generator{}.Generate(&catalogue.Catalogue{Service: catalogue.Service{Name: "x"}})
	if err != nil || len(files) != 0 {
		t.Errorf("got %d files and %v, want none", len(files), err)
	}
}
