package slorules

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/parallel"
)

// Derive sets c.SLOGroups from the SLOs that validation passed and
// rebuilds the index, so that the derived alerts and recording rules are
// served with the spec's own. The loader derives them after validation;
// the pipeline derives them again once the catalogues a service uses are
// linked (a latency SLI may read a histogram of one).
func Derive(c *catalogue.Catalogue) {
	c.SLOGroups = nil
	// Each SLO's group reads the catalogue and writes nothing else: a
	// thousand are derived on every core.
	groups := make([]catalogue.RuleGroup, len(c.SLOs))
	fine := make([]bool, len(c.SLOs))
	plans := &testPlans{}
	parallel.ForEach(len(c.SLOs), parallel.Cores(), func(i int) {
		if c.SLOSound(i) {
			groups[i], fine[i] = sloGroup(c, &c.SLOs[i], plans)
		}
	})
	for i, g := range groups {
		if fine[i] {
			c.SLOGroups = append(c.SLOGroups, g)
		}
	}
	c.Reindex()
}

// sloGroup is one SLO's rule group: the SLI error ratio per window, the
// compliance window's ratio from the 5m one, the metadata, then the page
// and ticket alerts with their tests (their plans shared through plans).
// Rules of one group run in order, so each reads the series the rules
// before it wrote in the same evaluation.
func sloGroup(c *catalogue.Catalogue, s *catalogue.SLO, plans *testPlans) (catalogue.RuleGroup, bool) {
	g := catalogue.RuleGroup{Pos: s.Pos, Name: s.GroupName(c)}
	id := s.IDLabels(c)
	filter := s.Filter(c)
	for _, w := range catalogue.SLIWindows() {
		expr := s.ErrorRatio(c, w)
		if expr == "" {
			return g, false
		}
		g.Rules = append(g.Rules, sloRecord(s, catalogue.SLIErrorRecord(w), expr, withWindow(id, w)))
	}
	period := s.Period()
	short := catalogue.SLIErrorRecord(catalogue.SLIWindows()[0])
	g.Rules = append(g.Rules,
		sloRecord(s, catalogue.SLIErrorRecord(period), fmt.Sprintf(
			"sum_over_time(%s%s[%s])\n/ ignoring (%s)\ncount_over_time(%s%s[%s])",
			short, filter, period, catalogue.SLOWindowLabel, short, filter, period), withWindow(id, period)),
		sloRecord(s, catalogue.SLOObjectiveRecord, "vector("+s.ObjectiveRatio()+")", id),
		sloRecord(s, catalogue.SLOErrorBudgetRecord, "vector("+s.BudgetRatio()+")", id),
		sloRecord(s, catalogue.SLOPeriodDaysRecord, "vector("+formatFloat(period.Std().Hours()/24)+")", id),
		sloRecord(s, catalogue.SLOCurrentBurnRateRecord, burnRate(short, filter), id),
		sloRecord(s, catalogue.SLOPeriodBurnRateRecord, burnRate(catalogue.SLIErrorRecord(period), filter), id),
		sloRecord(s, catalogue.SLOBudgetRemainingRecord, "1 - "+catalogue.SLOPeriodBurnRateRecord+filter, id),
	)
	for _, pol := range catalogue.SLOPolicies {
		if a := alertSettings(s, pol.Severity); a != nil && a.Disable {
			continue
		}
		g.Rules = append(g.Rules, sloAlert(c, s, pol))
	}
	addSLOTests(c, s, &g, plans)
	return g, true
}

// sloRecord is one derived recording rule.
func sloRecord(s *catalogue.SLO, record, expr string, ls map[string]string) catalogue.Rule {
	return catalogue.Rule{Pos: s.Pos, Record: record, Expr: catalogue.NewExpr(expr, s.Pos), Labels: ls, Unit: "ratio", SLO: s}
}

// withWindow adds the slo_window label to the SLO's labels.
func withWindow(id map[string]string, w catalogue.Duration) map[string]string {
	out := make(map[string]string, len(id)+1)
	for k, v := range id {
		out[k] = v
	}
	out[catalogue.SLOWindowLabel] = w.String()
	return out
}

// burnRate divides an error ratio by the error budget; the window label
// goes, every other label of the ratio stays.
func burnRate(ratio, filter string) string {
	return fmt.Sprintf("sum without (%s) (%s%s)\n/ on (%s, %s) group_left ()\n%s%s",
		catalogue.SLOWindowLabel, ratio, filter, catalogue.SLOServiceLabel, catalogue.SLONameLabel, catalogue.SLOErrorBudgetRecord, filter)
}

// alertSettings returns the page or ticket settings, or nil.
func alertSettings(s *catalogue.SLO, severity string) *catalogue.SLOAlert {
	if s.Alerting == nil {
		return nil
	}
	if severity == "page" {
		return s.Alerting.Page
	}
	return s.Alerting.Ticket
}

// AlertCondition is the expression of one of an SLO's alerts: either
// window pair above its burn rate.
func AlertCondition(c *catalogue.Catalogue, s *catalogue.SLO, pol catalogue.SLOAlertPolicy) string {
	filter := s.Filter(c)
	budget := s.BudgetRatio()
	var pairs []string
	for _, bw := range pol.Windows {
		f := formatFloat(bw.Factor(s.Period()))
		cond := func(w catalogue.Duration) string {
			return fmt.Sprintf("  max(%s%s > (%s * %s)) without (%s)", catalogue.SLIErrorRecord(w), filter, f, budget, catalogue.SLOWindowLabel)
		}
		pairs = append(pairs, "(\n"+cond(bw.Short)+"\n  and\n"+cond(bw.Long)+"\n)")
	}
	return strings.Join(pairs, "\nor\n")
}

// sloAlert is the page or ticket alert of an SLO.
func sloAlert(c *catalogue.Catalogue, s *catalogue.SLO, pol catalogue.SLOAlertPolicy) catalogue.Rule {
	r := catalogue.Rule{
		Pos:    s.Pos,
		Alert:  s.AlertName(c),
		Expr:   catalogue.NewExpr(AlertCondition(c, s, pol), s.Pos),
		Labels: map[string]string{"severity": pol.Label, catalogue.SLOSeverityLabel: pol.Severity},
		SLO:    s,
	}
	period := s.Period()
	fast, slow := pol.Windows[0], pol.Windows[1]
	r.Annotations = map[string]string{
		"summary": fmt.Sprintf("%s of %s: the error budget burns too fast (%s)", s.DisplayTitle(), c.Service.Name, pol.Severity),
		"description": fmt.Sprintf("The %s SLO (%s %% over %s) is spending its error budget at more than %s× the sustainable rate over %s and %s, "+
			"or %s× over %s and %s: %s %% of the budget in %s, or %s %% in %s.",
			s.Name, formatFloat(s.Objective), period, factorText(fast.Factor(period)), fast.Long, fast.Short,
			factorText(slow.Factor(period)), slow.Long, slow.Short,
			formatFloat(fast.BudgetPercent), fast.Long, formatFloat(slow.BudgetPercent), slow.Long),
	}
	meaning := fmt.Sprintf("The %s SLO of %s promises %s %% over %s. At the current error ratio its error budget "+
		"(%s of the events, %s minutes of full outage over %s) would be gone early.",
		s.Name, c.Service.Name, formatFloat(s.Objective), period, s.BudgetRatio(), formatFloat(s.BudgetMinutes()), period)
	impact := "Users see errors or slow answers beyond what the objective allows."
	if pol.Severity == "ticket" {
		impact += " The burn is slow: handle it in working hours."
	} else {
		impact += " At this rate the budget lasts days: act now."
	}
	r.Runbook = &catalogue.Runbook{Pos: s.Pos, Meaning: meaning, Impact: impact}
	if a := s.Alerting; a != nil {
		merge := func(dst map[string]string, src map[string]string) {
			for k, v := range src {
				dst[k] = v
			}
		}
		merge(r.Labels, a.Labels)
		merge(r.Annotations, a.Annotations)
		if settings := alertSettings(s, pol.Severity); settings != nil {
			merge(r.Labels, settings.Labels)
			merge(r.Annotations, settings.Annotations)
		}
		if rb := a.Runbook; rb != nil {
			merged := *r.Runbook
			if rb.Meaning != "" {
				merged.Meaning = rb.Meaning
			}
			if rb.Impact != "" {
				merged.Impact = rb.Impact
			}
			merged.Checks, merged.Journey, merged.URL = rb.Checks, rb.Journey, rb.URL
			r.Runbook = &merged
		}
	}
	r.Labels[catalogue.SLOSeverityLabel] = pol.Severity
	return r
}

// formatFloat prints a number as Prometheus and the catalogue's docs do.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// factorText writes a burn-rate factor for people, to a thousandth: a 28d
// SLO's slow ticket burns at 0.1 × 28d / 3d, which the expression keeps
// exact and a description reads as 0.933×, not 0.9333333333333335×.
func factorText(f float64) string { return formatFloat(math.Round(f*1000) / 1000) }
