package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// manyQueriesSpec is the base catalogue with n example queries, each
// built from its index by expr.
func manyQueriesSpec(n int, expr func(i int) string) string {
	var b strings.Builder
	b.WriteString(base + "queries:\n  - title: Q\n    queries:\n")
	for i := range n {
		fmt.Fprintf(&b, "      - name: q%d\n        title: Q%d\n        expr: '%s'\n", i, i, expr(i))
	}
	return b.String()
}

func TestALabelNothingDeclaresIsReportedOnceWhenManyQueriesUseIt(t *testing.T) {
	for _, tc := range []struct {
		name  string
		n     int
		expr  func(i int) string
		check *Check
		want  []string
	}{
		{"two matchers on an undeclared label are each reported", 2, func(int) string { return `shop_nodes{cluster="eu"}` },
			unknownLabel, []string{"error", "error"}},
		{"three queries matching on an undeclared label give one error", 3, func(int) string { return `shop_nodes{cluster="eu"}` },
			unknownLabel, []string{"error: 3 queries match on"}},
		{"matchers the empty value satisfies give one info", 4, func(int) string { return `shop_nodes{cluster=~".*"}` },
			unknownLabel, []string{"info: 4 queries match on"}},
		{"a label some metric carries is reported per query", 3, func(int) string { return `shop_nodes{op="get"}` },
			unknownLabel, []string{"error", "error", "error"}},
		{"aggregating by an undeclared label in many queries is one info", 3, func(int) string { return `sum by (cluster) (shop_nodes)` },
			groupingLabel, []string{"info: 3 queries aggregate by"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := runOne(testtool.LoadSpec(t, manyQueriesSpec(tc.n, tc.expr)), tc.check)
			if len(got) != len(tc.want) {
				t.Fatalf("want %d findings, got %v", len(tc.want), got)
			}
			for i, d := range got {
				if s := d.Severity.String() + ": " + d.Message; !strings.HasPrefix(s, tc.want[i]) {
					t.Errorf("finding %d = %q, want it to start with %q", i, s, tc.want[i])
				}
			}
		})
	}
}
