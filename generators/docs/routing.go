package docs

import (
	"github.com/obsgen/obsgen/internal/words"
	"strings"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/common/model"
)

// Paging says who an alert wakes and how fast, from the catalogue's
// routing (catalogue.PolicyOf), for the docs.
type Paging struct {
	Team string
	// Receiver is the receiver's name, Kind its kind and Description who
	// or what it reaches.
	Receiver, Kind, Description string
	// For is how long the condition holds before the alert fires;
	// GroupWait, GroupInterval and RepeatInterval are the route's timings.
	For, GroupWait, GroupInterval, RepeatInterval string
	GroupBy                                       string
	// When says in which time intervals notifications go out.
	When string
}

// InhibitLink is one alert variant an alert inhibits or is inhibited by,
// with the labels that must be equal and why.
type InhibitLink struct {
	Name, Page, Anchor string
	Equal              string
	Why                string
	Organisation       bool
}

// Inhibition is one inhibition as the service page lists it.
type Inhibition struct {
	Sources, Targets []string
	Equal, Why       string
	Organisation     bool
}

// duration prints a duration as Prometheus and Alertmanager write it (1m,
// not 1m0s).
func duration(d catalogue.Duration) string { return model.Duration(time.Duration(d)).String() }

// paging returns who alert r wakes, or nil when the organisation routes
// no alerts.
func paging(c *catalogue.Catalogue, r *catalogue.Rule) *Paging {
	if !c.Routed() {
		return nil
	}
	p := c.PolicyOf(r)
	out := &Paging{
		Team: p.Team, Receiver: p.Receiver,
		For: duration(r.For), GroupWait: duration(p.GroupWait), GroupInterval: duration(p.GroupInterval), RepeatInterval: duration(p.RepeatInterval),
		GroupBy: strings.Join(p.GroupBy, ", "),
	}
	if rc := c.Receiver(p.Receiver); rc != nil {
		out.Kind, out.Description = rc.Kind, rc.Description
	}
	var when []string
	if len(p.ActiveTimeIntervals) > 0 {
		when = append(when, "only in "+strings.Join(p.ActiveTimeIntervals, ", "))
	}
	if len(p.MuteTimeIntervals) > 0 {
		when = append(when, "muted in "+strings.Join(p.MuteTimeIntervals, ", "))
	}
	out.When = strings.Join(when, "; ")
	if out.When == "" {
		out.When = "at any time"
	}
	return out
}

// inhibitions fills in, for every alert of the page, the alerts it
// inhibits and those that inhibit it, and lists the inhibitions that pair
// alerts of the service.
func inhibitions(c *catalogue.Catalogue, p *Page, byRule map[*catalogue.Rule]*Alert) {
	if !c.Routed() {
		return
	}
	for _, ri := range c.Inhibitions() {
		pairs := ri.Pairs()
		if len(pairs) == 0 {
			continue
		}
		in := Inhibition{Equal: strings.Join(ri.Equal, ", "), Why: ri.Why, Organisation: ri.Organisation}
		seenS, seenT := map[string]bool{}, map[string]bool{}
		for _, pair := range pairs {
			s, t := byRule[pair[0]], byRule[pair[1]]
			if s == nil || t == nil {
				continue
			}
			if name := variantLabel(s); !seenS[name] {
				seenS[name] = true
				in.Sources = append(in.Sources, name)
			}
			if name := variantLabel(t); !seenT[name] {
				seenT[name] = true
				in.Targets = append(in.Targets, name)
			}
			t.InhibitedBy = append(t.InhibitedBy, link(s, in, ri.Equal))
			s.Inhibits = append(s.Inhibits, link(t, in, ri.Equal))
		}
		p.Inhibitions = append(p.Inhibitions, in)
	}
}

// variantLabel names an alert variant for a list: the name, and the
// variant's labels when several rules share it.
func variantLabel(a *Alert) string {
	if a.Variant == "" {
		return a.Name
	}
	return a.Name + " (" + a.Variant + ")"
}

func link(a *Alert, in Inhibition, equal []string) InhibitLink {
	return InhibitLink{Name: variantLabel(a), Page: a.Name + ".md", Anchor: a.Anchor, Equal: words.And(equal), Why: in.Why, Organisation: in.Organisation}
}
