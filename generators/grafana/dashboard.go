package grafana

import (
	"slices"

	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/common"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	"github.com/obsgen/obsgen/internal/catalogue"
)

// Defaults for what a spec dashboard leaves out.
const (
	defaultRefresh = "30s"
	defaultFrom    = "now-6h"
)

// buildDashboard renders one dashboard of the catalogue with the SDK's
// classic dashboard builder. The SDK marks it deprecated in favour of
// dashboardv2, which emits a Kubernetes-style resource that Grafana 10 and
// 11 cannot import; the classic JSON model is what every Grafana from 10 to
// 12 imports and provisions from files.
func buildDashboard(c *catalogue.Catalogue, d catalogue.Dashboard, bounds []alertBound) (dashboard.Dashboard, error) {
	//lint:ignore SA1019 the classic JSON model on purpose, see above.
	b := dashboard.NewDashboardBuilder(d.Title)
	b.Uid(d.UID).
		Tags(dashboardTags(c, d)).
		Refresh(orDefault(d.Refresh, defaultRefresh)).
		Time(orDefault(d.From, defaultFrom), "now").
		Timezone("browser").
		Tooltip(dashboard.DashboardCursorSyncCrosshair).
		Editable().
		Annotation(builtinAnnotation()).
		Link(serviceLink(c))
	if d.Description != "" {
		b.Description(d.Description)
	}
	b.WithVariable(datasourceVariable())
	names := d.VariableNames(c)
	for i, v := range names {
		b.WithVariable(labelVariable(c, d, v, names[:i]))
	}
	// Ids come from the catalogue, which links alerts to panels by them.
	refs, k, y := d.PanelRefs(), 0, 0
	for ri, r := range d.Rows {
		row := dashboard.NewRowBuilder(r.Title).
			Id(d.RowID(ri)).
			Collapsed(r.Collapsed).
			GridPos(dashboard.GridPos{X: 0, Y: uint32(y), W: gridWidth, H: 1})
		boxes, below := layoutPanels(r.Panels, y+1)
		var panels []cog.Builder[dashboard.Panel]
		for i, p := range r.Panels {
			panels = append(panels, buildPanel(planPanel(c, bounds, p, refs[k].ID, boxes[i])))
			k++
		}
		if r.Collapsed {
			// A collapsed row holds its panels; Grafana lays them out
			// below it when it is opened.
			for _, p := range panels {
				row.WithPanel(p)
			}
			b.WithRow(row)
			y++
			continue
		}
		// An open row's panels follow it at the top level: Grafana drops
		// panels nested in a row that is not collapsed.
		b.WithRow(row)
		for _, p := range panels {
			b.WithPanel(p)
		}
		y = below
	}
	built, err := b.Build()
	if err != nil {
		return built, err
	}
	clearPlacements(&built)
	return built, nil
}

// clearPlacements removes the placement "inControlsMenu" that the SDK
// gives every link and annotation by default (grafana-foundation-sdk issue
// 1272): Grafana 12 would tuck the service link away in the controls menu
// instead of showing it above the panels, where older versions show it.
func clearPlacements(d *dashboard.Dashboard) {
	for i := range d.Links {
		d.Links[i].Placement = nil
	}
	for i := range d.Annotations.List {
		d.Annotations.List[i].Placement = nil
	}
}

// dashboardTags are the spec's tags with the service name, which the
// service link lists dashboards by.
func dashboardTags(c *catalogue.Catalogue, d catalogue.Dashboard) []string {
	tags := slices.Clone(d.Tags)
	if !slices.Contains(tags, c.Service.Name) {
		tags = append(tags, c.Service.Name)
	}
	return tags
}

// serviceLink is a drop-down of every dashboard tagged with the service.
func serviceLink(c *catalogue.Catalogue) *dashboard.DashboardLinkBuilder {
	title := c.Service.Title
	if title == "" {
		title = c.Service.Name
	}
	return dashboard.NewDashboardLinkBuilder(title + " dashboards").
		Type(dashboard.DashboardLinkTypeDashboards).
		Tags([]string{c.Service.Name}).
		AsDropdown(true).
		IncludeVars(false).
		KeepTime(true).
		TargetBlank(false).
		Icon("external link").
		Tooltip("")
}

// builtinAnnotation is Grafana's own "Annotations & Alerts" entry, written
// out as Grafana writes it on save, so a saved copy diffs cleanly.
func builtinAnnotation() *dashboard.AnnotationQueryBuilder {
	return dashboard.NewAnnotationQueryBuilder().
		Name("Annotations & Alerts").
		Datasource(common.DataSourceRef{Type: cog.ToPtr("grafana"), Uid: cog.ToPtr("-- Grafana --")}).
		Enable(true).
		Hide(true).
		IconColor("rgba(0, 211, 255, 1)").
		Type("dashboard").
		BuiltIn(1)
}

// orDefault is s, or def when s is empty.
func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
