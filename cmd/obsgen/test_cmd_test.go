package main

import (
	"strings"
	"testing"
)

func TestObsgenTestPassesForTheSeedsWithFullCoverage(t *testing.T) {
	root := copySpecs(t)
	code, stdout, stderr := obsgen(t, root, "test", "--coverage", "--require-coverage")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	// Each SLO adds nine tests: its alerts' eight (each window pair firing
	// just above its burn rate, silent just below) and one of the series
	// it records.
	for _, want := range []string{"ok  \trstmdb\t28 tests", "ok  \tstemedb\t17 tests", "45 passed, 0 failed",
		"coverage rstmdb: 9/9 alerts tested firing and not firing, 28/28 recording rules tested", "coverage stemedb: 6/6 alerts"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}
