package promql

import (
	"strings"
	"testing"
)

func TestShowVariablesFillsInTitlesAsGrafanaDoes(t *testing.T) {
	at := func(name string) (string, bool) { return "All", name != "5" }
	for _, tc := range []struct{ in, want string }{
		{"NGINX Status for $instance", "NGINX Status for All"},
		{"${job} on [[instance]] (${peer:pipe})", "All on All (All)"},
		{"Rate over $__rate_interval", "Rate over $__rate_interval"},
		{"Costs $5 and 100%", "Costs $5 and 100%"},
		{"No variables", "No variables"},
	} {
		if got := ShowVariables(tc.in, at); got != tc.want {
			t.Errorf("ShowVariables(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestInStringTellsAMatchersValueFromTheQuerysSyntax(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   string // the text at the offset asked about
		want bool
	}{
		{`rate(x{job="$job"}[$interval])`, "$job", true},
		{`rate(x{job="$job"}[$interval])`, "$interval", false},
		{`x{a="q\"$v"} offset $shift`, "$v", true},
		{`x{a="q\"$v"} offset $shift`, "$shift", false},
		{"x{a=`$raw\\`} + on() y{b='$s'}", "$raw", true},
		{"x{a=`$raw\\`} + on() y{b='$s'}", "$s", true},
		{"x{a=`$raw\\`} + on() y{b='$s'}", "on()", false},
	} {
		if got := InString(tc.text, strings.Index(tc.text, tc.at)); got != tc.want {
			t.Errorf("%s at %s: %v, want %v", tc.text, tc.at, got, tc.want)
		}
	}
}
