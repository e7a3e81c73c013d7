package main

import (
	"io"

	"github.com/spf13/cobra"
)

// newRoot builds the command tree. Output goes to the writers given, so
// tests run the real commands in-process.
func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "obsgen",
		Short: "Monitoring as code: one catalogue per service, every monitoring artifact generated and checked",
		Long: `obsgen reads one catalogue per service (specs/<service>/: metrics, labels,
queries, dashboards, alerts, scrape targets, logging, health checks) and
generates Prometheus rules and configs, Grafana dashboards, Kubernetes
objects, log shipping configs, a health-check script and reference docs into
out/<service>/. Every PromQL expression is checked against the catalogue
before anything is written.

Exit codes: 0 ok, 1 problems found (or out/ stale for check), 2 usage or
unreadable input.`,
		Example: `  obsgen generate                 # specs/ -> out/
  obsgen check                    # fail if out/ is not what the specs generate
  obsgen lint specs/rstmdb --format github`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	addProfiling(root)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(
		newGenerateCmd(),
		newCheckCmd(),
		newLintCmd(),
		newSchemaCmd(),
		newInitCmd(),
		newVerifyCmd(),
		newImportCmd(),
		newTestCmd(),
		newSimulateCmd(),
		newSynthCmd(),
		newDiffCmd(),
	)
	return root
}
