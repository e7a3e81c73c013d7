package main

import (
	"fmt"
	"github.com/obsgen/obsgen/internal/words"

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
			if err := refuseErrors(cmd.ErrOrStderr(), res, "text", specsNamed(args), "testing"); err != nil {
				return err
			}
			var all ruletest.Tally
			missing := 0
			for _, c := range res.Catalogues {
				results, err := ruletest.Run(c)
				if err != nil {
					return problemsf("%s: %w", c.Service.Name, err)
				}
				t, err := ruletest.WriteResults(out, c.Service.Name, results, verbose)
				if err != nil {
					return err
				}
				all.Passed, all.Failed = all.Passed+t.Passed, all.Failed+t.Failed
			}
			for _, c := range res.Catalogues {
				cov := ruletest.Cover(c)
				missing += ruletest.Incomplete(cov)
				if coverage {
					if err := ruletest.WriteCoverage(out, c.Service.Name, cov); err != nil {
						return err
					}
				}
			}
			fmt.Fprintf(out, "%d passed, %d failed\n", all.Passed, all.Failed)
			if all.Failed > 0 {
				return reported()
			}
			if requireCoverage && missing > 0 {
				return problemsf("%s not fully covered by tests (see --coverage)", words.IsAre(words.Count(missing, "rule")))
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
