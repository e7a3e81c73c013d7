package slorules

import (
	"strings"
	"sync"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// testPlan is what an SLO alert's test is computed from before the SLO's
// own series and labels: the per-minute bad ratios bad[0..l] of its input
// and which alerts fire at minute l; ok is false when no such test exists.
// bad is shared by every SLO with the plan and never written after.
type testPlan struct {
	bad    []float64
	firing []bool
	ok     bool
}

// planKey is everything sloModel.plan reads: SLOs alike in it (the same
// objective and compliance window, the same kind of series, the same
// alerts) have the same plans.
type planKey struct {
	period            catalogue.Duration
	budget            float64
	samples, discrete bool
	// severities are the alerts' policies, in order.
	severities string
	ai         int
	bw         catalogue.BurnWindows
	fire       bool
}

// planKey is the key of the plan of alert ai's window pair bw.
func (m *sloModel) planKey(pols []catalogue.SLOAlertPolicy, ai int, bw catalogue.BurnWindows, fire bool) planKey {
	sev := make([]string, len(pols))
	for i, p := range pols {
		sev[i] = p.Severity
	}
	return planKey{
		period: m.s.Period(), budget: m.budget, samples: m.samples, discrete: m.discrete,
		severities: strings.Join(sev, ","), ai: ai, bw: bw, fire: fire,
	}
}

// testPlans remembers the plans of one derivation's SLOs: a thousand SLOs
// have a handful of objectives. It is safe for concurrent use.
type testPlans struct{ plans sync.Map }

// get returns the plan of key, computing it the first time it is asked
// for (two goroutines asking at once may both compute it: the same plan).
func (p *testPlans) get(key planKey, compute func() testPlan) testPlan {
	if pl, ok := p.plans.Load(key); ok {
		return pl.(testPlan)
	}
	pl, _ := p.plans.LoadOrStore(key, compute())
	return pl.(testPlan)
}
