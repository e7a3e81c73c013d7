package main

import (
	"fmt"

	"github.com/obsgen/obsgen/internal/outdir"
	"github.com/spf13/cobra"
)

func newGenerateCmd() *cobra.Command {
	var sf specFlags
	var out string
	cmd := &cobra.Command{
		Use:   "generate [SPEC...]",
		Short: "Validate and lint the specs, then write every artifact to out/",
		Long: `generate loads each service folder (default: every folder under specs/),
validates and lints it, and when nothing is wrong writes all artifacts to the
output folder in one atomic step. Files obsgen did not write are left alone.`,
		Example: `  obsgen generate
  obsgen generate specs/rstmdb --out /tmp/out`,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := sf.outDir(cmd, out)
			res, err := loadAndGenerate(cmd, &sf, args)
			if err != nil {
				return err
			}
			files := toOutdir(res.Files)
			before, err := outdir.Compare(out, files)
			if err != nil {
				return &exitError{exitUsage, err}
			}
			written, removed := len(before.Stale)+len(before.Missing), len(before.Extra)
			if !before.Clean() {
				if err := outdir.Write(out, files); err != nil {
					return &exitError{exitProblems, err}
				}
			}
			what := "unchanged"
			if !before.Clean() {
				what = fmt.Sprintf("%d written, %d removed", written, removed)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "obsgen: %s, %s in %s (%s)\n",
				count(len(res.Catalogues), "service"), count(len(files), "file"), out, what)
			return nil
		},
	}
	sf.registerWithOut(cmd)
	cmd.Flags().StringVarP(&out, "out", "o", "out", "output folder")
	return cmd
}
