package lint

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/promql/parser"
)

// sloRatioInput finds ratio SLIs that do not divide events by events.
var sloRatioInput = &Check{
	Code:     "slo-ratio-input",
	Severity: diag.Error,
	Docs: "A ratio SLI does not count events: a part reads a gauge (a level is not a count of events; use an availability SLI with at_most), " +
		"or its bad (or good) and total events keep different labels, so their division matches no series (error); " +
		"or the total is restricted by a label value the bad events are not, so bad events are not a subset of the total (warning).",
	run: func(x *Context, r *reporter) {
		parts := map[*catalogue.SLO]map[string]*Expression{}
		for _, e := range x.Exprs {
			if e.Kind != KindSLI || e.SLO.SLI.Ratio == nil {
				continue
			}
			if parts[e.SLO] == nil {
				parts[e.SLO] = map[string]*Expression{}
			}
			parts[e.SLO][e.Part] = e
		}
		for i := range x.C.SLOs {
			s := &x.C.SLOs[i]
			ps := parts[s]
			if ps == nil {
				continue
			}
			for _, name := range []string{"bad", "good", "total"} {
				if e := ps[name]; e != nil {
					sloGauges(x, r, e)
				}
			}
			events := ps["bad"]
			if events == nil {
				events = ps["good"]
			}
			total := ps["total"]
			if events == nil || total == nil {
				continue
			}
			sloLabelSets(x, r, events, total)
			sloSubset(x, r, events, total)
		}
	},
}

// sloGauges reports the gauges a ratio part reads outside a rate() the
// spec wrote (rate-on-gauge reports those).
func sloGauges(x *Context, r *reporter, e *Expression) {
	selector := catalogue.IsSelector(e.Src.Text)
	parser.Inspect(e.Root(), func(n parser.Node, path []parser.Node) error {
		vs, ok := n.(*parser.VectorSelector)
		if !ok {
			return nil
		}
		s := x.resolve(promql.SelectorName(vs))
		if !s.gauge() || (!selector && underRate(path)) {
			return nil
		}
		r.at(e.Pos(vs), e.Len(vs), "the %s events of SLO %s read %s, but a ratio SLI counts events and a gauge's level is not a count: "+
			"use counters, or an availability SLI with at_most for the share of time a level is acceptable", e.Part, e.SLO.Name, s.describe())
		return nil
	})
}

// underRate reports whether a node is inside rate(), irate() or increase().
func underRate(path []parser.Node) bool {
	for _, anc := range path {
		if c, ok := anc.(*parser.Call); ok && c.Func != nil {
			switch c.Func.Name {
			case "rate", "irate", "increase":
				return true
			}
		}
	}
	return false
}

// sloLabelSets reports a division of events by total that matches nothing.
func sloLabelSets(x *Context, r *reporter, events, total *Expression) {
	a, b := x.labelsOf(events.Root()), x.labelsOf(total.Root())
	if a.Any || b.Any {
		return
	}
	a, b = a.Without(model.MetricNameLabel), b.Without(model.MetricNameLabel)
	if a.String() == b.String() {
		return
	}
	r.at(events.Pos(events.Root()), events.Len(events.Root()), "the %s events of SLO %s keep %s but the total keeps %s: "+
		"%s / total matches no pair of series, so the SLI is always empty; aggregate both sides by the same labels",
		events.Part, events.SLO.Name, a, b, events.Part)
}

// sloSubset warns when the total is restricted by a label value (op="get")
// the bad or good events, which carry the label, are not: they then count
// events outside the total. Only plain selectors are compared.
func sloSubset(x *Context, r *reporter, events, total *Expression) {
	ev, ok1 := events.Parsed.Expr, catalogue.IsSelector(events.Src.Text)
	tv, ok2 := total.Parsed.Expr, catalogue.IsSelector(total.Src.Text)
	if !ok1 || !ok2 {
		return
	}
	evs, ok1 := promql.SummedRate(ev)
	tvs, ok2 := promql.SummedRate(tv)
	if !ok1 || !ok2 {
		return
	}
	carried := x.selectorLabels(evs)
	have := map[string]bool{}
	for _, m := range evs.LabelMatchers {
		have[m.String()] = true
	}
	for _, m := range tvs.LabelMatchers {
		if m.Name == model.MetricNameLabel || have[m.String()] || !carried.Has(m.Name) {
			continue
		}
		r.sev(diag.Warning, total.PosAt(total.matcherOffset(tvs, m.Name)), len(m.String()),
			"the total of SLO %s counts only %s but its %s events do not: they count events outside the total; add %s to %s too",
			total.SLO.Name, m, events.Part, m, events.Part)
	}
}
