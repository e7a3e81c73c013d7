package promql

import (
	"strings"
	"testing"

	"github.com/prometheus/prometheus/promql/parser/posrange"
)

func TestLabelNamesAreFoundWhereTheyAreWritten(t *testing.T) {
	text := `sum by (op) (rate(x{op="by op", code=~"5.."}[5m])) # op in a comment`
	for _, tc := range []struct {
		name string
		got  int
		want string // the text at the offset
	}{
		{"the first identifier equal to the name", IdentOffset(text, 0, len(text), "op"), "op) ("},
		{"a name inside a string is not one", IdentOffset(text, 13, len(text), "op"), `op="by`},
		{"a name after a keyword", IdentAfter(text, 0, len(text), []string{"by"}, "op"), "op) ("},
		{"a skipped range is left out", IdentOffset(text, 0, len(text), "op", posrange.PositionRange{Start: 0, End: 12}), `op="by`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got < 0 || !strings.HasPrefix(text[tc.got:], tc.want) {
				t.Errorf("offset %d, want the %q", tc.got, tc.want)
			}
		})
	}
	if i := IdentOffset(text, 0, len(text), "comment"); i != -1 {
		t.Errorf("a word of a comment was found at %d", i)
	}
}

func TestIdentsAreTheNamesOfEvenAnExpressionThatDoesNotParse(t *testing.T) {
	got := strings.Join(Idents(`rate(shop_total{a="b c"}[5m] > 1`), ",")
	if got != "rate,shop_total,a" {
		t.Errorf("got %s", got)
	}
}
