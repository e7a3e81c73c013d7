package promql

import (
	"math"

	"github.com/prometheus/prometheus/promql/parser"
)

// Compare applies a comparison operator to two numbers as PromQL does; it
// is false for any other operator.
func Compare(op parser.ItemType, a, b float64) bool {
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

// Arithmetic applies an arithmetic operator to two numbers as PromQL does;
// it is NaN for any other operator.
func Arithmetic(op parser.ItemType, a, b float64) float64 {
	switch op {
	case parser.ADD:
		return a + b
	case parser.SUB:
		return a - b
	case parser.MUL:
		return a * b
	case parser.DIV:
		return a / b
	case parser.MOD:
		return math.Mod(a, b)
	case parser.POW:
		return math.Pow(a, b)
	}
	return math.NaN()
}
