package grafana

import (
	"strconv"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// openSLORows is how many SLOs' rows the SLO dashboard opens; those after
// are collapsed. Grafana queries every panel of an open row when the
// dashboard loads, three per SLO here, and slows to a crawl past a few
// dozen; a collapsed row's panels are queried when it is opened.
const openSLORows = 10

// sloDashboard is the SLO dashboard of a service with SLOs, in the
// catalogue's own model: a row per SLO with its SLI against the objective,
// its burn rate over every window the alerts read (the thresholds at the
// alerts' burn rates) and the error budget left over the compliance window.
// The rows after the first openSLORows are collapsed.
func sloDashboard(c *catalogue.Catalogue) catalogue.Dashboard {
	uid := c.Service.Name + "-slos"
	if len(uid) > 40 {
		uid = uid[:35] + "-slos"
	}
	d := catalogue.Dashboard{
		UID:         uid,
		Title:       c.Service.Name + " / SLOs",
		Description: "Service level objectives of " + c.Service.Name + ", from the rules obsgen generates in prometheus/slos.yaml.",
		Tags:        []string{c.Service.Name, "slo", "generated"},
		Refresh:     defaultRefresh,
		From:        "now-7d",
	}
	if len(c.SLOs) > openSLORows {
		d.Description += " The rows after the first " + strconv.Itoa(openSLORows) + " are collapsed: open one to query its panels."
	}
	for i := range c.SLOs {
		s := &c.SLOs[i]
		f := s.Filter(c)
		period := s.Period()
		row := catalogue.PanelRow{
			Title:     s.DisplayTitle() + " (" + formatPercent(s.Objective) + " over " + period.String() + ")",
			Collapsed: i >= openSLORows,
		}
		row.Panels = append(row.Panels, catalogue.Panel{
			Title:       "SLI against the objective",
			Type:        "timeseries",
			Description: "The share of good events over 5m and over the compliance window, and the objective.",
			Unit:        "percentunit",
			Queries: []catalogue.PanelQuery{
				{Expr: expr("1 - " + catalogue.SLIErrorRecord(catalogue.SLIWindows()[0]) + f), Legend: "SLI (5m)"},
				{Expr: expr("1 - " + catalogue.SLIErrorRecord(period) + f), Legend: "SLI (" + period.String() + ")"},
				{Expr: expr(catalogue.SLOObjectiveRecord + f), Legend: "objective"},
			},
		})
		burn := catalogue.Panel{
			Title: "Burn rate by window",
			Type:  "timeseries",
			Description: "How many times faster than sustainable the error budget burns, over each window the alerts read. " +
				"The page alert fires when a long and a short window both pass its rate; the thresholds are the alerts' rates.",
		}
		seen := map[float64]bool{}
		for _, pol := range catalogue.SLOPolicies {
			for _, bw := range pol.Windows {
				if v := bw.Factor(period); !seen[v] {
					seen[v] = true
					burn.Thresholds = append(burn.Thresholds, catalogue.Threshold{Value: v, Color: burnColor(pol.Severity, bw == pol.Windows[0])})
				}
			}
		}
		for _, w := range catalogue.SLIWindows() {
			burn.Queries = append(burn.Queries, catalogue.PanelQuery{
				Expr: expr("sum without (" + catalogue.SLOWindowLabel + ") (" + catalogue.SLIErrorRecord(w) + f + ")\n/ on (" +
					catalogue.SLOServiceLabel + ", " + catalogue.SLONameLabel + ") group_left ()\n" + catalogue.SLOErrorBudgetRecord + f),
				Legend: w.String(),
			})
		}
		row.Panels = append(row.Panels, burn)
		row.Panels = append(row.Panels, catalogue.Panel{
			Title:       "Error budget left (" + period.String() + ")",
			Type:        "stat",
			Description: "The share of the error budget not yet spent over the compliance window; below 0 the objective is missed.",
			Unit:        "percentunit",
			Queries:     []catalogue.PanelQuery{{Expr: expr(catalogue.SLOBudgetRemainingRecord + f), Legend: "budget left", Instant: true}},
		})
		d.Rows = append(d.Rows, row)
	}
	return d
}

func expr(text string) catalogue.Expr { return catalogue.NewExpr(text, catalogue.Pos{}) }

// burnColor colours an alert's burn rate: the page's fast rate darkest.
func burnColor(severity string, fast bool) string {
	switch {
	case severity == "page" && fast:
		return "dark-red"
	case severity == "page":
		return "red"
	case fast:
		return "orange"
	}
	return "yellow"
}

// formatPercent writes an objective: 99.9 %.
func formatPercent(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) + " %" }
