package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// counterRaw finds counters whose raw value is compared or shown.
var counterRaw = &Check{
	Code:     "counter-raw",
	Severity: diag.Warning,
	Docs: "A counter (or a histogram's _bucket, _sum or _count) is compared or shown by its raw value, a total since the " +
		"process started that drops to 0 on every restart; take its rate() or increase() instead.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			w := rawWalker{x: x, e: e, r: r}
			w.walk(e.Root(), false, false)
		}
	},
}

// counterConsumers are the functions that read a counter correctly, or
// that another check judges (histogram_quantile, delta and friends).
var counterConsumers = map[string]bool{
	"rate": true, "irate": true, "increase": true, "resets": true, "changes": true,
	"absent": true, "absent_over_time": true, "present_over_time": true, "count_over_time": true,
	"timestamp": true, "histogram_quantile": true, "histogram_fraction": true,
	"delta": true, "idelta": true, "deriv": true, "predict_linear": true, "double_exponential_smoothing": true,
}

type rawWalker struct {
	x *Context
	e *Expression
	r *reporter
}

// walk visits n; consumed is set below a function that reads counters
// correctly, compared below a comparison.
func (w rawWalker) walk(n parser.Node, consumed, compared bool) {
	switch v := n.(type) {
	case *parser.VectorSelector:
		if consumed {
			return
		}
		s := w.x.resolve(promql.SelectorName(v))
		if !s.counter() {
			return
		}
		name := promql.SelectorName(v)
		if compared {
			w.r.at(w.e.Pos(v), len(name), "%s is compared by its raw value, which only grows and drops to 0 on restart; compare its rate() or increase()", s.describe())
		} else {
			w.r.at(w.e.Pos(v), len(name), "%s is used by its raw value, a total since the process started that drops to 0 on restart; use its rate() or increase()", s.describe())
		}
	case *parser.MatrixSelector:
		w.walk(v.VectorSelector, consumed, compared)
	case *parser.SubqueryExpr:
		w.walk(v.Expr, consumed, compared)
	case *parser.ParenExpr:
		w.walk(v.Expr, consumed, compared)
	case *parser.StepInvariantExpr:
		w.walk(v.Expr, consumed, compared)
	case *parser.UnaryExpr:
		w.walk(v.Expr, consumed, compared)
	case *parser.Call:
		c := consumed || v.Func != nil && counterConsumers[v.Func.Name]
		for _, a := range v.Args {
			w.walk(a, c, compared)
		}
	case *parser.AggregateExpr:
		c := consumed
		switch v.Op {
		case parser.COUNT, parser.COUNT_VALUES, parser.GROUP:
			c = true
		}
		w.walk(v.Expr, c, compared)
		if v.Param != nil {
			w.walk(v.Param, consumed, compared)
		}
	case *parser.BinaryExpr:
		cmp := compared || v.Op.IsComparisonOperator()
		w.walk(v.LHS, consumed, cmp)
		// The right side of and/unless only filters: its values are not used.
		w.walk(v.RHS, consumed || v.Op == parser.LAND || v.Op == parser.LUNLESS, cmp)
	}
}
