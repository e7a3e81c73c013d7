package promql

import "testing"

func TestFractional(t *testing.T) {
	for _, tc := range []struct {
		name, expr string
		want       bool
	}{
		{"a rate is a fraction", `rate(x_total[5m])`, true},
		{"a sum of rates is too", `sum without (slab) (rate(x_total[5m]))`, true},
		{"an increase of whole counts is at least one when above zero", `increase(x_total[1h])`, false},
		{"a quotient is too", `x_errors_total / x_total`, true},
		{"an average is too", `avg by (job) (x_up)`, true},
		{"a raw gauge is not", `x_connections`, false},
		{"a count is not", `count by (job) (x_up == 0)`, false},
		{"absent is not, whatever it reads", `absent(rate(x_total[5m]))`, false},
		{"changes is not", `changes(x_boot_time[1h])`, false},
		{"a compared rate is a fraction", `rate(x_total[5m]) > 0`, true},
		{"a max over time keeps its input's", `max_over_time(x_connections[5m])`, false},
		{"a sum of a raw gauge and a rate is a fraction", `x_connections + rate(x_total[5m])`, true},
		{"a rounded rate is not", `round(rate(x_total[5m]))`, false},
		{"a parenthesised rate is a fraction", `(rate(x_total[5m]))`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse(tc.expr, false)
			if err != nil {
				t.Fatal(err)
			}
			if got := Fractional(p.Expr); got != tc.want {
				t.Errorf("Fractional(%s) = %v, want %v", tc.expr, got, tc.want)
			}
		})
	}
}
