// Package grafana generates a service's Grafana dashboards, built with the
// Grafana Foundation SDK, and the provisioning file that loads them.
//
// Every dashboard of the catalogue becomes
// <service>/grafana/dashboards/<uid>.json, and so does the generated
// overview when the spec asks for one; <service>/grafana/provisioning/
// dashboards.yaml points Grafana's file provider at them. Panels take their
// units, legends and thresholds from the catalogue where the spec leaves
// them out: units from the metrics' units, legends from the labels that tell
// series apart, thresholds from the alerts watching the same series.
package grafana

import (
	"fmt"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/naming"
	"github.com/obsgen/obsgen/internal/parallel"
)

// Generator writes out/<service>/grafana/.
type Generator struct{}

// Name implements generators.Generator.
func (Generator) Name() string { return "grafana" }

// Generate implements generators.Generator.
func (Generator) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	if len(c.Dashboards) == 0 && c.Overview == nil && len(c.SLOs) == 0 {
		return nil, nil
	}
	dir := generators.Join(c.Service.Name, "grafana")
	bounds := alertBounds(c) // once: every dashboard reads the same alerts
	ds := Dashboards(c)
	for _, d := range ds {
		if !naming.UID.MatchString(d.UID) { // it names a file
			return nil, fmt.Errorf("dashboard uid %q cannot name a file", d.UID)
		}
	}
	// Dashboards are independent: a large catalogue's hundreds are built
	// on every core.
	files := make([]generators.File, len(ds), len(ds)+1)
	err := parallel.ForEachErr(len(ds), parallel.Cores(), func(i int) error {
		data, err := dashboardJSON(c, ds[i], bounds)
		if err != nil {
			return fmt.Errorf("dashboard %s: %w", ds[i].UID, err)
		}
		files[i] = generators.File{Path: generators.Join(dir, "dashboards", ds[i].UID+".json"), Data: data}
		return nil
	})
	if err != nil {
		return nil, err
	}
	data, err := provisioning(c)
	if err != nil {
		return nil, err
	}
	files = append(files, generators.File{Path: generators.Join(dir, "provisioning", "dashboards.yaml"), Data: data})
	return files, nil
}

// Dashboards returns the catalogue's dashboards followed by the generated
// overview, when the spec asks for it, and the SLO dashboard, when the
// service has SLOs.
func Dashboards(c *catalogue.Catalogue) []catalogue.Dashboard {
	out := append([]catalogue.Dashboard(nil), c.Dashboards...)
	if c.Overview != nil {
		out = append(out, overviewDashboard(c))
	}
	if len(c.SLOs) > 0 {
		out = append(out, sloDashboard(c))
	}
	return out
}

// PanelsShowing returns the panels that show the series an expression
// reads (catalogue.PanelIndex.Showing) among those of the dashboards
// Generate writes, in the order of Dashboards: the spec's panels first,
// then the generated overview's and the SLO dashboard's. Their ids are
// those of the written JSON, which numbers panels by
// catalogue.Dashboard.PanelRefs too.
func PanelsShowing(c *catalogue.Catalogue, expr string) []catalogue.PanelRef {
	return c.PanelIndex("grafana", func() []catalogue.Dashboard { return Dashboards(c) }).Showing(expr)
}

// DashboardJSON renders one dashboard as Grafana's classic dashboard JSON,
// indented, with a final newline, and "<" in a description left readable.
func DashboardJSON(c *catalogue.Catalogue, d catalogue.Dashboard) ([]byte, error) {
	return dashboardJSON(c, d, alertBounds(c))
}

// dashboardJSON is DashboardJSON with the alerts' bounds already read.
func dashboardJSON(c *catalogue.Catalogue, d catalogue.Dashboard, bounds []alertBound) ([]byte, error) {
	built, err := buildDashboard(c, d, bounds)
	if err != nil {
		return nil, err
	}
	return marshalJSON(built)
}
