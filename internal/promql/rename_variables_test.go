package promql

import (
	"slices"
	"testing"
)

func TestQueriesReadTheVariablesTheGeneratedDashboardOffers(t *testing.T) {
	renamed := map[string]string{"node": "instance", "port": "instance", "host": "instance", "job_name": "job"}
	for _, tc := range []struct {
		name, expr, want string
		parts            []string
	}{
		{"a variable renamed after its label is read by the new name", `up{job="$job_name"}`, `up{job="$job"}`, nil},
		{"pecastro's bind dashboard builds instance from its node and port variables: the whole instance is chosen",
			`bind_up{instance="$node:$port",job="$job"}`, `bind_up{instance=~"$instance",job="$job"}`, []string{`instance="$node:$port"`}},
		{"a regex over a part keeps its sense", `rate(bind_responses_total{instance=~"$node:.*"}[5m])`, `rate(bind_responses_total{instance=~"$instance"}[5m])`, []string{`instance=~"$node:.*"`}},
		{"a negative matcher stays negative", `x{instance!="$node:$port"}`, `x{instance!~"$instance"}`, []string{`instance!="$node:$port"`}},
		{"parts of another label are left for lint to report", `x{pod="$node-$port"}`, `x{pod="$node-$port"}`, nil},
		{"a variable nothing renamed is left as it is", `x{instance=~"$instance", env="$env"}`, `x{instance=~"$instance", env="$env"}`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, parts := RenameVariables(tc.expr, renamed)
			if got != tc.want || !slices.Equal(parts, tc.parts) {
				t.Errorf("got %s %q, want %s %q", got, parts, tc.want, tc.parts)
			}
		})
	}
}
