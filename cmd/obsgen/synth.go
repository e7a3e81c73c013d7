package main

import (
	"fmt"
	"path/filepath"

	"github.com/obsgen/obsgen/internal/synth"
	"github.com/spf13/cobra"
)

func newSynthCmd() *cobra.Command {
	var metrics int
	var out, name string
	cmd := &cobra.Command{
		Use:    "synth --metrics N --out DIR",
		Short:  "Write a synthetic catalogue of N metrics (for benchmarks)",
		Hidden: true,
		Long: `synth writes a realistic spec folder DIR/<name>/ with N metrics in groups of
20, N/2 alerts, N/10 recording rules, N/10 example queries and N/20
dashboards of 20 panels each. It lints clean, so it measures obsgen's
normal path.`,
		Example: `  obsgen synth --metrics 2000 --out /tmp/bench/specs`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if metrics < 1 {
				return &exitError{exitUsage, fmt.Errorf("--metrics must be at least 1")}
			}
			dir := filepath.Join(out, name)
			if err := synth.WriteSpec(dir, synth.Catalogue(name, metrics)); err != nil {
				return &exitError{exitProblems, err}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "obsgen: wrote a %d-metric catalogue to %s\n", metrics, dir)
			return nil
		},
	}
	cmd.Flags().IntVar(&metrics, "metrics", 200, "number of metrics")
	cmd.Flags().StringVar(&out, "out", "", "folder to write the service folder into")
	cmd.Flags().StringVar(&name, "name", "synth", "service name")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}
