package simulate

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
)

// flatValues works out, without building an exposition, the values of
// the series a scrape stores of one series of metric m in part pt, up
// seconds after Start and moved after the scenario began: what
// flatten(p.unlabelled(m, pt, up, moved)) holds, in its order (a test
// holds them equal). A history samples every family at every time, and
// building each exposition was most of its cost.
type flatValues struct {
	p   *plan
	m   *catalogue.Metric
	pt  part
	les []float64 // the classic buckets' upper bounds, for a histogram
}

func newFlatValues(p *plan, m *catalogue.Metric, pt part) flatValues {
	f := flatValues{p: p, m: m, pt: pt}
	if m.Type == catalogue.Histogram && !nativeOnly(m) {
		f.les = buckets(m)
	}
	return f
}

// at appends the values at up and moved to dst.
func (f flatValues) at(dst []float64, up, moved float64) []float64 {
	p, m, pt := f.p, f.m, f.pt
	switch m.Type {
	case catalogue.Counter:
		if c, ok := p.clockValue(m, pt, up); ok {
			return append(dst, tidy(c)) // an uptime counts seconds
		}
		return append(dst, tidy(p.grown(signal{m.Name, rateKind, pt}, up, moved)))
	case catalogue.Untyped:
		v := p.sig[signal{m.Name, levelKind, pt}] + p.grown(signal{m.Name, rateKind, pt}, up, moved) + p.sig[signal{m.Name, slopeKind, pt}]*moved
		if c, ok := p.clockValue(m, pt, up); ok {
			v = c
		}
		return append(dst, tidy(v))
	case catalogue.Histogram:
		o := p.observations(m, pt, up, moved)
		n := float64(uint64(o.count()))
		if nativeOnly(m) {
			return append(dst, n, tidy(o.sum()), n)
		}
		for _, le := range f.les {
			dst = append(dst, float64(uint64(o.below(le))))
		}
		return append(dst, n, tidy(o.sum()), n)
	case catalogue.Summary:
		obs := p.sig[signal{m.Name, observeKind, normalPart}]
		o := p.observations(m, pt, up, moved)
		for _, q := range quantiles(m) {
			dst = append(dst, tidy(exactQuantile(obs, promql.Phi(q))))
		}
		return append(dst, tidy(o.sum()), float64(uint64(o.count())))
	}
	v := p.sig[signal{m.Name, levelKind, pt}] + p.sig[signal{m.Name, slopeKind, pt}]*moved
	if c, ok := p.clockValue(m, pt, up); ok {
		v = c
	}
	return append(dst, tidy(v))
}
