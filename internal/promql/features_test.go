package promql

import (
	"strings"
	"testing"
)

func TestConstructsReleasedPrometheusDoesNotEvaluateAreSyntaxErrors(t *testing.T) {
	cases := []struct {
		name, expr string
		at         string // the text the error must point at
		says       string
	}{
		{"a range written as arithmetic", `rate(x[5m+1m])`, "5m+1m", "duration expression"},
		{"a range of step()", `rate(x[step()])`, "step()", "duration expression"},
		{"an offset written as arithmetic", `x offset (1h*2)`, "1h*2", "duration expression"},
		{"a subquery step written as arithmetic", `max_over_time(x[1h:1m*5])`, "1m*5", "duration expression"},
		{"an anchored range", `increase(x[5m] anchored)`, "x[5m] anchored", "anchored modifier"},
		{"a smoothed range", `rate(x[5m] smoothed)`, "x[5m] smoothed", "smoothed modifier"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.expr, false)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Msg, tc.says) {
				t.Errorf("message %q does not say %q", err.Msg, tc.says)
			}
			if want := strings.Index(tc.expr, tc.at); err.Offset < want-1 || err.Offset > want {
				t.Errorf("error at offset %d (%q), want %d (%q)", err.Offset, tc.expr[err.Offset:], want, tc.at)
			}
		})
	}
}

func TestLiteralDurationsAndNegativeOffsetsStillParse(t *testing.T) {
	for _, expr := range []string{`rate(x[5m])`, `x offset 1h`, `x offset -1h`, `max_over_time(x[1h:5m])`, `rate(x[1h30m] @ 100)`} {
		if _, err := Parse(expr, false); err != nil {
			t.Errorf("%s: %v", expr, err)
		}
	}
}
