package synth

import (
	"fmt"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// Shape is the size of a synthetic catalogue. Counts left at zero take
// Catalogue's proportions: Metrics/2 alerts and one dashboard of GroupSize
// panels per metric group; SLOs default to none.
type Shape struct {
	Metrics int
	// Alerts is the number of alerting rules; 0 means Metrics/2.
	Alerts int
	// Dashboards, when set, spreads Panels panels (default one per
	// metric) over this many dashboards instead of one per metric group.
	Dashboards int
	Panels     int
	// SLOs is the number of service level objectives: ratio SLIs on
	// counters and latency SLIs on histograms, in turn.
	SLOs int
}

// KubernetesMixin is about the size of the kubernetes-mixin: 600 metrics
// (kube-state-metrics, cAdvisor, the kubelet and the API server), 70
// alerts, 20 dashboards of 250 panels.
var KubernetesMixin = Shape{Metrics: 600, Alerts: 70, Dashboards: 20, Panels: 250}

// alerts is the number of alerts of s.
func (s Shape) alerts() int {
	if s.Alerts > 0 {
		return s.Alerts
	}
	return s.Metrics / 2
}

// panels is the number of panels of s when Dashboards is set.
func (s Shape) panels() int {
	if s.Panels > 0 {
		return s.Panels
	}
	return s.Metrics
}

// addPanels adds dashboards dashboards holding panels panels between them,
// panel i showing metric i (cycling), in rows of four.
func addPanels(c *catalogue.Catalogue, service string, dashboards, panels int) {
	metrics := c.Metrics()
	for di := range dashboards {
		d := catalogue.Dashboard{UID: fmt.Sprintf("%s-d%03d", service, di), Title: fmt.Sprintf("%s dashboard %d", service, di), Variables: []string{"op"}}
		for i, k := di, 0; i < panels; i, k = i+dashboards, k+1 {
			if k%4 == 0 {
				d.Rows = append(d.Rows, catalogue.PanelRow{Title: fmt.Sprintf("Row %d", k/4)})
			}
			row := &d.Rows[len(d.Rows)-1]
			row.Panels = append(row.Panels, panel(metrics[i%len(metrics)]))
		}
		c.Dashboards = append(c.Dashboards, d)
	}
}

// panel is a time series panel of metric m, with a legend of its first
// label.
func panel(m *catalogue.Metric) catalogue.Panel {
	_, label := byClause(m)
	legend := ""
	if label != "" {
		legend = "{{" + label + "}}"
	}
	return catalogue.Panel{
		Title: m.Name, Type: "timeseries",
		Queries: []catalogue.PanelQuery{{Expr: catalogue.NewExpr(series(m, "$__rate_interval"), catalogue.Pos{}), Legend: legend}},
	}
}

// addSLOs adds n SLOs in turn on the catalogue's counters (errors, the
// code="internal" share of a counter with a code label, over all of it) and
// histograms (observations slower than 0.1 s).
func addSLOs(c *catalogue.Catalogue, n int) {
	var counters, histograms []*catalogue.Metric
	for _, m := range c.Metrics() {
		switch {
		case m.Type == catalogue.Counter && len(m.Labels) == 2:
			counters = append(counters, m)
		case m.Type == catalogue.Histogram:
			histograms = append(histograms, m)
		}
	}
	for i := range n {
		slo := catalogue.SLO{
			Name:        fmt.Sprintf("slo%04d", i),
			Title:       fmt.Sprintf("Objective %d", i),
			Description: "A synthetic objective made by obsgen synth.",
			Alerting:    &catalogue.SLOAlerting{Runbook: &catalogue.Runbook{Checks: []string{"Open the dashboard of its group."}}},
		}
		if i%2 == 0 && len(counters) > 0 || len(histograms) == 0 {
			if len(counters) == 0 {
				return
			}
			m := counters[(i/2)%len(counters)]
			slo.Objective = 99.9
			slo.SLI.Ratio = &catalogue.RatioSLI{
				Bad:   catalogue.NewExpr(m.Name+`{code="internal"}`, catalogue.Pos{}),
				Total: catalogue.NewExpr(m.Name, catalogue.Pos{}),
			}
		} else {
			m := histograms[(i/2)%len(histograms)]
			slo.Objective = 99
			slo.SLI.Latency = &catalogue.LatencySLI{Histogram: m.Name, Threshold: 0.1}
		}
		c.SLOs = append(c.SLOs, slo)
	}
}
