package simulate

import (
	"fmt"
	"math"
	"sort"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// plan is what the simulator shows for one scenario: the label values and
// the value of every signal.
type plan struct {
	c      *catalogue.Catalogue
	values map[string][]string
	sig    map[signal]float64
	// down is set when the scenario's alert fires on a failed scrape.
	down bool
}

// newPlan derives every signal: defaults first, then, signal by signal,
// the first candidate value that makes the scenario's alerts true and every
// other alert reading that signal false. The scenario is an alert name (all
// its variants) or a selector of variants, NAME{severity="critical"}.
func newPlan(c *catalogue.Catalogue, scenario string) (*plan, error) {
	p := &plan{c: c, values: labelValues(c), sig: map[signal]float64{}}
	mine := map[*catalogue.Rule]bool{}
	if scenario != "" {
		rules, err := c.SelectAlerts(scenario)
		if err != nil {
			return nil, fmt.Errorf("scenario: %w", err)
		}
		for _, r := range rules {
			mine[r] = true
		}
	}
	for _, m := range c.Metrics() {
		switch m.Type {
		case catalogue.Counter:
			p.sig[signal{m.Name, rateKind}] = defaultRate(m)
		case catalogue.Gauge, catalogue.Untyped:
			// An untyped family is shown steady, like a gauge; rate() of it
			// drives its growth (its rate signal, zero by default).
			p.sig[signal{m.Name, levelKind}] = defaultLevel(m)
		case catalogue.Histogram, catalogue.Summary:
			p.sig[signal{m.Name, rateKind}] = defaultRate(m)
			p.sig[signal{m.Name, observeKind}] = defaultObservation(m)
		}
	}
	bySignal := map[signal][]condition{}
	burning := map[*catalogue.SLO]bool{}
	for _, r := range c.Alerts() {
		if r.SLO != nil {
			// A burn-rate alert reads the SLO's recorded ratios: the
			// SLO's own signals drive it (sloSignals).
			burning[r.SLO] = burning[r.SLO] || mine[r]
			continue
		}
		cd, err := p.analyse(r)
		if err != nil {
			if mine[r] {
				return nil, fmt.Errorf("scenario %s: %w", c.VariantName(r), err)
			}
			continue
		}
		cd.mine = mine[r]
		if cd.down {
			if cd.mine {
				p.down = true
			}
			continue
		}
		s := cd.signal()
		bySignal[s] = append(bySignal[s], cd)
	}
	signals := make([]signal, 0, len(bySignal))
	for s := range bySignal {
		signals = append(signals, s)
	}
	sort.Slice(signals, func(i, j int) bool {
		if signals[i].metric != signals[j].metric {
			return signals[i].metric < signals[j].metric
		}
		return signals[i].kind < signals[j].kind
	})
	for _, s := range signals {
		v, err := choose(p.sig[s], s.kind, whole(s, c), bySignal[s])
		if err != nil {
			return nil, err
		}
		p.sig[s] = v
	}
	p.sloSignals(burning, bySignal)
	return p, nil
}

// choose picks the signal's value: the first candidate under which exactly
// the scenario's conditions hold; failing that, one where the scenario's
// hold (others may too: a critical threshold past a warning one on the same
// signal fires both); failing that, an error for a scenario and the default
// for a healthy service.
func choose(def float64, k kind, integer bool, conds []condition) (float64, error) {
	candidates := []float64{def}
	var mine []condition
	for _, cd := range conds {
		if cd.mine {
			mine = append(mine, cd)
		}
	}
	if len(mine) > 0 {
		candidates = nil
		for _, cd := range mine {
			candidates = append(candidates, around(cd)...)
		}
	}
	for _, cd := range conds {
		candidates = append(candidates, around(cd)...)
	}
	candidates = append(candidates, def, 0)
	if integer {
		whole := make([]float64, 0, 3*len(candidates))
		for _, v := range candidates {
			whole = append(whole, math.Round(v), math.Floor(v), math.Ceil(v))
		}
		candidates = whole
	}
	ok := func(v float64, strict bool) bool {
		if v < 0 && (k == rateKind || k == observeKind) {
			return false
		}
		for _, cd := range conds {
			if cd.holds(v) != cd.mine && (strict || cd.mine) {
				return false
			}
		}
		return true
	}
	for _, strict := range []bool{true, false} {
		for _, v := range candidates {
			if ok(v, strict) {
				return v, nil
			}
		}
	}
	if len(mine) > 0 {
		return 0, fmt.Errorf("scenario %s: found no value of %s that makes it fire", mine[0].name, mine[0].read.metric.Name)
	}
	return def, nil
}

// around returns candidate signal values near a condition's threshold,
// preferring values well past it in either direction.
func around(cd condition) []float64 {
	base := cd.threshold
	if cd.read.kind != observeKind && cd.read.scale != 0 {
		base /= cd.read.scale
	}
	out := make([]float64, 0, 16)
	for _, f := range []float64{2, 4, 10, 1.5, 1.1, 0.5, 0.25, 0.1, 0.01} {
		out = append(out, base*f)
	}
	return append(out, base+1, base-1, base)
}

// whole reports whether signal s of a catalogue metric takes whole numbers:
// the level of a gauge that counts things (nodes, connections, bytes).
func whole(s signal, c *catalogue.Catalogue) bool {
	m := c.Metric(s.metric)
	if s.kind != levelKind || m == nil {
		return false
	}
	switch m.Unit {
	case "seconds", "ratio", "percent", "":
		return false
	}
	return true
}
