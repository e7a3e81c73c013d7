package promql

import "testing"

func TestNumberEvaluatesConstantsAndNothingElse(t *testing.T) {
	cases := []struct {
		name, expr string
		want       float64
		ok         bool
	}{
		{"a literal is its value", `42`, 42, true},
		{"a negated literal is negative", `-0.5`, -0.5, true},
		{"parentheses are looked through", `((3))`, 3, true},
		{"a day written as arithmetic is a day in seconds", `24*60*60`, 86400, true},
		{"division and powers are evaluated", `(2^10) / 4`, 256, true},
		{"a selector is not a constant", `x`, 0, false},
		{"arithmetic with a selector is not a constant", `x * 2`, 0, false},
		{"a comparison of constants is not a constant", `1 > bool 0`, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse(tc.expr, false)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := Number(p.Expr)
			if ok != tc.ok || got != tc.want {
				t.Errorf("Number(%s) = %v, %v; want %v, %v", tc.expr, got, ok, tc.want, tc.ok)
			}
		})
	}
}
