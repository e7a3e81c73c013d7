package suggest

import "testing"

func TestClosestFieldNamesThePlausibleIntendedKey(t *testing.T) {
	fields := []string{"alert", "expr", "for", "keep_firing_for", "labels", "annotations", "runbook", "tests"}
	for _, tc := range []struct{ name, typed, want string }{
		{"a letter swapped", "exrp", "expr"},
		{"a letter missing", "runbok", "runbook"},
		{"the field spelt out in full", "expression", "expr"},
		{"spelt out and misspelt", "expresion", "expr"},
		{"a longer word beginning with a field", "labelset", "labels"},
		{"nothing like any field", "severity", ""},
		{"a short field is no prefix to guess from", "format", ""},
		{"the name itself is no suggestion", "expr", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ClosestField(tc.typed, fields); got != tc.want {
				t.Errorf("ClosestField(%q) = %q, want %q", tc.typed, got, tc.want)
			}
		})
	}
}

func TestClosestDoesNotGuessFromAPrefix(t *testing.T) {
	// A metric name is not an abbreviation: odd_rpc_bucket is no typo of
	// odd_rpc.
	if got := Closest("odd_rpc_bucket", []string{"odd_rpc", "odd_errors_total"}); got != "" {
		t.Errorf("Closest = %q, want none", got)
	}
}
