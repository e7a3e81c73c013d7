// Package testtool helps tests use real external programs (promtool,
// prometheus, shellcheck): a test skips when the program is missing, unless
// OBSGEN_REQUIRE_TOOLS=1 (set by `make test` and CI), where it fails.
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
	path, err := exec.LookPath(program)
	if err == nil {
		return path
	}
	if os.Getenv("OBSGEN_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s is required (OBSGEN_REQUIRE_TOOLS=1) but not on PATH: run `make deps`", program)
	}
	t.Skipf("%s not installed; `make test` installs it", program)
	return ""
}
