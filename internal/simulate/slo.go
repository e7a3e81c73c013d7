package simulate

import (
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
)

// sloSignals adjusts the signals SLOs read, once every alert's signal is
// chosen: an SLO whose alert the scenario drives burns its budget fast
// (half its events bad, its histogram's observations past the threshold,
// its gauge past at_most, its target down); every other SLO is kept well
// inside its budget where the scenario allows (a scenario that drives
// latency up burns a latency SLO's budget too, and says so).
func (p *plan) sloSignals(burning map[*catalogue.SLO]bool, bySignal map[signal][]condition) {
	for i := range p.c.SLOs {
		s := &p.c.SLOs[i]
		burn := burning[s]
		switch sli := s.SLI; {
		case sli.Ratio != nil:
			p.sloRatio(s, burn, bySignal)
		case sli.Latency != nil:
			m := p.c.Metric(sli.Latency.Histogram)
			if m == nil {
				continue
			}
			sig := signal{m.Name, observeKind, normalPart}
			t := sli.Latency.Threshold
			switch {
			case burn:
				// Half the observations at v/2, the rest at v and 2v:
				// with v past the threshold, half of them are slow.
				p.setParts(sig, 1.2*t)
			case !drives(bySignal[sig]) && p.sig[sig] > t/2:
				p.setParts(sig, t/2)
			}
		case sli.Availability != nil:
			a := sli.Availability
			if a.AtMost == nil {
				p.down = p.down || burn
				continue
			}
			sig := signal{a.Metric, levelKind, normalPart}
			x := *a.AtMost
			switch {
			case burn:
				p.setParts(sig, p.past(x, bySignal[sig]))
			case !drives(bySignal[sig]) && p.sig[sig] > x:
				p.setParts(sig, x/2)
			}
		}
	}
}

// drives reports whether the scenario drives one of the conditions.
func drives(conds []condition) bool {
	for _, cd := range conds {
		if cd.mine {
			return true
		}
	}
	return false
}

// past returns a level above x that no other alert's condition fires on.
func (p *plan) past(x float64, conds []condition) float64 {
	for _, f := range []float64{2, 1.5, 1.2, 1.05} {
		v := x*f + f - 1
		ok := true
		for _, cd := range conds {
			ok = ok && (cd.mine || !cd.holds(p, v))
		}
		if ok {
			return v
		}
	}
	return x + 1
}

// sloRatio sets the rates of a ratio SLI written as two counter selectors:
// burning, the total's rate follows the bad events' so that half the
// events are bad; healthy, there are no bad events. A ratio of one
// metric's series (bad a subset of the total) is fixed by the label values
// and left alone.
func (p *plan) sloRatio(s *catalogue.SLO, burn bool, bySignal map[signal][]condition) {
	r := s.SLI.Ratio
	if strings.TrimSpace(r.Bad.Text) == "" {
		return
	}
	bad, badMs := p.counter(r.Bad.Text)
	total, totalMs := p.counter(r.Total.Text)
	if bad == nil || total == nil || bad == total {
		return
	}
	nb, nt := float64(len(p.selected(bad, badMs))), float64(len(p.selected(total, totalMs)))
	if nb == 0 || nt == 0 {
		return
	}
	bs, ts := signal{bad.Name, rateKind, normalPart}, signal{total.Name, rateKind, normalPart}
	if !burn {
		// Healthy, no bad events: with windows of a few scrapes (the
		// end-to-end test's), one bad event between two samples would
		// look like a burn. A scenario that drives them keeps its own.
		if !drives(bySignal[bs]) {
			p.setParts(bs, 0)
		}
		return
	}
	rb := p.sig[bs]
	if rb == 0 {
		rb = 1
		for _, cd := range bySignal[bs] {
			if !cd.mine && cd.holds(p, rb) {
				rb = 0.1
			}
		}
		p.setParts(bs, rb)
	}
	p.setParts(ts, rb*nb/(0.5*nt)) // half the events bad
}

// counter returns the counter a selector names, and its matchers.
func (p *plan) counter(text string) (*catalogue.Metric, []*labels.Matcher) {
	if !catalogue.IsSelector(text) {
		return nil, nil
	}
	ms, err := promql.Parser.ParseMetricSelector(strings.TrimSpace(text))
	if err != nil {
		return nil, nil
	}
	var name string
	var rest []*labels.Matcher
	for _, m := range ms {
		if m.Name == model.MetricNameLabel {
			name = m.Value
			continue
		}
		rest = append(rest, m)
	}
	m := p.c.Metric(name)
	if m == nil || m.Type != catalogue.Counter {
		return nil, nil
	}
	return m, rest
}

// setParts sets a signal of the SLO's metric for its normal and its
// troubled series alike: an SLO reads every series of the metric.
func (p *plan) setParts(s signal, v float64) {
	for _, pt := range parts {
		s.part = pt
		p.sig[s] = v
	}
}
