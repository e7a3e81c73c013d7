package ruletest

import (
	"fmt"
	"io"
	"strings"

	"github.com/obsgen/obsgen/internal/words"
)

// Tally counts the tests that passed and failed.
type Tally struct{ Passed, Failed int }

// WriteResults prints one service's results as go test does: a FAIL line
// for each failed test with its failures indented below (and a PASS line
// for each passed one when verbose), then the service's ok or FAIL line.
// It returns the counts.
func WriteResults(w io.Writer, service string, results []Result, verbose bool) (Tally, error) {
	var b strings.Builder
	var t Tally
	for _, r := range results {
		name := r.Service + "/" + r.Rule + "/" + r.Test
		if r.Passed() {
			t.Passed++
			if verbose {
				fmt.Fprintf(&b, "--- PASS: %s\n", name)
			}
			continue
		}
		t.Failed++
		fmt.Fprintf(&b, "--- FAIL: %s (%s)\n", name, r.Pos)
		for _, f := range r.Failures {
			fmt.Fprintf(&b, "    %s\n", strings.ReplaceAll(f, "\n", "\n    "))
		}
	}
	status := "ok  "
	if t.Failed > 0 {
		status = "FAIL"
	}
	fmt.Fprintf(&b, "%s\t%s\t%s\n", status, service, words.Count(len(results), "test"))
	_, err := io.WriteString(w, b.String())
	return t, err
}

// WriteCoverage lists every rule of a service and what its tests
// exercise, after a line that counts the rules fully covered.
func WriteCoverage(w io.Writer, service string, cov []Coverage) error {
	var b strings.Builder
	alerts, alertsDone, records, recordsDone := 0, 0, 0, 0
	for _, cv := range cov {
		if cv.Alert {
			alerts++
			if cv.Complete() {
				alertsDone++
			}
		} else {
			records++
			if cv.Complete() {
				recordsDone++
			}
		}
	}
	fmt.Fprintf(&b, "coverage %s: %d/%d alerts tested firing and not firing, %d/%d recording rules tested\n",
		service, alertsDone, alerts, recordsDone, records)
	width := 40
	for _, cv := range cov {
		width = max(width, len(cv.Rule))
	}
	for _, cv := range cov {
		var what string
		if cv.Alert {
			what = fmt.Sprintf("alert   firing: %s  not firing: %s", yesNo(cv.Firing), yesNo(cv.NotFiring))
		} else {
			what = fmt.Sprintf("record  values: %s", yesNo(cv.Values))
		}
		line := fmt.Sprintf("  %-*s %s  (%s)", width, cv.Rule, what, words.Count(cv.Tests, "test"))
		if m := cv.Missing(); m != "" {
			line += "  MISSING: " + m + " (" + cv.Pos.String() + ")"
		}
		b.WriteString(line + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// yesNo writes a flag in the coverage table's column width.
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no "
}

// Incomplete counts the rules whose coverage is not complete.
func Incomplete(cov []Coverage) int {
	n := 0
	for _, cv := range cov {
		if !cv.Complete() {
			n++
		}
	}
	return n
}
