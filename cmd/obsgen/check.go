package main

import (
	"fmt"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/outdir"
	"github.com/spf13/cobra"
)

func newCheckCmd() *cobra.Command {
	var sf specFlags
	var out string
	cmd := &cobra.Command{
		Use:   "check [SPEC...]",
		Short: "Do everything generate does, in memory, and fail if out/ differs",
		Long: `check is generate without writing: it validates, lints and generates in
memory, then compares with the output folder and lists stale, missing and
extra files. It exits 1 when anything is wrong or out of date: run it in CI.`,
		Example: `  obsgen check
  obsgen check specs/stemedb --out out
  obsgen check --changed-since origin/main   # only the services a branch touches`,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := sf.outDir(cmd, out)
			res, err := loadAndGenerate(cmd, &sf, args)
			if err != nil {
				return err
			}
			rep, err := outdir.Compare(out, toOutdir(res.Files))
			if err != nil {
				return &exitError{exitUsage, err}
			}
			if sf.changedSince != "" {
				// Only the changed services' folders: the others, and the
				// organisation-wide files, are what a full check compares.
				var names []string
				for _, c := range res.Catalogues {
					names = append(names, c.Service.Name)
				}
				rep = rep.Under(names)
			}
			w := cmd.OutOrStdout()
			for _, list := range []struct {
				what  string
				paths []string
			}{{"stale", rep.Stale}, {"missing", rep.Missing}, {"extra", rep.Extra}} {
				for _, p := range list.paths {
					fmt.Fprintf(w, "%s: %s/%s\n", list.what, out, p)
				}
			}
			if !rep.Clean() {
				fmt.Fprintf(w, "obsgen: %s is out of date (%d stale, %d missing, %d extra): run obsgen generate and commit the result\n",
					out, len(rep.Stale), len(rep.Missing), len(rep.Extra))
				return &exitError{exitProblems, nil}
			}
			fmt.Fprintf(w, "obsgen: %s is up to date (%s)\n", out, count(len(res.Files), "file"))
			return nil
		},
	}
	sf.registerWithOut(cmd)
	sf.registerChanged(cmd)
	cmd.Flags().StringVarP(&out, "out", "o", "out", "output folder to compare with")
	return cmd
}

// toOutdir converts generated files to the writer's type.
func toOutdir(files []generators.File) []outdir.File {
	out := make([]outdir.File, len(files))
	for i, f := range files {
		out[i] = outdir.File{Path: f.Path, Data: f.Data}
	}
	return out
}
