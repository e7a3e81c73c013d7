package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/obsgen/obsgen/internal/outdir"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/words"
	"github.com/spf13/cobra"
)

func newCheckCmd() *cobra.Command {
	var sf specFlags
	var of outFlags
	cmd := &cobra.Command{
		Use:   "check [SPEC...]",
		Short: "Do everything generate does, in memory, and fail if out/ differs",
		Long: `check is generate without writing: it validates, lints and generates in
memory, then compares with the output folder and lists stale, missing and
extra files, and foreign ones: files and symbolic links obsgen did not
write, which would be deployed with the folder (kubectl apply -f and Grafana
provisioning load every file in it), and mount points. It exits 1 when
anything is wrong, out of date or foreign: run it in CI. Deliberate extras
are accepted with service.out.allow in the spec (globs relative to
out/<service>/) or --allow-foreign; symbolic links never are.`,
		Example: `  obsgen check
  obsgen check specs/stemedb --out out
  obsgen check --changed-since origin/main   # only the services a branch touches
  obsgen check --allow-foreign 'README.md'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := sf.outDir(cmd, of.out)
			res, err := loadChecked(cmd, &sf, args)
			if err != nil {
				return err
			}
			// With --changed-since, only the changed services' folders are
			// read and reported, and those of the services removed since
			// (their output is extra; a removed service is known by its
			// folder's name): the others, and the organisation-wide files,
			// are what a full check compares.
			var names []string
			if sf.changedSince != "" {
				names = slices.Clone(sf.removed)
				for _, c := range res.Catalogues {
					names = append(names, c.Service.Name)
				}
			}
			// Each file is compared with the folder as it is made.
			s, err := outdir.OpenCompare(out, names)
			if err != nil {
				return usage(err)
			}
			defer s.Close()
			rep, err := generateInto(res, s, usage)
			if err != nil {
				return err
			}
			rep = rep.Allow(of.allowed(res))
			if sf.changedSince != "" {
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
			listForeign(w, out, rep, "foreign: %s/%s%s\n")
			if rep.Changed() {
				fmt.Fprintf(w, "obsgen: %s is out of date (%d stale, %d missing, %d extra): run obsgen generate and commit the result\n",
					out, len(rep.Stale), len(rep.Missing), len(rep.Extra))
			}
			if n := len(rep.Foreign) + len(rep.Mounts); n > 0 {
				fmt.Fprintf(w, "obsgen: %s holds %d %s obsgen did not write, deployed with it: delete %s, or list deliberate extras under service.out.allow (symbolic links and mount points are never accepted)\n",
					out, n, words.Noun(n, "thing", "things"), words.Noun(n, "it", "them"))
			}
			if !rep.Clean() {
				return reported()
			}
			fmt.Fprintf(w, "obsgen: %s is up to date (%s)\n", out, words.Count(s.Len(), "file"))
			return nil
		},
	}
	sf.registerWithOut(cmd)
	sf.registerChanged(cmd)
	of.register(cmd, "output folder to compare with")
	return cmd
}

// outFlags are the flags of the commands that write or compare out/.
type outFlags struct {
	out   string
	allow []string
}

func (f *outFlags) register(cmd *cobra.Command, outHelp string) {
	cmd.Flags().StringVarP(&f.out, "out", "o", "out", outHelp)
	cmd.Flags().StringArrayVar(&f.allow, "allow-foreign", nil, "glob, relative to --out, of files obsgen did not write that are there on purpose (repeatable; each spec's service.out.allow is added)")
}

// allowed is every allow-list glob: the flag's and the specs'.
func (f *outFlags) allowed(res *pipeline.Result) []string {
	return append(append([]string(nil), f.allow...), res.AllowedForeign()...)
}

// listForeign prints the foreign things of a report, one a line, with
// format taking the folder, the path and a note.
func listForeign(w io.Writer, out string, rep outdir.Report, format string) {
	links := map[string]bool{}
	for _, l := range rep.Symlinks {
		links[l] = true
	}
	for _, p := range rep.Foreign {
		note := ""
		if links[p] {
			note = " (symbolic link)"
		}
		fmt.Fprintf(w, format, out, p, note)
	}
	for _, p := range rep.Mounts {
		fmt.Fprintf(w, format, out, p, " (mount point: another filesystem)")
	}
}
