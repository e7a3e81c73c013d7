package simulate

import (
	"fmt"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// predictLinear reads predict_linear(x[w], t) of a gauge, or of a series a
// recording rule writes from gauges (a replica's lag, the seconds behind
// its source less its configured delay), read as selector reads them: its
// value t seconds later, every gauge moved on by its slope. The slope is
// the signal a condition on it drives, so a scenario keeps the level a
// sibling condition chose (a filesystem 30 % free) and makes it fall fast
// enough to run out within t; a healthy service keeps every slope at zero,
// and what holds no slope (a rate, two Unix times' difference) predicts
// itself.
func (p *plan) predictLinear(x *parser.Call, depth int) (reading, error) {
	if len(x.Args) != 2 {
		return reading{}, fmt.Errorf("cannot drive predict_linear()")
	}
	horizon, ok := promql.Number(x.Args[1])
	if !ok {
		return reading{}, fmt.Errorf("predict_linear() needs a literal number of seconds")
	}
	ms, ok := promql.Unwrap(x.Args[0]).(*parser.MatrixSelector)
	if !ok {
		return reading{}, fmt.Errorf("cannot drive predict_linear() of %s", x.Args[0])
	}
	vs, ok := ms.VectorSelector.(*parser.VectorSelector)
	if !ok {
		return reading{}, fmt.Errorf("cannot drive predict_linear() of %s", x.Args[0])
	}
	r, err := p.selector(vs, depth)
	if err != nil {
		return r, err
	}
	switch {
	case r.clock:
		return reading{}, fmt.Errorf("cannot drive predict_linear() of %s, a Unix time", promql.SelectorName(vs))
	case r.kind == bucketRateKind || r.kind == sumRateKind:
		return reading{}, fmt.Errorf("cannot drive predict_linear() of %s", promql.SelectorName(vs))
	}
	if r.free.kind == levelKind {
		r.free.kind = slopeKind
	}
	now := r.eval
	r.eval = func(get getter) []pv {
		return now(func(s signal) float64 {
			if s.kind == levelKind {
				return get(s) + horizon*get(s.sibling())
			}
			return get(s)
		})
	}
	return r, nil
}
