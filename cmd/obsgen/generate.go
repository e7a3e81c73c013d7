package main

import (
	"errors"
	"fmt"
	"github.com/obsgen/obsgen/internal/words"

	"github.com/obsgen/obsgen/internal/outdir"
	"github.com/spf13/cobra"
)

func newGenerateCmd() *cobra.Command {
	var sf specFlags
	var of outFlags
	cmd := &cobra.Command{
		Use:   "generate [SPEC...]",
		Short: "Validate and lint the specs, then write every artifact to out/",
		Long: `generate loads each service folder (default: every folder under specs/),
validates and lints it, and when nothing is wrong writes all artifacts to the
output folder in one atomic step. Files obsgen did not write are left alone,
with a warning for each (obsgen check fails on them unless service.out.allow
or --allow-foreign accepts them). It never crosses a filesystem boundary:
with a volume mounted inside the output folder it stops before writing.`,
		Example: `  obsgen generate
  obsgen generate specs/rstmdb --out /tmp/out`,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := sf.outDir(cmd, of.out)
			res, err := loadChecked(cmd, &sf, args)
			if err != nil {
				return err
			}
			// The stream takes the folder's lock and writes each file that
			// differs into the new tree as it is made.
			s, err := outdir.OpenWrite(out)
			var folder *outdir.FolderError
			switch {
			case errors.As(err, &folder):
				return usage(err)
			case err != nil:
				return problems(err)
			}
			defer s.Close()
			before, err := generateInto(res, s, problems)
			if err != nil {
				return err
			}
			before = before.Allow(of.allowed(res))
			listForeign(cmd.ErrOrStderr(), out, before, "obsgen: warning: %s/%s%s: not written by obsgen; left alone, but obsgen check fails on it\n")
			written, removed := len(before.Stale)+len(before.Missing), len(before.Extra)
			// Commit leaves a folder that needs no change alone.
			err = s.Commit()
			if err == nil {
				err = s.Close()
			}
			if err != nil {
				return problems(err)
			}
			what := "unchanged"
			if before.Changed() {
				what = fmt.Sprintf("%d written, %d removed", written, removed)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "obsgen: %s, %s in %s (%s)\n",
				words.Count(len(res.Catalogues), "service"), words.Count(s.Len(), "file"), out, what)
			return nil
		},
	}
	sf.registerWithOut(cmd)
	of.register(cmd, "output folder")
	return cmd
}
