package pipeline

import (
	"github.com/obsgen/obsgen/internal/catalogue"
)

// checkRouting reports what only the whole run can see about alert
// routing: a service whose routing names receivers while no
// organisation.yaml beside it declares any, and two services of one
// organisation with an alert of the same name, which Alertmanager (routing
// each service's alerts by name) cannot tell apart.
func checkRouting(res *Result) {
	owner := map[*catalogue.Organisation]map[string]*catalogue.Catalogue{}
	for _, c := range res.Catalogues {
		if !c.Routed() {
			if p, ok := routingWithoutReceivers(c); ok {
				res.Diags.Errorf(p, "unknown-ref", "routing needs the receivers of %s beside the service folders, with organisation.routing.receiver; none declares them",
					catalogue.OrganisationFile)
			}
			continue
		}
		names := owner[c.Organisation]
		if names == nil {
			names = map[string]*catalogue.Catalogue{}
			owner[c.Organisation] = names
		}
		for _, name := range c.AlertNames() {
			prev, dup := names[name]
			if dup && prev != c {
				r := c.Alert(name)
				res.Diags.Errorf(c.At(r.Pos, "alert"), "duplicate-name",
					"alert %s is also an alert of %s: Alertmanager routes each service's alerts by name, so one of them would get the other's route; rename one",
					name, prev.Service.Name)
				continue
			}
			names[name] = c
		}
	}
}

// routingWithoutReceivers returns where a catalogue routes to receivers,
// if it does.
func routingWithoutReceivers(c *catalogue.Catalogue) (catalogue.Pos, bool) {
	if c.Routing != nil {
		return c.Routing.Pos, true
	}
	for _, r := range c.Alerts() {
		if r.Routing != nil {
			return r.Routing.Pos, true
		}
	}
	return catalogue.Pos{}, false
}
