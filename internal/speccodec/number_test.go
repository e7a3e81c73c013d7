package speccodec

import (
	"math"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestANumberIsReadAsYAMLReadsIt(t *testing.T) {
	for _, text := range []string{
		"0", "1", "-1", "+1", "-0", "010", "08", "1.5", "-.5e-3", ".5", "1.", "1e3", "1E+3", "0e5",
		"9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
		"123456789012345678901234567890", "1e400", "0.1", "2.5e-310", "00", "-010", "1_000", "0x1F", ".inf", ".", "1e", "+-1", "-1-",
	} {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte("v: "+text), &doc); err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		n := doc.Content[0].Content[1]
		var want float64
		werr := n.Decode(&want)
		got, ok := plainDecimal(text)
		switch {
		case !ok:
			// yaml.v3 decodes it: nothing to compare.
		case werr != nil:
			t.Errorf("%s: read as %v, where yaml.v3 refuses it: %v", text, got, werr)
		case math.Float64bits(got) != math.Float64bits(want):
			t.Errorf("%s: read as %v, where yaml.v3 reads %v", text, got, want)
		}
	}
}
