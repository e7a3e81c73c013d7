package simulate

import (
	"fmt"
	"math"
	"slices"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// kind is what a signal controls.
type kind int

const (
	// rateKind is a counter's increase per second, or a histogram's or
	// summary's observations per second.
	rateKind kind = iota
	// levelKind is a gauge's value at Start.
	levelKind
	// slopeKind is a gauge's change per second.
	slopeKind
	// observeKind is the typical observed value of a histogram or summary.
	observeKind
	// bucketRateKind and sumRateKind are intermediate readings: the rate of
	// a histogram's buckets (read by histogram_quantile) and of its _sum
	// (read by a division by the rate of _count).
	bucketRateKind
	sumRateKind
)

// signal is one quantity the simulator sets: a kind of value of a metric.
type signal struct {
	metric string
	kind   kind
}

// reading is how an expression's value follows a signal: scale × the
// signal, or for observations scale × the quantile (the mean when NaN) of
// the simulated distribution.
type reading struct {
	metric   *catalogue.Metric
	kind     kind
	scale    float64
	quantile float64
	// matchers are the selector's, which decide how many series a sum adds.
	matchers []*labels.Matcher
}

// condition is an alert's expression reduced to "reading op threshold", or
// to "the target is down" for alerts on up. name is the rule's variant
// name, and mine says whether the scenario drives it.
type condition struct {
	name      string
	mine      bool
	down      bool
	read      reading
	op        parser.ItemType
	threshold float64
}

// signal is the signal the condition reads.
func (cd condition) signal() signal { return signal{cd.read.metric.Name, cd.read.kind} }

// holds reports whether the condition is true when its signal is v.
func (cd condition) holds(v float64) bool {
	return compare(cd.op, cd.read.value(v), cd.threshold)
}

// value is the expression's value when the signal is v.
func (r reading) value(v float64) float64 {
	if r.kind != observeKind {
		return r.scale * v
	}
	var q float64
	if (r.metric.Type == catalogue.Summary || nativeOnly(r.metric)) && !math.IsNaN(r.quantile) {
		// A summary reports the distribution's own quantiles; a native
		// histogram's buckets are fine enough (schema 3: 9 % wide) for
		// histogram_quantile to land next to them.
		q = exactQuantile(v, r.quantile)
	} else {
		q = bucketQuantile(buckets(r.metric), v, r.quantile)
	}
	return r.scale * q
}

func compare(op parser.ItemType, a, b float64) bool {
	switch op {
	case parser.GTR:
		return a > b
	case parser.GTE:
		return a >= b
	case parser.LSS:
		return a < b
	case parser.LTE:
		return a <= b
	case parser.EQLC:
		return a == b
	case parser.NEQ:
		return a != b
	}
	return false
}

// flip turns "N op x" into "x op' N".
func flip(op parser.ItemType) parser.ItemType {
	switch op {
	case parser.GTR:
		return parser.LSS
	case parser.GTE:
		return parser.LTE
	case parser.LSS:
		return parser.GTR
	case parser.LTE:
		return parser.GTE
	}
	return op
}

// analyse reduces an alert's expression to a condition. It understands a
// comparison of one side with a number, where the other side is a gauge (or
// an untyped family), a rate, increase, irate, delta or deriv,
// histogram_quantile over bucket rates (or over the rate of a native
// histogram), histogram_count, histogram_sum or histogram_avg of a native
// histogram's rate, a mean (rate of _sum / rate of _count), a summary
// quantile, a recorded series, any of these under max, min, avg or sum, or
// up.
func (p *plan) analyse(r *catalogue.Rule) (condition, error) {
	parsed, serr := promql.Parse(r.Expr.Text, false)
	if serr != nil {
		return condition{}, serr
	}
	cmp, ok := unwrap(parsed.Expr).(*parser.BinaryExpr)
	if !ok || !cmp.Op.IsComparisonOperator() {
		return condition{}, fmt.Errorf("the expression is not a comparison with a number")
	}
	side, op := cmp.LHS, cmp.Op
	n, isNum := number(cmp.RHS)
	if !isNum {
		if n, isNum = number(cmp.LHS); !isNum {
			return condition{}, fmt.Errorf("neither side of %s is a number", cmp.Op)
		}
		side, op = cmp.RHS, flip(cmp.Op)
	}
	cd := condition{name: p.c.VariantName(r), op: op, threshold: n}
	if vs, ok := unwrap(side).(*parser.VectorSelector); ok && vs.Name == "up" && p.c.Metric("up") == nil {
		if compare(op, 0, n) && !compare(op, 1, n) {
			cd.down = true
			return cd, nil
		}
		return condition{}, fmt.Errorf("up %s %g does not mean the target is down", op, n)
	}
	read, err := p.term(side, 0)
	if err != nil {
		return condition{}, err
	}
	switch read.kind {
	case bucketRateKind:
		return condition{}, fmt.Errorf("bucket rates of %s are compared without histogram_quantile", read.metric.Name)
	case sumRateKind:
		return condition{}, fmt.Errorf("the rate of %s_sum is compared without dividing by the rate of _count", read.metric.Name)
	}
	cd.read = read
	return cd, nil
}

// unwrap strips parentheses and step-invariant wrappers.
func unwrap(e parser.Expr) parser.Expr {
	for {
		switch x := e.(type) {
		case *parser.ParenExpr:
			e = x.Expr
		case *parser.StepInvariantExpr:
			e = x.Expr
		default:
			return e
		}
	}
}

// number returns the value of a numeric literal (possibly negated).
func number(e parser.Expr) (float64, bool) {
	switch x := unwrap(e).(type) {
	case *parser.NumberLiteral:
		return x.Val, true
	case *parser.UnaryExpr:
		if v, ok := number(x.Expr); ok && x.Op == parser.SUB {
			return -v, true
		}
	}
	return 0, false
}

// term reads one side of a comparison; depth bounds recursion through
// recording rules.
func (p *plan) term(e parser.Expr, depth int) (reading, error) {
	switch x := unwrap(e).(type) {
	case *parser.AggregateExpr:
		return p.aggregate(x, depth)
	case *parser.Call:
		return p.call(x, depth)
	case *parser.BinaryExpr:
		return p.mean(x, depth)
	case *parser.VectorSelector:
		return p.selector(x, depth)
	}
	return reading{}, fmt.Errorf("cannot drive %s", e)
}

func (p *plan) aggregate(x *parser.AggregateExpr, depth int) (reading, error) {
	r, err := p.term(x.Expr, depth)
	if err != nil {
		return r, err
	}
	switch x.Op {
	case parser.MAX, parser.MIN, parser.AVG:
	case parser.SUM:
		if r.kind != bucketRateKind && r.kind != sumRateKind {
			r.scale *= p.groupSize(r.metric, r.matchers, x.Grouping, x.Without)
		}
	default:
		return r, fmt.Errorf("cannot drive the aggregation %s", x.Op)
	}
	return r, nil
}

func (p *plan) call(x *parser.Call, depth int) (reading, error) {
	name := x.Func.Name
	switch name {
	case "histogram_count", "histogram_sum", "histogram_avg":
		// Native histogram functions over rate(x[w]) of a native histogram.
		if len(x.Args) != 1 {
			return reading{}, fmt.Errorf("cannot drive %s()", name)
		}
		r, err := p.term(x.Args[0], depth)
		if err != nil {
			return r, err
		}
		if r.kind != bucketRateKind || !r.metric.Native {
			return r, fmt.Errorf("%s reads the rate of a native histogram, not %s", name, x.Args[0])
		}
		switch name {
		case "histogram_count":
			r.kind = rateKind
		case "histogram_sum":
			r.kind = sumRateKind
		default:
			return reading{metric: r.metric, kind: observeKind, scale: 1, quantile: math.NaN(), matchers: r.matchers}, nil
		}
		return r, nil
	}
	if name == "histogram_quantile" && len(x.Args) == 2 {
		q, ok := number(x.Args[0])
		if !ok {
			return reading{}, fmt.Errorf("histogram_quantile needs a literal quantile")
		}
		r, err := p.term(x.Args[1], depth)
		if err != nil {
			return r, err
		}
		if r.kind != bucketRateKind {
			return r, fmt.Errorf("histogram_quantile reads bucket rates, not %s", x.Args[1])
		}
		return reading{metric: r.metric, kind: observeKind, scale: 1, quantile: q, matchers: r.matchers}, nil
	}
	if len(x.Args) != 1 {
		return reading{}, fmt.Errorf("cannot drive %s()", name)
	}
	ms, ok := x.Args[0].(*parser.MatrixSelector)
	if !ok {
		return reading{}, fmt.Errorf("cannot drive %s() of %s", name, x.Args[0])
	}
	vs, ok := ms.VectorSelector.(*parser.VectorSelector)
	if !ok {
		return reading{}, fmt.Errorf("cannot drive %s()", name)
	}
	m, suffix := p.c.Series(vs.Name)
	if m == nil {
		return reading{}, fmt.Errorf("%s is not a catalogue metric", vs.Name)
	}
	if !p.selects(m, vs.LabelMatchers) {
		return reading{}, fmt.Errorf("no simulated series of %s matches %s", m.Name, vs)
	}
	window := ms.Range.Seconds()
	r := reading{metric: m, scale: 1, matchers: vs.LabelMatchers}
	switch name {
	case "rate", "irate", "increase":
		if name == "increase" {
			r.scale = window
		}
		switch {
		case (m.Type == catalogue.Counter || m.Type == catalogue.Untyped) && suffix == "":
			// An untyped family that a rule rates counts: its rate signal.
			r.kind = rateKind
		case m.Type == catalogue.Histogram && m.Native && suffix == "":
			// rate() of a native histogram is the rate of all its buckets,
			// read by histogram_quantile or histogram_count.
			r.kind = bucketRateKind
		case suffix == "_count":
			r.kind = rateKind
		case suffix == "_bucket":
			r.kind = bucketRateKind
		case suffix == "_sum":
			r.kind = sumRateKind
		default:
			return reading{}, fmt.Errorf("cannot drive %s() of the %s %s", name, m.Type, vs.Name)
		}
	case "delta", "deriv":
		if m.Type != catalogue.Gauge && m.Type != catalogue.Untyped || isUptime(m) {
			return reading{}, fmt.Errorf("cannot drive %s() of the %s %s", name, m.Type, vs.Name)
		}
		r.kind = slopeKind
		if name == "delta" {
			r.scale = window
		}
	default:
		return reading{}, fmt.Errorf("cannot drive %s()", name)
	}
	return r, nil
}

// mean reads rate(x_sum[w]) / rate(x_count[w]), the average observation.
func (p *plan) mean(x *parser.BinaryExpr, depth int) (reading, error) {
	if x.Op != parser.DIV {
		return reading{}, fmt.Errorf("cannot drive %s", x)
	}
	num, err := p.term(x.LHS, depth)
	if err != nil {
		return num, err
	}
	den, err := p.term(x.RHS, depth)
	if err != nil {
		return den, err
	}
	if num.kind != sumRateKind || den.kind != rateKind || num.metric != den.metric {
		return reading{}, fmt.Errorf("cannot drive the ratio %s", x)
	}
	return reading{metric: num.metric, kind: observeKind, scale: 1, quantile: math.NaN(), matchers: num.matchers}, nil
}

func (p *plan) selector(vs *parser.VectorSelector, depth int) (reading, error) {
	if rec := p.c.Record(vs.Name); rec != nil && p.c.Metric(vs.Name) == nil {
		if depth > 8 {
			return reading{}, fmt.Errorf("recording rules nest too deeply at %s", vs.Name)
		}
		parsed, err := promql.Parse(rec.Expr.Text, false)
		if err != nil {
			return reading{}, err
		}
		return p.term(parsed.Expr, depth+1)
	}
	m, suffix := p.c.Series(vs.Name)
	if m == nil {
		return reading{}, fmt.Errorf("%s is not a catalogue metric", vs.Name)
	}
	if !p.selects(m, vs.LabelMatchers) {
		return reading{}, fmt.Errorf("no simulated series of %s matches %s", m.Name, vs)
	}
	switch {
	case (m.Type == catalogue.Gauge || m.Type == catalogue.Untyped) && !isUptime(m):
		return reading{metric: m, kind: levelKind, scale: 1, matchers: vs.LabelMatchers}, nil
	case m.Type == catalogue.Summary && suffix == "":
		for _, lm := range vs.LabelMatchers {
			if lm.Name == "quantile" && lm.Type == labels.MatchEqual {
				var q float64
				if _, err := fmt.Sscan(lm.Value, &q); err == nil && slices.Contains(quantiles(m), q) {
					return reading{metric: m, kind: observeKind, scale: 1, quantile: q, matchers: vs.LabelMatchers}, nil
				}
			}
		}
	}
	return reading{}, fmt.Errorf("cannot drive the value of the %s %s", m.Type, vs.Name)
}
