package ruletest

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
)

// Coverage says how well one rule is tested. An alert's variants (rules
// that share its name) are covered one by one: every alert check of the
// name, in any variant's test, lists every firing instance of the name, so
// a check with an instance of the variant tests it firing and a check
// without one tests it not firing.
type Coverage struct {
	// Rule names the rule: an alert's variant with its labels when several
	// rules share the name (catalogue.VariantName).
	Service, Rule string
	// Alert is set for an alerting rule, unset for a recording rule.
	Alert bool
	// Pos is where the rule was written.
	Pos catalogue.Pos
	// Tests counts the tests that check the rule: its own and, for an
	// alert, its variants' tests with an alert check.
	Tests int
	// Firing and NotFiring say whether some check expects the alert to
	// fire, and some check expects it not to (an empty firing list).
	Firing, NotFiring bool
	// Values says whether some check expects a recording rule's values.
	Values bool
}

// Complete reports whether the rule is covered: an alert both firing and
// not firing, a recording rule by a value check.
func (c Coverage) Complete() bool {
	if c.Alert {
		return c.Firing && c.NotFiring
	}
	return c.Values
}

// Missing describes what the rule's tests lack, "" when complete.
func (c Coverage) Missing() string {
	switch {
	case c.Complete():
		return ""
	case c.Tests == 0:
		return "no test"
	case !c.Alert:
		return "no value check"
	case !c.Firing && !c.NotFiring:
		return "no alert check"
	case !c.Firing:
		return "never tested firing"
	}
	return "never tested not firing"
}

// Cover returns the coverage of every alerting rule, then every recording
// rule, in spec order.
func Cover(c *catalogue.Catalogue) []Coverage {
	var out []Coverage
	for _, r := range c.Alerts() {
		out = append(out, alertCoverage(c, r))
	}
	checked := valuesChecked(c)
	for _, r := range c.Records() {
		cv := Coverage{Service: c.Service.Name, Rule: r.Record, Pos: r.Pos, Tests: len(r.Tests)}
		for _, t := range r.Tests {
			if len(t.Values) > 0 {
				cv.Values = true
			}
		}
		// A rule derived from an SLO is checked by the SLO's alert tests,
		// which expect the values of the series it records.
		if r.SLO != nil && checked[r.SLO][r.Record] > 0 {
			cv.Tests, cv.Values = checked[r.SLO][r.Record], true
		}
		out = append(out, cv)
	}
	return out
}

// valuesChecked counts, per SLO, the tests of its alerts that expect the
// values of each series its rules record.
func valuesChecked(c *catalogue.Catalogue) map[*catalogue.SLO]map[string]int {
	out := map[*catalogue.SLO]map[string]int{}
	for _, r := range c.Alerts() {
		if r.SLO == nil {
			continue
		}
		if out[r.SLO] == nil {
			out[r.SLO] = map[string]int{}
		}
		for _, t := range r.Tests {
			seen := map[string]bool{}
			for _, v := range t.Values {
				p, err := promql.Parse(v.Expr.Text, false)
				if err != nil {
					continue
				}
				for _, vs := range promql.Selectors(p.Expr) {
					if name := promql.SelectorName(vs); !seen[name] {
						seen[name] = true
						out[r.SLO][name]++
					}
				}
			}
		}
	}
	return out
}

// alertCoverage is the coverage of one alerting rule by the tests of every
// rule of its name.
func alertCoverage(c *catalogue.Catalogue, r *catalogue.Rule) Coverage {
	cv := Coverage{Service: c.Service.Name, Rule: c.VariantName(r), Alert: true, Pos: r.Pos}
	variants := c.AlertVariants(r.Alert)
	if len(variants) == 0 {
		variants = []*catalogue.Rule{r}
	}
	var reads map[string]bool // what r reads, worked out for the first other variant's test
	for _, v := range variants {
		for _, t := range v.Tests {
			if v != r && len(t.Alerts) == 0 {
				continue
			}
			if v != r {
				if reads == nil {
					reads = namesRead(c, r)
				}
				if !feeds(t, reads) {
					// Another rule of the name, on other series (init's
					// ApacheDown on up beside the apache-http-mixin's on
					// apache_up): its test gives r nothing to read, so r
					// stays silent in it whatever r says.
					continue
				}
			}
			cv.Tests++
			for _, a := range t.Alerts {
				mine := false
				for _, e := range a.Firing {
					mine = mine || c.ExpectedVariant(v, e) == r
				}
				if mine {
					cv.Firing = true
				} else {
					cv.NotFiring = true
				}
			}
		}
	}
	return cv
}

// namesRead returns the series names rule r reads, and through the
// recording rules it reads, the names those read; nil when r reads a
// series of no name.
func namesRead(c *catalogue.Catalogue, r *catalogue.Rule) map[string]bool {
	names := map[string]bool{}
	todo := []string{r.Expr.Text}
	for len(todo) > 0 && len(names) < 10000 {
		text := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		p, err := promql.Parse(text, false)
		if err != nil {
			return nil
		}
		for _, vs := range promql.Selectors(p.Expr) {
			name := promql.SelectorName(vs)
			if name == "" {
				return nil
			}
			if names[name] {
				continue
			}
			names[name] = true
			for _, rec := range c.RecordsNamed(name) {
				todo = append(todo, rec.Expr.Text)
			}
		}
	}
	return names
}

// feeds reports whether test t has an input series of one of names (nil:
// of any); a series that does not parse counts, as validation reports it.
func feeds(t catalogue.RuleTest, names map[string]bool) bool {
	if names == nil {
		return true
	}
	for _, s := range t.Series {
		m, err := promql.Parser.ParseMetric(s.Series)
		if err != nil || names[m.Get("__name__")] {
			return true
		}
	}
	return false
}
