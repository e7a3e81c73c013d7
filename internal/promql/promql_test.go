package promql

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
)

var _ = golden.Updating

func TestGrafanaVariablesAreSubstitutedOutsideStrings(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"the rate interval becomes a duration", `rate(x[$__rate_interval])`, `rate(x[5m])`},
		{"braced variables are substituted", `rate(x[${__interval}])`, `rate(x[1m])`},
		{"a format suffix is dropped", `topk(${n:raw}, x)`, `topk(1, x)`},
		{"number variables become numbers", `x / $__range_s`, `x / 3600`},
		{"legacy [[var]] syntax is substituted", `topk([[n]], x)`, `topk(1, x)`},
		{"variables inside matcher values are kept", `x{op=~"$op"}`, `x{op=~"$op"}`},
		{"escaped quotes do not end a string", `x{a="\"$v"} + $v`, `x{a="\"$v"} + 1`},
		{"a lone dollar is left alone", `x{a="$"} * $`, `x{a="$"} * $`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, orig := Substitute(tc.in)
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if end := orig.Orig(len(got)); end != len(tc.in) {
				t.Errorf("the end maps to %d, want %d", end, len(tc.in))
			}
			for i := 1; i <= len(got); i++ {
				if orig.Orig(i) < orig.Orig(i-1) {
					t.Errorf("offset map goes backwards at %d", i)
				}
			}
			// A byte copied as written maps to itself: the last one.
			if last := len(got) - 1; got[last] == tc.in[len(tc.in)-1] && orig.Orig(last) != len(tc.in)-1 {
				t.Errorf("the last byte maps to %d, want %d", orig.Orig(last), len(tc.in)-1)
			}
		})
	}
}

func TestSyntaxErrorsPointAtTheOffendingCharacterAsWritten(t *testing.T) {
	cases := []struct {
		name, expr string
		grafana    bool
		at         string // the text the error must point at
	}{
		{"an extra right parenthesis", "sum(up))", false, ")"},
		{"a stray keyword", "sum(rate(x[5m]) by (op)", false, "by"},
		{"a doubled operator", `up{job="a"} == == 0`, false, "== 0"},
		{"after a Grafana variable, offsets map back", `rate(x[$__rate_interval]) by (op)`, true, "by"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.expr, tc.grafana)
			if err == nil {
				t.Fatal("no error")
			}
			want := strings.LastIndex(tc.expr, tc.at)
			if tc.at == ")" {
				want = len(tc.expr) - 1
			}
			if err.Offset != want {
				t.Errorf("error %q at offset %d, want %d (%q)", err.Msg, err.Offset, want, tc.expr[min(err.Offset, len(tc.expr)):])
			}
		})
	}
}

func TestParseCachesByTextAndMode(t *testing.T) {
	a, errA := Parse("rate(x[5m])", false)
	b, errB := Parse("rate(x[5m])", false)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if a != b {
		t.Error("the same expression was parsed twice")
	}
	c, _ := Parse("rate(x[5m])", true)
	if c == a {
		t.Error("Grafana mode shares the plain mode's entry")
	}
}
