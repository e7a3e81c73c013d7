package promql

import "testing"

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
