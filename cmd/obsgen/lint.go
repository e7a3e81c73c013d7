package main

import (
	"fmt"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/spf13/cobra"
)

func newLintCmd() *cobra.Command {
	var sf specFlags
	var format, failOn string
	var mixins []string
	cmd := &cobra.Command{
		Use:   "lint [SPEC...]",
		Short: "Report problems in the specs without generating anything",
		Long: `lint validates each catalogue and checks every PromQL expression in it
(alerts, recording rules, dashboards, example queries) against the catalogue's
metrics, types and labels. Diagnostics go to standard output.`,
		Example: `  obsgen lint
  obsgen lint specs/rstmdb --format json
  obsgen lint --format github --fail-on warning   # in a GitHub workflow
  obsgen lint --mixin vendor/rstmdb-mixin specs/rstmdb   # an upstream mixin's queries
  obsgen lint --mixin kubernetes-mixin specs/node specs/kube-state-metrics specs/cadvisor
  obsgen lint --mixin grafana/dashboard.json specs/nginx        # a published dashboard or rule file
  obsgen lint --mixin alerts/general.yaml --mixin rules/rules.yaml specs/mysqld   # files read as one mixin`,
		RunE: func(cmd *cobra.Command, args []string) error {
			threshold, err := diag.ParseSeverity(failOn)
			if err != nil {
				return usage(err)
			}
			if err := diag.CheckFormat(format, diag.Formats); err != nil {
				return usage(err)
			}
			res, err := load(&sf, args)
			if err != nil {
				return err
			}
			if sf.changedSince != "" && len(res.Catalogues) == 0 && format == "text" {
				_, err := fmt.Fprintf(cmd.OutOrStdout(), "no service changed since %s: nothing to lint\n", sf.changedSince)
				return err
			}
			if len(mixins) > 0 {
				if res, err = lintMixin(res, mixins, &sf, args); err != nil {
					return err
				}
			}
			if err := diag.Write(cmd.OutOrStdout(), inRepository(format, res.Diags), res.Sources, format, lintText); err != nil {
				return err
			}
			if res.Diags.Count(threshold) > 0 {
				return reported()
			}
			return nil
		},
	}
	sf.register(cmd)
	sf.registerChanged(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+diag.Choices(diag.Formats))
	cmd.Flags().StringVar(&failOn, "fail-on", "error", "exit 1 when a diagnostic is at least this severe: error, warning or info")
	cmd.Flags().StringArrayVar(&mixins, "mixin", nil, "lint the alerts, rules and dashboards of the monitoring mixin in `DIR` (DIR/mixin.libsonnet, DIR/vendor), or of one published file (a Grafana dashboard's .json, a Prometheus rule file's .yaml), against the SPECs instead of the specs themselves: the first SPEC's catalogue, reading the others' metrics too (a mixin for several exporters); repeated, the mixins are read as one (a mixin published as several files)")
	return cmd
}
