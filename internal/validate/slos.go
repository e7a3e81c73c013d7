package validate

import (
	"math"
	"strings"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/naming"
	"github.com/obsgen/obsgen/internal/suggest"
	"github.com/prometheus/common/model"
)

// sloReserved are labels obsgen sets on SLO rules and alerts, which an
// SLO's own labels may not set: the rule label would silently replace the
// series label, or the series label the alert's.
var sloReserved = []string{catalogue.SLOServiceLabel, catalogue.SLONameLabel, catalogue.SLOWindowLabel, catalogue.SLOSeverityLabel, "severity", "alertname"}

// slos checks every SLO and returns which are sound enough to derive rules
// from. Whether a latency threshold is a bucket boundary, and whether a
// ratio counts events, lint decides: it sees every catalogue a service uses.
func (v *validator) slos() []bool {
	ok := make([]bool, len(v.c.SLOs))
	names := v.unique("SLO")
	alertNames := map[string]catalogue.Pos{}
	groups := map[string]bool{}
	for _, g := range v.c.AlertGroups {
		groups[g.Name] = true
	}
	for _, g := range v.c.RecordGroups {
		groups[g.Name] = true
	}
	for i := range v.c.SLOs {
		s := &v.c.SLOs[i]
		before := v.diags.Count(diag.Error)
		np := v.c.At(s.Pos, "name")
		if v.required(s.Pos, s.Name, "a name", "SLO") && !naming.Service.MatchString(s.Name) {
			v.errorf(np, "bad-name", "SLO name %q must be lower-case letters, digits, - and _", s.Name)
		}
		names.add(s.Name, np)
		v.sloObjective(s)
		v.sloSLI(s)
		v.sloLabels(s)
		v.sloAlerting(s, alertNames)
		if s.Name != "" && groups[s.GroupName(v.c)] {
			v.errorf(np, "duplicate-name", "the rules of SLO %q form the group %q, which a rule group of the spec already uses", s.Name, s.GroupName(v.c))
		}
		ok[i] = v.diags.Count(diag.Error) == before
	}
	return ok
}

// sloObjective checks the objective and the compliance window.
func (v *validator) sloObjective(s *catalogue.SLO) {
	op := v.c.At(s.Pos, "objective")
	if !(s.Objective > 0 && s.Objective < 100) { // NaN too
		if !v.c.Positions().BadPos[op] {
			v.errorf(op, "slo-objective", "objective %s is not strictly between 0 and 100: it is a percentage of good events, e.g. 99.9", fmtFloat(s.Objective))
		}
		return
	}
	wp := v.c.At(s.Pos, "window")
	if s.Window < 0 || (s.Window > 0 && s.Window < catalogue.LongestAlertWindow) {
		v.errorf(wp, "slo-window", "window %s is shorter than %s, the longest window an SLO alert reads: use the compliance window, 28d or 30d", s.Window, catalogue.LongestAlertWindow)
		return
	}
	if s.Window%catalogue.Duration(5*time.Minute) != 0 {
		v.errorf(wp, "slo-window", "window %s is not a whole number of 5m steps (its ratio averages the 5m ratios): use 28d or 30d", s.Window)
		return
	}
	for _, pol := range catalogue.SLOPolicies {
		for _, bw := range pol.Windows {
			if f := bw.Factor(s.Period()) * s.Budget(); f >= 1 {
				v.warnf(op, "slo-objective", "with an objective of %s %% over %s the %s alert's %s condition needs an error ratio above %s, which cannot happen: it never fires",
					fmtFloat(s.Objective), s.Period(), pol.Severity, bw.Long, fmtFloat(f))
			}
		}
	}
}

// sloSLI checks that one SLI kind is set and complete.
func (v *validator) sloSLI(s *catalogue.SLO) {
	sli := s.SLI
	sp := v.c.At(s.Pos, "sli")
	set := 0
	for _, b := range []bool{sli.Ratio != nil, sli.Latency != nil, sli.Availability != nil} {
		if b {
			set++
		}
	}
	if set != 1 {
		if !v.c.Positions().BadPos[sp] && !v.c.HasBadField(sli.Pos) {
			v.errorf(sp, "slo-sli", "SLO %q needs exactly one SLI kind: ratio, latency or availability (it sets %d)", s.Name, set)
		}
		return
	}
	switch {
	case sli.Ratio != nil:
		r := sli.Ratio
		hasBad, hasGood := strings.TrimSpace(r.Bad.Text) != "", strings.TrimSpace(r.Good.Text) != ""
		if hasBad == hasGood {
			v.errorf(r.Pos, "slo-sli", "a ratio SLI counts bad events or good events over the total: set bad or good, not %s", map[bool]string{true: "both", false: "neither"}[hasBad])
		}
		for _, part := range []struct {
			e     catalogue.Expr
			field string
		}{{r.Bad, "bad"}, {r.Good, "good"}, {r.Total, "total"}} {
			if part.field == "total" || strings.TrimSpace(part.e.Text) != "" {
				v.sliPart(part.e, r.Pos, part.field)
			}
		}
	case sli.Latency != nil:
		l := sli.Latency
		hp := v.c.At(l.Pos, "histogram")
		if v.required(l.Pos, l.Histogram, "a histogram", "latency SLI") {
			if m := v.c.FindMetric(l.Histogram); m != nil && m.Type != catalogue.Histogram {
				v.errorf(hp, "slo-sli", "%s is a %s: a latency SLI counts the observations of a histogram above a bucket boundary", l.Histogram, m.Type)
			} else if m != nil && m.Snapshot {
				v.errorf(hp, "slo-sli", "%s is a snapshot, rebuilt at every scrape from what exists then: it counts no events, and a latency SLI rates its buckets", l.Histogram)
			}
		}
		if !(l.Threshold > 0) || math.IsInf(l.Threshold, 1) { // NaN too
			v.errorf(v.c.At(l.Pos, "threshold"), "slo-sli", "a latency SLI needs a threshold above 0, one of the histogram's bucket boundaries")
		}
		v.matchers(l.Matchers)
	case sli.Availability != nil:
		a := sli.Availability
		if v.required(a.Pos, a.Metric, "a metric", "availability SLI") && !metricNameRE.MatchString(a.Metric) {
			v.errorf(v.c.At(a.Pos, "metric"), "bad-name", "metric name %q is not a valid Prometheus metric name", a.Metric)
		}
		v.matchers(a.Matchers)
		if x := a.AtMost; x != nil && (math.IsNaN(*x) || math.IsInf(*x, 0)) {
			v.errorf(v.c.At(a.Pos, "at_most"), "slo-sli", "at_most must be a finite number")
		}
	}
}

// sliPart checks one side of a ratio SLI: a selector, or an expression
// whose range selectors read [$window].
func (v *validator) sliPart(e catalogue.Expr, owner catalogue.Pos, field string) {
	if strings.TrimSpace(e.Text) == "" {
		if p := v.c.At(owner, field); !v.c.Positions().BadPos[p] {
			v.errorf(p, "missing-field", "a ratio SLI needs %s: a counter selector or an expression with [$window] ranges", field)
		}
		return
	}
	if _, err := catalogue.ParseSLIPart(e.Text); err != nil {
		v.errorf(e.OffsetPos(err.Offset), "promql-syntax", "%s", err.Msg)
		return
	}
	if !catalogue.IsSelector(e.Text) && !strings.Contains(e.Text, catalogue.WindowVariable) {
		v.errorf(e.Pos, "slo-sli", "%s is an expression without a [%s] range: every window would read the same range; write rate(x[%s]), or a plain selector whose rate obsgen sums", field, catalogue.WindowVariable, catalogue.WindowVariable)
	}
}

// matchers checks an SLI's label matchers.
func (v *validator) matchers(e catalogue.Expr) {
	if strings.TrimSpace(e.Text) == "" {
		return
	}
	if catalogue.Matchers(e) == nil {
		v.errorf(e.Pos, "promql-syntax", "matchers %q do not parse: write them as in a selector, e.g. {op!=\"watch\"}", strings.TrimSpace(e.Text))
	}
}

// sloLabels checks the SLO's own labels: valid, and none obsgen sets.
func (v *validator) sloLabels(s *catalogue.SLO) {
	for _, k := range sortedKeys(s.Labels) {
		kp := v.c.At(s.Pos, "labels."+k+":key")
		if !v.labelName(k, kp, "SLO label") {
			continue
		}
		if !model.LabelValue(s.Labels[k]).IsValid() {
			v.errorf(v.c.At(s.Pos, "labels."+k), "bad-value", "SLO label %s has an invalid value", k)
		}
		for _, r := range sloReserved {
			if k == r {
				v.errorf(kp, "slo-label", "SLO label %s clashes with the label obsgen sets on the SLO's rules and alerts (%s)", k, strings.Join(sloReserved, ", "))
			}
		}
		if a := s.Alerting; a != nil {
			for _, ls := range []struct {
				m     map[string]string
				owner catalogue.Pos
				field string
			}{{a.Labels, a.Pos, "labels"}, {pageLabels(a.Page), posOf(a.Page), "labels"}, {pageLabels(a.Ticket), posOf(a.Ticket), "labels"}} {
				if val, set := ls.m[k]; set && val != s.Labels[k] {
					v.errorf(v.c.At(ls.owner, ls.field+"."+k+":key"), "slo-label", "alert label %s=%q clashes with the SLO's label %s=%q: the alert would replace the series' value", k, val, k, s.Labels[k])
				}
			}
		}
	}
}

func pageLabels(a *catalogue.SLOAlert) map[string]string {
	if a == nil {
		return nil
	}
	return a.Labels
}

func posOf(a *catalogue.SLOAlert) catalogue.Pos {
	if a == nil {
		return catalogue.Pos{}
	}
	return a.Pos
}

// sloAlerting checks the alerts' name, labels and annotations.
func (v *validator) sloAlerting(s *catalogue.SLO, names map[string]catalogue.Pos) {
	name := s.AlertName(v.c)
	a := s.Alerting
	np := s.Pos
	if a != nil && a.Name != "" {
		np = v.c.At(a.Pos, "name")
	}
	if !metricNameRE.MatchString(name) {
		v.errorf(np, "bad-name", "alert name %q must be a valid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)", name)
	}
	if r := v.c.Alert(name); r != nil {
		v.errorf(np, "duplicate-name", "the alerts of SLO %q are called %s, like the alert at %s: name them with alerting.name", s.Name, name, v.c.At(r.Pos, "alert"))
	} else if prev, dup := names[name]; dup {
		v.errorf(np, "duplicate-name", "the alerts of SLO %q are called %s, like those of the SLO at %s: name them with alerting.name", s.Name, name, prev)
	}
	names[name] = np
	if a == nil {
		return
	}
	check := func(owner catalogue.Pos, ls, ann map[string]string) {
		for _, k := range sortedKeys(ls) {
			kp := v.c.At(owner, "labels."+k+":key")
			if v.labelName(k, kp, "alert label") && (k == catalogue.SLOSeverityLabel || k == catalogue.SLOServiceLabel || k == catalogue.SLONameLabel || k == catalogue.SLOWindowLabel) {
				v.errorf(kp, "slo-label", "alert label %s is set by obsgen on SLO alerts", k)
			}
			if strings.Contains(ls[k], "{{") {
				v.errorf(v.c.At(owner, "labels."+k), "slo-alert", "SLO alert labels are constant: the generated tests check them; %s uses a template", k)
			}
		}
		for _, k := range sortedKeys(ann) {
			if !labelNameRE.MatchString(k) {
				v.errorf(v.c.At(owner, "annotations."+k+":key"), "bad-name", "annotation name %q is not a valid label name", k)
			}
			if strings.Contains(ann[k], "{{") {
				v.errorf(v.c.At(owner, "annotations."+k), "slo-alert", "SLO alert annotations are constant: the generated tests check them; %s uses a template (the alert's labels already name the service and the SLO)", k)
			}
		}
	}
	check(a.Pos, a.Labels, a.Annotations)
	for _, p := range []*catalogue.SLOAlert{a.Page, a.Ticket} {
		if p != nil {
			check(p.Pos, p.Labels, p.Annotations)
		}
	}
	if a.Page != nil && a.Ticket != nil && a.Page.Disable && a.Ticket.Disable {
		v.warnf(a.Pos, "slo-alert", "SLO %q disables both its alerts: nothing tells anyone the budget is burning", s.Name)
	}
	if rb := a.Runbook; rb != nil && rb.Journey != "" && v.c.Journey(rb.Journey) == nil {
		v.errorf(v.c.At(rb.Pos, "journey"), "unknown-ref", "runbook journey %q is not a declared journey%s", rb.Journey, suggest.Hint(rb.Journey, journeyNames(v.c)))
	}
}

func journeyNames(c *catalogue.Catalogue) []string {
	out := make([]string, 0, len(c.Journeys))
	for _, j := range c.Journeys {
		out = append(out, j.Name)
	}
	return out
}
