package mixin

import (
	"math"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// config is the mixin's _config: what a user of the mixin may change.
type config struct {
	// Datasource is the name of the Prometheus datasource the dashboards
	// select; null keeps the viewer's choice (Grafana's default).
	Datasource *string `json:"datasource"`
	// Selectors are the label matchers of the service's scrape jobs, by
	// job, as the alert expressions write them (job="rstmdb").
	Selectors map[string]string `json:"selectors"`
	// Thresholds are the numbers the alerts compare with, by alert name;
	// when several rules share the name (warning and critical variants),
	// by the name and the rule's labels, DiskFull{severity="critical"}
	// (catalogue.VariantName), so that each variant keeps its own.
	Thresholds map[string]float64 `json:"thresholds"`
}

// segment is one piece of an alert expression in expressions.json: a
// literal string, or a reference to _config.
type segment any

// thresholdRef is the alert's threshold: with the default value, Text is
// written as the expression had it; another value is written as a number.
type thresholdRef struct {
	Threshold string  `json:"threshold"`
	Default   float64 `json:"default"`
	Text      string  `json:"text"`
}

// selectorRef is a job's selector from _config.selectors.
type selectorRef struct {
	Selector string `json:"selector"`
}

// comparisons are the operators whose number is a threshold.
var comparisons = map[parser.ItemType]bool{
	parser.GTR: true, parser.GTE: true, parser.LSS: true, parser.LTE: true,
}

// configure builds the _config defaults and the alert expressions that use
// them: an alert <expr> > <number> gets a threshold, and a job="<job>"
// matcher of one of the service's scrape jobs becomes that job's selector.
// With the defaults the segments join to the expression exactly as the
// rule files have it.
func configure(c *catalogue.Catalogue) (config, map[string][]segment) {
	cfg := config{Selectors: map[string]string{}, Thresholds: map[string]float64{}}
	jobs := map[string]bool{}
	for _, v := range c.ScrapeVariants() {
		for _, t := range c.ScrapeJobs(v) {
			jobs[t.JobName(c)] = true
		}
	}
	if len(jobs) == 0 && c.Service.Name != "" {
		jobs[c.Service.Name] = true
	}
	for job := range jobs {
		cfg.Selectors[job] = matcher(job)
	}
	exprs := map[string][]segment{}
	for _, r := range c.Alerts() {
		text := strings.TrimSpace(r.Expr.Text) // as prometheus.RuleGroups writes it
		p, err := promql.Parse(text, false)
		if err != nil || p == nil || p.Expr == nil || r.Alert == "" || c.RunsGlobally(r) {
			continue // global alerts are the global ruler's, not the mixin's
		}
		key := c.VariantName(r) // mixin.libsonnet's key(rule) computes the same
		var cuts []cut
		if b, ok := p.Expr.(*parser.BinaryExpr); ok && comparisons[b.Op] && !b.ReturnBool {
			if n, ok := b.RHS.(*parser.NumberLiteral); ok && !math.IsInf(n.Val, 0) && !math.IsNaN(n.Val) {
				pr := n.PositionRange()
				cuts = append(cuts, cut{int(pr.Start), int(pr.End),
					thresholdRef{Threshold: key, Default: n.Val, Text: text[pr.Start:pr.End]}})
				cfg.Thresholds[key] = n.Val
			}
		}
		cuts = append(cuts, selectorCuts(p.Expr, text, jobs)...)
		if len(cuts) > 0 {
			exprs[key] = split(text, cuts)
		}
	}
	return cfg, exprs
}

// matcher is the selector of a scrape job as expressions write it.
func matcher(job string) string { return `job="` + job + `"` }

// cut is a span of an expression replaced by a reference.
type cut struct {
	start, end int
	ref        segment
}

// selectorCuts finds job="<job>" matchers of the service's jobs, written
// exactly so, inside the expression's vector selectors.
func selectorCuts(e parser.Expr, text string, jobs map[string]bool) []cut {
	var out []cut
	for _, vs := range promql.Selectors(e) {
		for _, m := range vs.LabelMatchers {
			if m == nil || m.Name != "job" || m.Type != labels.MatchEqual || !jobs[m.Value] {
				continue
			}
			pr := vs.PositionRange()
			span := text[pr.Start:pr.End]
			want := matcher(m.Value)
			if strings.Count(span, want) == 1 {
				at := int(pr.Start) + strings.Index(span, want)
				out = append(out, cut{at, at + len(want), selectorRef{Selector: m.Value}})
			}
		}
	}
	return out
}

// split cuts text at the spans, which do not overlap, into literal strings
// and references.
func split(text string, cuts []cut) []segment {
	for i := 1; i < len(cuts); i++ {
		for j := i; j > 0 && cuts[j].start < cuts[j-1].start; j-- {
			cuts[j], cuts[j-1] = cuts[j-1], cuts[j]
		}
	}
	var out []segment
	at := 0
	for _, c := range cuts {
		if c.start < at {
			continue // overlapping: keep the first
		}
		if c.start > at {
			out = append(out, text[at:c.start])
		}
		out = append(out, c.ref)
		at = c.end
	}
	if at < len(text) {
		out = append(out, text[at:])
	}
	return out
}
