package lint

import (
	"maps"
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

// routeLabel finds routes that match on a label their alerts never carry.
var routeLabel = &Check{
	Code:     "route-label",
	Severity: diag.Error,
	Docs: "A route matches on a label no alert of its service (or of its alert) carries, so it takes no alert and they fall through to " +
		"the next route or the default receiver; a value no alert's rule sets is a warning.",
	run: func(x *Context, r *reporter) {
		if rt := x.C.Routing; rt != nil {
			checkRoutes(x, r, rt.Routes, x.C.Alerts(), "alert of "+x.C.Service.Name)
		}
		for _, rule := range x.C.Alerts() {
			if rule.Routing != nil {
				checkRoutes(x, r, rule.Routing.Routes, []*catalogue.Rule{rule}, "variant of "+x.C.VariantName(rule))
			}
		}
	},
}

// checkRoutes checks each route's matchers against the alerts it can
// take.
func checkRoutes(x *Context, r *reporter, routes []catalogue.Route, alerts []*catalogue.Rule, what string) {
	for _, rt := range routes {
		for _, k := range slices.Sorted(maps.Keys(rt.Match)) {
			v := rt.Match[k]
			carried, dynamic, valued := false, false, false
			var values []string
			for _, a := range alerts {
				if !x.alertLabels(a).Has(k) {
					continue
				}
				carried = true
				set, ok := a.Labels[k]
				switch {
				case !ok || strings.Contains(set, "{{"):
					dynamic = true // its value comes from the series or a template
				case set == v:
					valued = true
				default:
					values = append(values, set)
				}
			}
			switch {
			case !carried:
				r.at(x.C.At(rt.Pos, "match."+k+":key"), len(k), "route matches on %s, which no %s carries: it takes no alert%s", k, what, hint(k, knownAlertLabels(x, alerts)))
			case !dynamic && !valued:
				r.sev(diag.Warning, x.C.At(rt.Pos, "match."+k), len(v), "route matches %s=%q, which no %s sets (they set %s): it takes no alert", k, v, what, strings.Join(dedupe(values), ", "))
			}
		}
	}
}

// knownAlertLabels lists the labels the alerts carry, for hints.
func knownAlertLabels(x *Context, alerts []*catalogue.Rule) []string {
	var out []string
	for _, a := range alerts {
		out = append(out, x.alertLabels(a).List()...)
	}
	return dedupe(out)
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
