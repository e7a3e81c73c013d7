package promql

import (
	"math"
	"testing"

	"github.com/prometheus/prometheus/promql/parser"
)

func TestThresholdsAreReadWithTheExpressionOnTheLeft(t *testing.T) {
	cases := []struct {
		name, expr, want string
		ok               bool
	}{
		{"a comparison with a number is a threshold", "disk_used_percent > 80", "> 80", true},
		{"a number written first is turned round", "3 > nodes_alive", "< 3", true},
		{"an equality is a threshold too", `up{job="x"} == 0`, "== 0", true},
		{"a negative number in parentheses is a number", "x <= (-1.5)", "<= -1.5", true},
		{"a comparison with bool is no alert condition", "x > bool 1", "", false},
		{"two expressions compared have no threshold", "x > y", "", false},
		{"arithmetic is no comparison", "x + 1", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th, ok := ThresholdOf(mustParse(t, tc.expr))
			if ok != tc.ok || ok && th.String() != tc.want {
				t.Errorf("got %q, %v; want %q, %v", th.String(), ok, tc.want, tc.ok)
			}
		})
	}
}

func TestAThresholdHoldsWhereTheAlertFires(t *testing.T) {
	th, ok := ThresholdOf(mustParse(t, "3 > nodes_alive"))
	if !ok {
		t.Fatal("no threshold")
	}
	if !th.Holds(2) || th.Holds(3) || th.Holds(4) {
		t.Errorf("3 > x: holds at 2, 3, 4 = %v, %v, %v; want true, false, false", th.Holds(2), th.Holds(3), th.Holds(4))
	}
	if !th.Bounds() {
		t.Error("< bounds a range")
	}
	eq, _ := ThresholdOf(mustParse(t, "up == 0"))
	if eq.Bounds() {
		t.Error("== picks a value, it bounds no range")
	}
}

func TestTheAlertValueIsTheComparedSide(t *testing.T) {
	for _, tc := range []struct{ name, expr, want string }{
		{"the left side of a comparison with a number", "sum(x) > 3", "sum(x)"},
		{"the right side when the number comes first", "3 < (x / y)", "x / y"},
		{"the innermost of nested comparisons", "(x > 1) < 5", "x"},
		{"the whole when nothing is compared", "rate(x[5m])", "rate(x[5m])"},
		{"the whole of a bool comparison", "x > bool 1", "x > bool 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := AlertValue(mustParse(t, tc.expr)).String(); got != tc.want {
				t.Errorf("%s: %s, want %s", tc.expr, got, tc.want)
			}
		})
	}
}

func TestNumbersAreComparedAndCombinedAsPromQLDoes(t *testing.T) {
	for _, tc := range []struct {
		name string
		op   parser.ItemType
		a, b float64
		want bool
	}{
		{"greater", parser.GTR, 2, 1, true},
		{"greater or equal at the bound", parser.GTE, 1, 1, true},
		{"less", parser.LSS, 2, 1, false},
		{"less or equal", parser.LTE, 1, 2, true},
		{"equal", parser.EQLC, 1, 1, true},
		{"not equal", parser.NEQ, 1, 1, false},
		{"no comparison", parser.ADD, 1, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Compare(tc.op, tc.a, tc.b); got != tc.want {
				t.Errorf("%g %s %g = %v, want %v", tc.a, tc.op, tc.b, got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		op         parser.ItemType
		a, b, want float64
	}{
		{parser.ADD, 1, 2, 3}, {parser.SUB, 1, 2, -1}, {parser.MUL, 2, 3, 6}, {parser.DIV, 1, 4, 0.25},
		{parser.MOD, 7, 4, 3}, {parser.POW, 2, 10, 1024},
	} {
		if got := Arithmetic(tc.op, tc.a, tc.b); got != tc.want {
			t.Errorf("%g %s %g = %g, want %g", tc.a, tc.op, tc.b, got, tc.want)
		}
	}
	if !math.IsNaN(Arithmetic(parser.GTR, 1, 2)) {
		t.Error("a comparison is no arithmetic: want NaN")
	}
}

func TestAnAlertsThresholdIsReadThroughItsGuards(t *testing.T) {
	for _, tc := range []struct{ expr, want string }{
		{`x > 5`, "> 5"},
		{`x * 100 > 5 and y > 0`, "> 5"},
		{`(x > 80) and on (instance) y > 1 unless z`, "> 80"},
		{`x > 5 or y > 3`, ""},
		{`x and y`, ""},
		{`(wsrep_local_state == 2) and wsrep_local_recv_queue > 100`, "> 100"},
		{`(x == 1) and y`, "== 1"},
		{`x unless y > 3`, ""},
		// RabbitMQ's LowDiskWatermarkPredicted: a prediction below a limit,
		// guarded by count_over_time(...) > 0, has no constant threshold.
		{`predict_linear(avail[24h], 86400) < limit and count_over_time(limit[2h] offset 22h) > 0`, ""},
	} {
		e, err := Parser.ParseExpr(tc.expr)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if th, ok := AlertThreshold(e); ok {
			got = th.String()
		}
		if got != tc.want {
			t.Errorf("AlertThreshold(%s) = %q, want %q", tc.expr, got, tc.want)
		}
	}
}
