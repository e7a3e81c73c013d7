package catalogue

import (
	"slices"
	"strings"
	"time"

	"github.com/prometheus/alertmanager/timeinterval"
	yamlv2 "go.yaml.in/yaml/v2"
)

// Alertmanager's own defaults for what no routing level sets.
const (
	DefaultGroupWait      = Duration(30 * time.Second)
	DefaultGroupInterval  = Duration(5 * time.Minute)
	DefaultRepeatInterval = Duration(4 * time.Hour)
)

// Policy is where the notifications of one alerting rule go and how fast:
// the organisation's defaults, the service's routing and the alert's own,
// resolved as PolicyOf says.
type Policy struct {
	// Team owns the alert: the alert's team, else the service's.
	Team string
	// Receiver is the receiver's name; "" when the organisation declares
	// no routing.
	Receiver string
	// GroupBy, the timings and the time intervals are those of the route
	// the alert lands on.
	GroupBy                                  []string
	GroupWait, GroupInterval, RepeatInterval Duration
	MuteTimeIntervals, ActiveTimeIntervals   []string
	// Route is the declared route that took the alert, nil when a level's
	// own receiver did; Level says where it was declared: "alert",
	// "service" or "organisation".
	Route *Route
	Level string
}

// Routed reports whether the organisation routes alerts at all: it
// declares receivers and a routing section with a default receiver.
func (c *Catalogue) Routed() bool {
	o := c.Organisation
	return o != nil && len(o.Receivers) > 0 && o.Routing != nil && o.Routing.Receiver != ""
}

// Receiver returns the organisation's receiver called name, or nil.
func (c *Catalogue) Receiver(name string) *Receiver {
	if c.Organisation == nil {
		return nil
	}
	for i := range c.Organisation.Receivers {
		if c.Organisation.Receivers[i].Name == name {
			return &c.Organisation.Receivers[i]
		}
	}
	return nil
}

// SetLabels returns the labels a rule sets itself with a constant value
// (no template), with alertname: what routes and inhibitions can be
// checked against before any series exists.
func (r *Rule) SetLabels() map[string]string {
	out := map[string]string{"alertname": r.Alert}
	for k, v := range r.Labels {
		if !strings.Contains(v, "{{") {
			out[k] = v
		}
	}
	return out
}

// matches reports whether labels hold every label: value of want.
func matches(want, labels map[string]string) bool {
	for k, v := range want {
		if got, ok := labels[k]; !ok || got != v {
			return false
		}
	}
	return true
}

// firstRoute returns the first route whose match holds for labels.
func firstRoute(routes []Route, labels map[string]string) *Route {
	for i := range routes {
		if matches(routes[i].Match, labels) {
			return &routes[i]
		}
	}
	return nil
}

// PolicyOf resolves where alert r goes, from the labels its rule sets
// (alertname and constant labels; a route on a label whose value comes
// from the series is not resolved here). Each level overrides the one
// above it, field by field: the organisation's routing gives the default
// receiver, grouping and timings; the service's routing, then the alert's,
// override what they set. The receiver is then chosen by the deepest
// level that decides: the first of the alert's routes that matches; else
// the alert's own receiver, when it sets one; else the first of the
// service's routes that matches (its settings give way to what the alert
// sets itself); else the receiver inherited so far. Timings and time
// intervals follow the same order: a route's own over its level's.
func (c *Catalogue) PolicyOf(r *Rule) Policy {
	p := Policy{GroupWait: DefaultGroupWait, GroupInterval: DefaultGroupInterval, RepeatInterval: DefaultRepeatInterval, Level: "organisation"}
	if o := c.Organisation; o != nil && o.Routing != nil {
		p.apply(o.Routing)
	}
	svc, own := c.Routing, r.Routing
	if svc != nil {
		p.apply(svc)
		p.Team = svc.Team
		if svc.Receiver != "" {
			p.Level = "service"
		}
	}
	labels := r.SetLabels()
	if own != nil {
		p.apply(own)
		if own.Team != "" {
			p.Team = own.Team
		}
		if rt := firstRoute(own.Routes, labels); rt != nil {
			p.applyRoute(rt, nil)
			p.Route, p.Level = rt, "alert"
			return p
		}
		if own.Receiver != "" {
			p.Level = "alert"
			return p
		}
	}
	if svc != nil {
		if rt := firstRoute(svc.Routes, labels); rt != nil {
			p.applyRoute(rt, own)
			p.Route, p.Level = rt, "service"
		}
	}
	return p
}

// apply overrides p with what a level sets.
func (p *Policy) apply(l *Routing) {
	if l.Receiver != "" {
		p.Receiver = l.Receiver
	}
	if len(l.GroupBy) > 0 {
		p.GroupBy = l.GroupBy
	}
	setDuration(&p.GroupWait, l.GroupWait)
	setDuration(&p.GroupInterval, l.GroupInterval)
	setDuration(&p.RepeatInterval, l.RepeatInterval)
	if l.MuteTimeIntervals != nil {
		p.MuteTimeIntervals = l.MuteTimeIntervals
	}
	if l.ActiveTimeIntervals != nil {
		p.ActiveTimeIntervals = l.ActiveTimeIntervals
	}
}

// applyRoute overrides p with what a route sets, except what over (the
// alert's own routing, for a route of its service) sets itself.
func (p *Policy) applyRoute(rt *Route, over *Routing) {
	eff := RouteOver(rt, over)
	if eff.Receiver != "" {
		p.Receiver = eff.Receiver
	}
	setDuration(&p.GroupWait, eff.GroupWait)
	setDuration(&p.GroupInterval, eff.GroupInterval)
	setDuration(&p.RepeatInterval, eff.RepeatInterval)
	if eff.MuteTimeIntervals != nil {
		p.MuteTimeIntervals = eff.MuteTimeIntervals
	}
	if eff.ActiveTimeIntervals != nil {
		p.ActiveTimeIntervals = eff.ActiveTimeIntervals
	}
}

// RouteOver returns a service's route as it applies under an alert's own
// routing: without the receiver, timings and time intervals the alert
// sets itself (nil over leaves the route as it is).
func RouteOver(rt *Route, over *Routing) Route {
	out := *rt
	if over == nil {
		return out
	}
	if over.Receiver != "" {
		out.Receiver = ""
	}
	if over.GroupWait > 0 {
		out.GroupWait = 0
	}
	if over.GroupInterval > 0 {
		out.GroupInterval = 0
	}
	if over.RepeatInterval > 0 {
		out.RepeatInterval = 0
	}
	if over.MuteTimeIntervals != nil {
		out.MuteTimeIntervals = nil
	}
	if over.ActiveTimeIntervals != nil {
		out.ActiveTimeIntervals = nil
	}
	return out
}

func setDuration(dst *Duration, v Duration) {
	if v > 0 {
		*dst = v
	}
}

// ResolvedInhibition is an inhibition with the alerts of this catalogue it
// selects on each side.
type ResolvedInhibition struct {
	*Inhibition
	// Organisation is set for an inhibition of organisation.yaml, which
	// matches by labels across every service.
	Organisation bool
	// Sources and Targets are the alerting rules each side selects.
	Sources, Targets []*Rule
}

// Inhibitions returns the service's inhibitions and the organisation's,
// each with the rules it selects here. In a service an inhibition selects
// by alert name (every variant) and by the labels rules set; a target
// without names or labels is every alert of the service that is not a
// source. The organisation's select by labels only.
func (c *Catalogue) Inhibitions() []ResolvedInhibition {
	var out []ResolvedInhibition
	if c.Routing != nil {
		for i := range c.Routing.Inhibitions {
			in := &c.Routing.Inhibitions[i]
			ri := ResolvedInhibition{Inhibition: in, Sources: c.selectAlerts(in.Source, nil)}
			ri.Targets = c.selectAlerts(in.Target, ri.Sources)
			out = append(out, ri)
		}
	}
	if o := c.Organisation; o != nil && o.Routing != nil {
		for i := range o.Routing.Inhibitions {
			in := &o.Routing.Inhibitions[i]
			ri := ResolvedInhibition{Inhibition: in, Organisation: true, Sources: c.selectAlerts(in.Source, nil)}
			ri.Targets = c.selectAlerts(in.Target, nil)
			out = append(out, ri)
		}
	}
	return out
}

// selectAlerts returns the rules m selects; an empty m selects every rule
// but those in except and, as a default target, the burn-rate alerts of the
// service's SLOs: they speak of the whole service over days, never of one
// target's symptom.
func (c *Catalogue) selectAlerts(m AlertMatch, except []*Rule) []*Rule {
	var out []*Rule
	for _, r := range c.Alerts() {
		switch {
		case len(m.Alerts) > 0 && !slices.Contains(m.Alerts, r.Alert):
		case !matches(m.Labels, r.SetLabels()):
		case len(m.Alerts) == 0 && len(m.Labels) == 0 && (slices.Contains(except, r) || except != nil && r.SLO != nil):
		default:
			out = append(out, r)
		}
	}
	return out
}

// Pairs returns every source and target rule the inhibition may pair: a
// rule does not inhibit itself, equal alertname pairs variants of one
// alert, and an equal label both rules set to different values never
// pairs them.
func (ri ResolvedInhibition) Pairs() [][2]*Rule {
	var out [][2]*Rule
	for _, s := range ri.Sources {
		sl := s.SetLabels()
		for _, t := range ri.Targets {
			if s == t {
				continue
			}
			tl := t.SetLabels()
			ok := true
			for _, l := range ri.Equal {
				a, aok := sl[l]
				b, bok := tl[l]
				ok = ok && (!aok || !bok || a == b)
			}
			if ok {
				out = append(out, [2]*Rule{s, t})
			}
		}
	}
	return out
}

// Alertmanager returns the interval in Alertmanager's own model, parsed
// by Alertmanager's own code: the error is what Alertmanager would say.
func (ti *TimeInterval) Alertmanager() (timeinterval.TimeInterval, error) {
	type times struct {
		Start string `yaml:"start_time"`
		End   string `yaml:"end_time"`
	}
	doc := struct {
		Times       []times  `yaml:"times,omitempty"`
		Weekdays    []string `yaml:"weekdays,omitempty"`
		DaysOfMonth []string `yaml:"days_of_month,omitempty"`
		Months      []string `yaml:"months,omitempty"`
		Years       []string `yaml:"years,omitempty"`
		Location    string   `yaml:"location,omitempty"`
	}{Weekdays: ti.Weekdays, DaysOfMonth: ti.DaysOfMonth, Months: ti.Months, Years: ti.Years, Location: ti.Location}
	for _, t := range ti.Times {
		doc.Times = append(doc.Times, times{t.Start, t.End})
	}
	var out timeinterval.TimeInterval
	data, err := yamlv2.Marshal(doc)
	if err != nil {
		return out, err
	}
	err = yamlv2.UnmarshalStrict(data, &out)
	return out, err
}
