// Package synth builds realistic synthetic catalogues of any size, for
// benchmarks and for fuzzing generators: N metrics in groups of 20, N/2
// alerts, N/10 recording rules, N/10 example queries and N/20 dashboards of
// 20 panels, all of which lint clean.
package synth

import (
	"fmt"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// GroupSize is how many metrics a group (and a dashboard) holds.
const GroupSize = 20

// ops and codes are the enumerated label values every synthetic service has.
var (
	ops   = []string{"get", "put", "delete", "list", "watch"}
	codes = []string{"ok", "invalid", "not_found", "internal"}
)

// Catalogue returns a synthetic catalogue of service name with n metrics.
// The same arguments always give the same catalogue.
func Catalogue(name string, n int) *catalogue.Catalogue {
	return Shaped(name, Shape{Metrics: n})
}

// Shaped returns a synthetic catalogue of service name of the given shape.
// The same arguments always give the same catalogue.
func Shaped(name string, s Shape) *catalogue.Catalogue {
	n := s.Metrics
	c := &catalogue.Catalogue{
		APIVersion: catalogue.APIVersion,
		Service: catalogue.Service{
			Name:        name,
			Title:       name,
			Description: fmt.Sprintf("A synthetic service with %d metrics, made by obsgen synth.", n),
			Metrics:     &catalogue.MetricsEndpoint{ListenAddr: "localhost:9100", Path: "/metrics"},
		},
		Labels: []catalogue.Label{
			{Name: "op", Description: "Operation.", Values: values(ops)},
			{Name: "code", Description: "Result code.", Values: values(codes)},
			{Name: "shard", Description: "Shard number.", Example: "7"},
		},
		Scrape: &catalogue.Scrape{Targets: []catalogue.ScrapeTarget{{
			Variant: "static", Job: name, Static: []string{"localhost:9100"}, Interval: catalogue.Duration(15 * time.Second),
		}}},
	}
	for g := 0; g*GroupSize < n; g++ {
		group := catalogue.MetricGroup{Name: fmt.Sprintf("g%03d", g), Title: fmt.Sprintf("Group %d", g)}
		for i := g * GroupSize; i < min(n, (g+1)*GroupSize); i++ {
			group.Metrics = append(group.Metrics, metric(name, i))
		}
		c.MetricGroups = append(c.MetricGroups, group)
	}
	addRules(c, name, n, s.alerts())
	addQueries(c, n)
	if s.Dashboards > 0 {
		addPanels(c, name, s.Dashboards, s.panels())
	} else {
		addDashboards(c, name)
	}
	addSLOs(c, s.SLOs)
	c.Reindex()
	return c
}

func values(vs []string) []catalogue.LabelValue {
	out := make([]catalogue.LabelValue, len(vs))
	for i, v := range vs {
		out[i] = catalogue.LabelValue{Value: v, Description: "The " + v + " value."}
	}
	return out
}

// metric returns metric i: 40 % counters, 30 % gauges, 20 % histograms,
// 10 % summaries, with labels that vary by index.
func metric(service string, i int) catalogue.Metric {
	base := fmt.Sprintf("%s_m%05d", service, i)
	labels := [][]string{{"op"}, {"op", "code"}, {"shard"}, nil}[i%4]
	switch k := i % 10; {
	case k < 4:
		return catalogue.Metric{Name: base + "_total", Type: catalogue.Counter, Unit: "requests", Help: fmt.Sprintf("Requests of kind %d.", i), Labels: labels}
	case k < 7:
		return catalogue.Metric{Name: base + "_bytes", Type: catalogue.Gauge, Unit: "bytes", Help: fmt.Sprintf("Size of pool %d.", i), Labels: labels}
	case k < 9:
		return catalogue.Metric{Name: base + "_seconds", Type: catalogue.Histogram, Unit: "seconds", Help: fmt.Sprintf("Latency of step %d.", i), Labels: labels,
			Buckets: []float64{0.005, 0.01, 0.05, 0.1, 0.5, 1, 5}}
	default:
		return catalogue.Metric{Name: base + "_seconds", Type: catalogue.Summary, Unit: "seconds", Help: fmt.Sprintf("Duration of task %d.", i), Labels: labels,
			Quantiles: []float64{0.5, 0.9, 0.99}}
	}
}

// byClause is the aggregation that keeps a metric's first label, if any.
func byClause(m *catalogue.Metric) (string, string) {
	if len(m.Labels) == 0 {
		return "", ""
	}
	return "by (" + m.Labels[0] + ") ", m.Labels[0]
}

// series returns the PromQL that reads metric m as a rate, a value or a
// quantile, with window w (a duration or a Grafana variable).
func series(m *catalogue.Metric, w string) string {
	by, _ := byClause(m)
	switch m.Type {
	case catalogue.Counter:
		return fmt.Sprintf("sum %s(rate(%s[%s]))", by, m.Name, w)
	case catalogue.Histogram:
		le := "le"
		if len(m.Labels) > 0 {
			le = "le, " + m.Labels[0]
		}
		return fmt.Sprintf("histogram_quantile(0.99, sum by (%s) (rate(%s_bucket[%s])))", le, m.Name, w)
	case catalogue.Summary:
		return fmt.Sprintf("max %s(%s{quantile=\"0.99\"})", by, m.Name)
	default:
		return fmt.Sprintf("sum %s(%s)", by, m.Name)
	}
}

func addRules(c *catalogue.Catalogue, service string, n, nAlerts int) {
	metrics := c.Metrics()
	alerts := catalogue.RuleGroup{Name: service + "-alerts"}
	for i := range nAlerts {
		m := metrics[(i*2)%len(metrics)]
		_, label := byClause(m)
		summary := fmt.Sprintf("%s is high", m.Name)
		if label != "" {
			summary = fmt.Sprintf("%s is high for {{ $labels.%s }}", m.Name, label)
		}
		severity := []string{"warning", "critical"}[i%2]
		alerts.Rules = append(alerts.Rules, catalogue.Rule{
			Alert:       fmt.Sprintf("Synth%05dHigh", i),
			Expr:        catalogue.NewExpr(fmt.Sprintf("%s > %d", series(m, "5m"), 100+i), catalogue.Pos{}),
			For:         catalogue.Duration(5 * time.Minute),
			Labels:      map[string]string{"severity": severity},
			Annotations: map[string]string{"summary": summary, "description": "Value {{ $value | humanize }} exceeds its threshold."},
			Runbook:     &catalogue.Runbook{Meaning: "The series crossed its threshold for five minutes.", Checks: []string{"Open the dashboard of its group."}},
		})
	}
	if len(alerts.Rules) > 0 {
		c.AlertGroups = append(c.AlertGroups, alerts)
	}
	records := catalogue.RuleGroup{Name: service + "-recording"}
	for i := 0; i < n/10; i++ {
		m := metrics[(i*10)%len(metrics)] // counters: index ≡ 0 mod 10
		records.Rules = append(records.Rules, catalogue.Rule{
			Record: fmt.Sprintf("job:%s:rate5m", m.Name),
			Expr:   catalogue.NewExpr(fmt.Sprintf("sum by (job) (rate(%s[5m]))", m.Name), catalogue.Pos{}),
		})
	}
	if len(records.Rules) > 0 {
		c.RecordGroups = append(c.RecordGroups, records)
	}
}

func addQueries(c *catalogue.Catalogue, n int) {
	metrics := c.Metrics()
	group := catalogue.QueryGroup{Title: "Examples"}
	for i := 0; i < n/10; i++ {
		m := metrics[(i*7)%len(metrics)]
		group.Queries = append(group.Queries, catalogue.Query{
			Name: fmt.Sprintf("q%05d", i), Title: "Reading " + m.Name, Comment: "A typical reading of the series.",
			Expr: catalogue.NewExpr(series(m, "5m"), catalogue.Pos{}),
		})
	}
	if len(group.Queries) > 0 {
		c.Queries = append(c.Queries, group)
	}
}

// addDashboards adds one dashboard per metric group, one panel per metric,
// in rows of four.
func addDashboards(c *catalogue.Catalogue, service string) {
	for gi := range c.MetricGroups {
		g := &c.MetricGroups[gi]
		d := catalogue.Dashboard{UID: fmt.Sprintf("%s-%s", service, g.Name), Title: fmt.Sprintf("%s %s", service, g.Title), Variables: []string{"op"}}
		for i := range g.Metrics {
			m := &g.Metrics[i]
			if i%4 == 0 {
				d.Rows = append(d.Rows, catalogue.PanelRow{Title: fmt.Sprintf("Row %d", i/4)})
			}
			row := &d.Rows[len(d.Rows)-1]
			row.Panels = append(row.Panels, panel(m))
		}
		c.Dashboards = append(c.Dashboards, d)
	}
}

// orgSizes are the metric counts the services of an organisation cycle
// through: 30 to 70, 50 on average.
var orgSizes = []int{30, 40, 50, 60, 70}

// Exporter is the name of the shared exporter catalogue of Organisation.
const Exporter = "node"

// Organisation returns n services of varied sizes (30 to 70 metrics, 50 on
// average, half as many alerts, at most two dashboards each) named
// svc0000, svc0001..., and the shared exporter catalogue Exporter (50
// metrics) that every fourth service uses and alerts on, as a monorepo of
// an organisation holds them.
func Organisation(n int) []*catalogue.Catalogue {
	out := []*catalogue.Catalogue{Catalogue(Exporter, 50)}
	shared := out[0].Metrics()
	for i := range n {
		name := fmt.Sprintf("svc%04d", i)
		c := Catalogue(name, orgSizes[i%len(orgSizes)])
		if len(c.Dashboards) > 2 {
			c.Dashboards = c.Dashboards[:2]
		}
		if i%4 == 0 {
			m := shared[(i/4*10)%len(shared)] // a counter of the exporter
			c.Service.Uses = []string{Exporter}
			c.AlertGroups = append(c.AlertGroups, catalogue.RuleGroup{Name: name + "-host", Rules: []catalogue.Rule{{
				Alert:       fmt.Sprintf("Svc%04dHostBusy", i),
				Expr:        catalogue.NewExpr(fmt.Sprintf("sum(rate(%s[5m])) > 1000", m.Name), catalogue.Pos{}),
				For:         catalogue.Duration(10 * time.Minute),
				Labels:      map[string]string{"severity": "warning"},
				Annotations: map[string]string{"summary": "The hosts of " + name + " are busy."},
				Runbook:     &catalogue.Runbook{Meaning: "The shared exporter reports a high rate."},
			}}})
		}
		c.Reindex()
		out = append(out, c)
	}
	return out
}
