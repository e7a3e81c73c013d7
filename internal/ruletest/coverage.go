package ruletest

import (
	"github.com/obsgen/obsgen/internal/catalogue"
)

// Coverage says how well one rule is tested.
type Coverage struct {
	Service, Rule string
	// Alert is set for an alerting rule, unset for a recording rule.
	Alert bool
	// Pos is where the rule was written.
	Pos catalogue.Pos
	// Tests counts the rule's declared tests.
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
		cv := Coverage{Service: c.Service.Name, Rule: r.Alert, Alert: true, Pos: r.Pos, Tests: len(r.Tests)}
		for _, t := range r.Tests {
			for _, a := range t.Alerts {
				if len(a.Firing) > 0 {
					cv.Firing = true
				} else {
					cv.NotFiring = true
				}
			}
		}
		out = append(out, cv)
	}
	for _, r := range c.Records() {
		cv := Coverage{Service: c.Service.Name, Rule: r.Record, Pos: r.Pos, Tests: len(r.Tests)}
		for _, t := range r.Tests {
			if len(t.Values) > 0 {
				cv.Values = true
			}
		}
		out = append(out, cv)
	}
	return out
}
