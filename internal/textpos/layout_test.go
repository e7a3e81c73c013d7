package textpos

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
)

func TestOffsetsMapToWhereEachLayoutWroteThem(t *testing.T) {
	start := diag.Pos{File: "f.yaml", Line: 3, Col: 9}
	src := strings.Split("expr: |\n  sum(\n    rate(x[5m]))\nq: \"a\\\"b\"\n", "\n")
	block := "sum(\n  rate(x[5m]))"
	blockLines := BlockLines(src, 1, 2, "f.yaml")
	cases := []struct {
		name   string
		layout Layout
		start  diag.Pos
		text   string
		off    int
		want   diag.Pos
	}{
		{"a plain value counts characters from its start", Layout{}, start, "rate(x[5m])", 5, diag.Pos{File: "f.yaml", Line: 3, Col: 14}},
		{"an offset past the end is its end", Layout{}, start, "up", 99, diag.Pos{File: "f.yaml", Line: 3, Col: 11}},
		{"a value known by its path stays there", Layout{}, diag.Pos{File: "f.jsonnet", Path: "a.b"}, "up", 1, diag.Pos{File: "f.jsonnet", Path: "a.b"}},
		{"a block maps each line to its own", Layout{Lines: blockLines}, blockLines[0], block, strings.Index(block, "rate"), diag.Pos{File: "f.yaml", Line: 3, Col: 5}},
		{"a quoted value skips its escapes", Layout{Cols: QuotedCols(src, 4, 4, `a"b`, true)}, diag.Pos{File: "f.yaml", Line: 4, Col: 5}, `a"b`, 2, diag.Pos{File: "f.yaml", Line: 4, Col: 8}},
		{"a located value maps every byte", Layout{At: []Loc{{Line: 7, Col: 2}, {Line: 8, Col: 4}, {Line: 8, Col: 5}}}, start, "ab", 1, diag.Pos{File: "f.yaml", Line: 8, Col: 4}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.layout.Pos(tc.start, tc.text, tc.off); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
