package promql

import (
	"math"
	"strconv"

	"github.com/prometheus/prometheus/promql/parser"
)

// Threshold is an alert condition read as "Expr Op Value": an expression
// compared with a constant, such as `disk_used_percent > 80`. Dashboards
// colour the range where it fires; docs show it as the alert's threshold.
type Threshold struct {
	// Expr is the compared expression, always on the left.
	Expr parser.Expr
	// Op is one of > >= < <= == !=, turned round when the constant was
	// written first (3 > x reads x < 3).
	Op    parser.ItemType
	Value float64
}

// turned maps an operator to the one that keeps its meaning with its
// operands swapped.
var turned = map[parser.ItemType]parser.ItemType{
	parser.GTR: parser.LSS, parser.GTE: parser.LTE, parser.LSS: parser.GTR, parser.LTE: parser.GTE,
	parser.EQLC: parser.EQLC, parser.NEQ: parser.NEQ,
}

// ThresholdOf reads e as `expr op number` or `number op expr`, where op is a
// filtering comparison (not bool) and exactly one side is a constant: a
// number, possibly negated or in parentheses.
func ThresholdOf(e parser.Expr) (Threshold, bool) {
	b, ok := Unwrap(e).(*parser.BinaryExpr)
	if !ok || b.ReturnBool {
		return Threshold{}, false
	}
	if _, ok := turned[b.Op]; !ok {
		return Threshold{}, false
	}
	if v, ok := Number(b.RHS); ok && !IsNumber(b.LHS) {
		return Threshold{Expr: b.LHS, Op: b.Op, Value: v}, true
	}
	if v, ok := Number(b.LHS); ok && !IsNumber(b.RHS) {
		return Threshold{Expr: b.RHS, Op: turned[b.Op], Value: v}, true
	}
	return Threshold{}, false
}

// AlertThreshold is ThresholdOf for an alert's expression, through the
// guards and and unless put beside the condition: the first bound (> >= <
// <=) of the comparisons and joins, else its first comparison
// (`sum(rate(errors[5m])) / sum(rate(all[5m])) * 100 > 5 and
// sum(rate(all[5m])) > 0`, HAProxy's 5xx rule, has > 5; the mysqld-mixin's
// `(wsrep_local_state == 2) and wsrep_local_recv_queue > 100`, a donor
// falling behind, has > 100, its == 2 picking the donor).
func AlertThreshold(e parser.Expr) (Threshold, bool) {
	var found []Threshold
	var walk func(e parser.Expr)
	walk = func(e parser.Expr) {
		if t, ok := ThresholdOf(e); ok {
			found = append(found, t)
			return
		}
		b, ok := Unwrap(e).(*parser.BinaryExpr)
		if ok && b.Op.IsComparisonOperator() && !b.ReturnBool {
			// Two series compared (a prediction below a limit): the
			// condition has no constant, and a later guard is none.
			found = append(found, Threshold{Expr: e, Op: b.Op, Value: math.NaN()})
			return
		}
		if !ok || b.Op != parser.LAND && b.Op != parser.LUNLESS {
			return
		}
		walk(b.LHS)
		if b.Op == parser.LAND {
			walk(b.RHS)
		}
	}
	walk(e)
	for _, t := range found {
		if math.IsNaN(t.Value) {
			return Threshold{}, false
		}
		if t.Bounds() {
			return t, true
		}
	}
	if len(found) > 0 {
		return found[0], true
	}
	return Threshold{}, false
}

// String writes the condition without its expression, as docs show it:
// "> 80", "== 0".
func (t Threshold) String() string {
	return t.Op.String() + " " + strconv.FormatFloat(t.Value, 'g', -1, 64)
}

// Holds reports whether the condition holds for a value x of the
// compared expression.
func (t Threshold) Holds(x float64) bool { return Compare(t.Op, x, t.Value) }

// Bounds reports whether the condition bounds a range (> >= < <=), which a
// panel can colour, rather than picking one value (== !=).
func (t Threshold) Bounds() bool {
	switch t.Op {
	case parser.GTR, parser.GTE, parser.LSS, parser.LTE:
		return true
	}
	return false
}

// AlertValue returns the expression whose value an alert's $value is: the
// compared side of a filtering comparison with a constant (of the
// innermost, when they nest), else e itself, without parentheses.
func AlertValue(e parser.Expr) parser.Expr {
	for {
		t, ok := ThresholdOf(e)
		if !ok {
			return Unwrap(e).(parser.Expr)
		}
		e = t.Expr
	}
}
