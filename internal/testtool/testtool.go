// Package testtool is what the tests of several packages share: real
// external programs (promtool, prometheus, shellcheck; Require skips a test
// when one is missing, unless OBSGEN_REQUIRE_TOOLS=1, set by `make test`
// and CI, where it fails), loading a catalogue (Load, Seed), running a
// generator (Generate, Files) and comparing with the committed out/, the
// seed services' one golden (CheckOut).
package testtool

import (
	"os"
	"os/exec"
	"testing"
)

// Require returns the path of program, skipping or failing the test when it
// is not installed.
func Require(t testing.TB, program string) string {
	t.Helper()
	return RequireFrom(t, program, "make deps")
}

// RequireFrom is Require for a program that the command install provides
// (scripts/engines.sh builds Thanos and VictoriaMetrics, and `make unit`
// puts them on PATH).
func RequireFrom(t testing.TB, program, install string) string {
	t.Helper()
	path, err := exec.LookPath(program)
	if err == nil {
		return path
	}
	if os.Getenv("OBSGEN_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s is required (OBSGEN_REQUIRE_TOOLS=1) but not on PATH: run `%s`", program, install)
	}
	t.Skipf("%s not installed; `%s` provides it (and `make test` runs it)", program, install)
	return ""
}

// Engines is how the query and rule engines beyond Prometheus (thanos,
// victoria-metrics, vmalert) are built and put on PATH.
const Engines = `PATH="$(scripts/engines.sh):$PATH"`
