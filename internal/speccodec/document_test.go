package speccodec

import (
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
)

func TestAQuoteLeftOpenIsBlamedButOneThatGoesOnOverLinesIsNot(t *testing.T) {
	for _, tc := range []struct {
		name, yaml, want string
	}{
		{"a quote left open is where the error is said to be",
			"a:\n  b: 'open\n  c: x\n  d: 'y'\n  e: z\n",
			"f:2:3: error: syntax: this line opens a quote it does not close, so YAML reads on as its text and fails on line 4: did not find expected key (in the block that starts on line 1)"},
		{"a quoted value written over two lines is YAML, and a later mistake is the error",
			"a:\n  b: 'goes\n    on'\n  c: {d: e\n",
			"f:4:3: error: syntax: did not find expected ',' or '}' (in the block that starts on line 3)"},
		{"an escaped quote does not close a double-quoted value",
			"a:\n  b: \"say \\\"hi\n  c: x\n",
			"f:2:3: error: syntax: this line opens a quote it does not close: found unexpected end of stream"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var diags diag.List
			Parse("f", []byte(tc.yaml), &diags)
			if len(diags) != 1 || diags[0].String() != tc.want {
				t.Errorf("got %v\nwant %s", diags, tc.want)
			}
		})
	}
}
