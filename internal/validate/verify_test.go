package validate_test

import (
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

func TestVerifyIgnoreEntriesMustBeGlobs(t *testing.T) {
	spec := "apiVersion: obsgen.dev/v1\nservice:\n  name: svc\n  verify:\n    ignore: [go_*, \"\", \"go_[\", 'process_?']\n"
	c, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	if c == nil || c.Service.Verify == nil || len(c.Service.Verify.Ignore) != 4 {
		t.Fatalf("verify.ignore not loaded: %+v", c)
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		"spec.yaml" + ":5:20: error: missing-field: verify.ignore entry 2 is empty",
		"spec.yaml" + `:5:24: error: bad-value: verify.ignore "go_[" is not a valid glob (use * and ?, e.g. go_*)`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got  %s\nwant %s", got[i], want[i])
		}
	}
}
