package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/ruletest"
	"github.com/spf13/cobra"
)

func newTestCmd() *cobra.Command {
	var sf specFlags
	var verbose, coverage, requireCoverage bool
	cmd := &cobra.Command{
		Use:   "test [SPEC...]",
		Short: "Run the alert and recording-rule tests declared in the specs",
		Long: `test runs every test declared under a rule's tests: in the specs, in-process,
with the Prometheus rules manager and PromQL engine: the input series are
loaded, the rule files obsgen generates are evaluated step by step, and the
firing alerts (labels and expanded annotations) and recording rules' values
are compared with the expectations. The same tests are written to
out/<service>/prometheus/tests/ for promtool test rules.

--coverage lists every rule with what its tests exercise: an alert should be
tested both firing and not firing (an alerts: check with firing: []), a
recording rule by a values: check. --require-coverage fails when one is not.

Several rules may share an alert name when their labels differ (a warning
and a critical variant). Each variant is reported and covered on its own,
named with its labels: DiskFull{severity="critical"}. As in promtool, an
alerts: check compares every firing instance of the name, whichever rule
fired it: a test of the critical rule lists the warning rule's instances
too, with severity: warning among their labels. A check that lists an
instance of a variant tests it firing; one that lists none tests it not
firing.

Exit codes: 0 all passed, 1 a test failed (or coverage is missing with
--require-coverage, or the specs have errors), 2 usage.`,
		Example: `  obsgen test
  obsgen test specs/rstmdb -v
  obsgen test --coverage --require-coverage`,
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := load(&sf, args)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if errs := errorsOnly(res.Diags); len(errs) > 0 {
				if err := diag.WriteText(cmd.ErrOrStderr(), errs, res.Sources); err != nil {
					return err
				}
				return &exitError{exitProblems, fmt.Errorf("the specs have %s; fix them (obsgen lint) before testing", count(len(errs), "error"))}
			}
			passed, failed, err := runTests(out, res, verbose)
			if err != nil {
				return &exitError{exitProblems, err}
			}
			missing := 0
			for _, c := range res.Catalogues {
				cov := ruletest.Cover(c)
				for _, cv := range cov {
					if !cv.Complete() {
						missing++
					}
				}
				if coverage {
					printCoverage(out, c.Service.Name, cov)
				}
			}
			fmt.Fprintf(out, "%d passed, %d failed\n", passed, failed)
			if failed > 0 {
				return &exitError{exitProblems, nil}
			}
			if requireCoverage && missing > 0 {
				return &exitError{exitProblems, fmt.Errorf("%s not fully covered by tests (see --coverage)", isAre(count(missing, "rule")))}
			}
			return nil
		},
	}
	sf.register(cmd)
	sf.registerChanged(cmd)
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every test, not only failures")
	cmd.Flags().BoolVar(&coverage, "coverage", false, "list each rule's test coverage")
	cmd.Flags().BoolVar(&requireCoverage, "require-coverage", false, "exit 1 when an alert is not tested both firing and not firing, or a recording rule is untested")
	return cmd
}

// runTests runs each service's tests and prints them as go test does.
func runTests(w io.Writer, res *pipeline.Result, verbose bool) (passed, failed int, err error) {
	for _, c := range res.Catalogues {
		results, err := ruletest.Run(c)
		if err != nil {
			return passed, failed, fmt.Errorf("%s: %w", c.Service.Name, err)
		}
		svcFailed := 0
		for _, r := range results {
			name := r.Service + "/" + r.Rule + "/" + r.Test
			if r.Passed() {
				passed++
				if verbose {
					fmt.Fprintf(w, "--- PASS: %s\n", name)
				}
				continue
			}
			failed++
			svcFailed++
			fmt.Fprintf(w, "--- FAIL: %s (%s)\n", name, r.Pos)
			for _, f := range r.Failures {
				fmt.Fprintf(w, "    %s\n", strings.ReplaceAll(f, "\n", "\n    "))
			}
		}
		status := "ok  "
		if svcFailed > 0 {
			status = "FAIL"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", status, c.Service.Name, count(len(results), "test"))
	}
	return passed, failed, nil
}

// printCoverage lists every rule of a service and what its tests exercise.
func printCoverage(w io.Writer, service string, cov []ruletest.Coverage) {
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
	fmt.Fprintf(w, "coverage %s: %d/%d alerts tested firing and not firing, %d/%d recording rules tested\n",
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
		line := fmt.Sprintf("  %-*s %s  (%s)", width, cv.Rule, what, count(cv.Tests, "test"))
		if m := cv.Missing(); m != "" {
			line += "  MISSING: " + m + " (" + cv.Pos.String() + ")"
		}
		fmt.Fprintln(w, line)
	}
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no "
}

// errorsOnly keeps the error diagnostics: warnings do not stop tests.
func errorsOnly(l diag.List) diag.List {
	var out diag.List
	for _, d := range l {
		if d.Severity == diag.Error {
			out = append(out, d)
		}
	}
	return out
}
