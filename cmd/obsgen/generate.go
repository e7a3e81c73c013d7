package main

import (
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/outdir"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/words"
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
output folder in one atomic step; what it wrote there before and no longer
generates, it removes. Given some of the services of a folder (SPEC), it
refuses to remove the others' output: give every service, or an output
folder of their own. Files obsgen did not write are left alone,
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
			if err := refusePartial(res, args, before, s, out); err != nil {
				return err
			}
			before = before.Allow(of.allowed(res))
			listForeign(cmd.ErrOrStderr(), out, before, "obsgen: warning: %s/%s%s: not written by obsgen; left alone, but obsgen check fails on it\n")
			// The manifest is not one of the files counted.
			written := len(slices.DeleteFunc(slices.Concat(before.Stale, before.Missing), func(p string) bool { return p == outdir.ManifestName }))
			removed := len(before.Extra)
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

// refusePartial stops a run given only some of the services of a folder
// (generate specs/shop, with specs/mall beside it) from removing what out
// holds of the others, which it would, as it removes what it wrote before
// and no longer generates: their output, and their part of the files
// every service shares (Alertmanager's routes, the docs' index). Exit 2.
func refusePartial(res *pipeline.Result, args []string, before outdir.Report, s *outdir.Stream, out string) error {
	if len(args) == 0 || !leavesOut(res) {
		return nil
	}
	counts := map[string]int{}
	for _, p := range before.Extra {
		if top, _, nested := strings.Cut(p, "/"); nested && !s.Holds(top) {
			counts[top]++
		}
	}
	if len(counts) == 0 {
		return nil
	}
	var parts []string
	for _, top := range slices.Sorted(maps.Keys(counts)) {
		parts = append(parts, fmt.Sprintf("%s/ (%s)", top, words.Count(counts[top], "file")))
	}
	return usagef("generating %s alone would remove what %s holds of the services beside it: %s. Run obsgen generate for every service, or give --out a folder of their own",
		strings.Join(args, " "), out, strings.Join(parts, ", "))
}

// leavesOut says whether a service folder beside one the run loaded holds
// a service the run did not load.
func leavesOut(res *pipeline.Result) bool {
	loaded := map[string]map[string]bool{} // by the folder holding them, the names loaded
	for _, c := range res.Catalogues {
		p := specload.Parent(c.Dir)
		if loaded[p] == nil {
			loaded[p] = map[string]bool{}
		}
		loaded[p][pipeline.FolderName(c.Dir)] = true
	}
	for p, names := range loaded {
		dirs, err := specload.Discover([]string{p})
		if err != nil {
			continue
		}
		for _, d := range dirs {
			if filepath.Clean(d) != filepath.Clean(p) && !names[pipeline.FolderName(d)] {
				return true
			}
		}
	}
	return false
}
