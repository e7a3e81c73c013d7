package simulate

import (
	"fmt"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// predictLinear reads predict_linear(g[w], t) of a gauge g: its level plus
// its slope times t. The slope is the signal a condition on it drives, so
// a scenario keeps the level a sibling condition chose (a filesystem 30 %
// free) and makes it fall fast enough to run out within t; a healthy
// service keeps every slope at zero. The few minutes a scenario has run
// are left out of the level: beside a horizon of hours they shift it by a
// fraction the chosen values clear.
func (p *plan) predictLinear(x *parser.Call) (reading, error) {
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
	m, suffix := p.c.Series(vs.Name)
	if m == nil {
		return reading{}, fmt.Errorf("%s is not a catalogue metric", vs.Name)
	}
	if m.Type != catalogue.Gauge && m.Type != catalogue.Untyped || followsClock(m) || suffix != "" {
		return reading{}, fmt.Errorf("cannot drive predict_linear() of the %s %s", m.Type, vs.Name)
	}
	slope, err := p.series(m, vs.LabelMatchers, slopeKind, horizon)
	if err != nil {
		return slope, err
	}
	level, err := p.series(m, vs.LabelMatchers, levelKind, 1)
	if err != nil {
		return level, err
	}
	rise, at := slope.eval, level.eval
	slope.eval = func(get getter) []pv { return combine(parser.ADD, at(get), rise(get)) }
	return slope, nil
}
