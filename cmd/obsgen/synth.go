package main

import (
	"fmt"
	"path/filepath"

	"github.com/obsgen/obsgen/internal/synth"
	"github.com/spf13/cobra"
)

func newSynthCmd() *cobra.Command {
	var metrics, services int
	var shape synth.Shape
	var out, name string
	cmd := &cobra.Command{
		Use:    "synth (--metrics N | --services N) --out DIR",
		Short:  "Write a synthetic catalogue of N metrics, or an organisation of N services (for benchmarks)",
		Hidden: true,
		Long: `synth writes a realistic spec folder DIR/<name>/ with N metrics in groups of
20, N/2 alerts, N/10 recording rules, N/10 example queries and N/20
dashboards of 20 panels each. It lints clean, so it measures obsgen's
normal path. --alerts, --dashboards with --panels, and --slos change the
shape: --metrics 600 --alerts 70 --dashboards 20 --panels 250 is about the
size of the kubernetes-mixin.

With --services N it writes an organisation's monorepo instead: N services
DIR/svc0000... of 30 to 70 metrics (50 on average), half as many alerts and
at most two dashboards each, and a shared exporter catalogue DIR/node that
every fourth service uses and alerts on.`,
		Example: `  obsgen synth --metrics 2000 --out /tmp/bench/specs
  obsgen synth --metrics 600 --alerts 70 --dashboards 20 --panels 250 --out /tmp/k8s/specs
  obsgen synth --metrics 100 --slos 1000 --out /tmp/slos/specs
  obsgen synth --services 200 --out /tmp/org/specs`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if services > 0 {
				for _, c := range synth.Organisation(services) {
					if err := synth.WriteSpec(filepath.Join(out, c.Service.Name), c); err != nil {
						return problems(err)
					}
				}
				fmt.Fprintf(cmd.OutOrStdout(), "obsgen: wrote %d services and the shared %s catalogue to %s\n", services, synth.Exporter, out)
				return nil
			}
			if metrics < 1 {
				return usagef("--metrics must be at least 1")
			}
			dir := filepath.Join(out, name)
			shape.Metrics = metrics
			if err := synth.WriteSpec(dir, synth.Shaped(name, shape)); err != nil {
				return problems(err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "obsgen: wrote a %d-metric catalogue to %s\n", metrics, dir)
			return nil
		},
	}
	cmd.Flags().IntVar(&metrics, "metrics", 200, "number of metrics")
	cmd.Flags().IntVar(&shape.Alerts, "alerts", 0, "number of alerts (default half the metrics)")
	cmd.Flags().IntVar(&shape.Dashboards, "dashboards", 0, "number of dashboards holding --panels panels (default one of 20 panels per 20 metrics)")
	cmd.Flags().IntVar(&shape.Panels, "panels", 0, "number of panels over all --dashboards (default one per metric)")
	cmd.Flags().IntVar(&shape.SLOs, "slos", 0, "number of service level objectives")
	cmd.Flags().IntVar(&services, "services", 0, "write an organisation of this many services instead of one catalogue")
	cmd.Flags().StringVar(&out, "out", "", "folder to write the service folder (or folders) into")
	cmd.Flags().StringVar(&name, "name", "synth", "service name")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}
