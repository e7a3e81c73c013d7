package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/diff"
	"github.com/obsgen/obsgen/internal/gitrev"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/words"
	"github.com/spf13/cobra"
)

func newDiffCmd() *cobra.Command {
	var sf specFlags
	var base, baseDir, format, failOn string
	cmd := &cobra.Command{
		Use:   "diff [SPEC...] [--base REF | --base-dir DIR]",
		Short: "Say what a change does: alerts, rules, metrics and their dependents, dashboards",
		Long: `diff compares the catalogues of the work tree with those of a base, by meaning
rather than text: alerts and recording rules added, removed, renamed or
changed (expression, threshold, for, severity, labels, annotations, and
the receiver, grouping and timings Alertmanager's routing gives them) with
before and after; metrics added, removed, renamed, retyped or losing labels,
each with every alert, recording rule, query and panel that reads it (in
its service and in those that use it) and what became of it; scrape jobs
renamed or removed, with what selects them; SLOs
(objective, window, labels, SLI); dashboards, panels and example queries;
and, both sides generated in memory, each service's generated files that
change (docs pages first) and the links obsgen adds to alerts
(dashboard_url, runbook_url), which no spec shows.

A metric or a recording rule's series removed, renamed or retyped, and a
metric's label removed or renamed, is breaking: whoever reads the exported
series loses data.

The base is a git revision (--base REF, default the merge base of HEAD with
the default branch), read with git archive into a temporary folder without
touching the work tree or the index; only the services whose spec folders
changed since it (and those that use them) are loaded. Or --base-dir DIR, a
folder holding the base's SPEC paths (a checkout of the base).

The work tree's specs must load without errors (they are printed; a file
that does not decode would otherwise read as everything in it removed);
lint's findings do not matter here.

Exit codes: 0; 1 with --fail-on breaking when a change is breaking, and
when the work tree's specs have errors; 2 usage or unreadable input, such
as a base whose specs have errors.`,
		Example: `  obsgen diff                              # against the merge base with main
  obsgen diff --base origin/main --format markdown > diff.md
  obsgen diff --format github --fail-on breaking   # annotations in a workflow
  obsgen diff --base-dir ../main specs/shop`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := diag.CheckFormat(format, diff.Formats); err != nil {
				return usage(err)
			}
			if failOn != "breaking" && failOn != "never" {
				return usagef("unknown --fail-on %q (want breaking or never)", failOn)
			}
			if base != "" && baseDir != "" {
				return usagef("give --base or --base-dir, not both")
			}
			opts, err := sf.options(args)
			if err != nil {
				return err
			}
			var rep *diff.Report
			if baseDir != "" {
				rep, err = diffDir(cmd.ErrOrStderr(), opts, baseDir, sf.changedSince)
			} else {
				rep, err = diffGit(cmd.ErrOrStderr(), opts, base, sf.changedSince)
			}
			if err != nil {
				return err
			}
			if file := repositoryFile(format); file != nil {
				for i := range rep.Changes {
					rep.Changes[i].Pos.File = file(rep.Changes[i].Pos.File)
				}
			}
			if err := diff.Write(cmd.OutOrStdout(), rep, format); err != nil {
				return err
			}
			if failOn == "breaking" && rep.Breaking() > 0 {
				return reported()
			}
			return nil
		},
	}
	sf.register(cmd)
	sf.registerChanged(cmd)
	cmd.Flags().StringVar(&base, "base", "", "git revision to compare with (default the merge base of HEAD with the default branch)")
	cmd.Flags().StringVar(&baseDir, "base-dir", "", "compare with the SPEC paths under `DIR` (a checkout of the base) instead of a git revision")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+diag.Choices(diff.Formats))
	cmd.Flags().StringVar(&failOn, "fail-on", "never", "exit 1 when a change is breaking (breaking), or never")
	return cmd
}

// diffGit compares the work tree with a git revision: the revision's spec
// folders are exported to a temporary folder (see gitrev for why git
// archive), and only the services changed since it are loaded on each side,
// since the others cannot differ.
func diffGit(w io.Writer, opts pipeline.Options, ref, changedSince string) (*diff.Report, error) {
	repo, err := gitrev.Open(".")
	if err != nil {
		return nil, usage(err)
	}
	how := ref
	if ref == "" {
		if ref, err = repo.MergeBase(); err != nil {
			return nil, usage(err)
		}
		how = "the merge base"
	}
	rev, err := repo.Resolve(ref)
	if err != nil {
		return nil, usage(err)
	}
	specs := opts.Specs
	if len(specs) == 0 {
		specs = []string{"specs"}
	}
	var files []string
	if changedSince == "" {
		files, err = changedIn(repo, rev, specs)
	} else {
		files, err = changedFiles(changedSince, specs)
	}
	if err != nil {
		return nil, err
	}
	ch, err := pipeline.ChangedServices(specs, files, opts.Catalogue)
	if err != nil {
		return nil, usage(err)
	}
	tmp, err := os.MkdirTemp("", "obsgen-diff-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	var export, baseSpecs []string
	for _, s := range specs {
		rel, err := repo.Rel(s)
		if err != nil {
			return nil, usage(err)
		}
		// A service folder's organisation.yaml and the services it uses
		// live beside it: export from its parent.
		root := rel
		if dirs, err := specload.Discover([]string{s}); err == nil && len(dirs) == 1 && dirs[0] == filepath.Clean(s) {
			root = filepath.ToSlash(filepath.Dir(filepath.FromSlash(rel)))
		}
		paths, err := exportPaths(repo, rev, root, ch)
		if err != nil {
			return nil, usage(err)
		}
		export = append(export, paths...)
		baseSpecs = append(baseSpecs, filepath.Join(tmp, filepath.FromSlash(rel)))
	}
	if err := repo.Export(rev, export, tmp); err != nil {
		return nil, usage(err)
	}
	cwd, _ := os.Getwd()
	label := shortRev(rev)
	if how != rev {
		label += " (" + how + ")"
	}
	mapFile := func(f string) string {
		rel, err := filepath.Rel(tmp, f)
		if err != nil || !filepath.IsLocal(rel) {
			return f
		}
		if r, err := filepath.Rel(cwd, filepath.Join(repo.Top, rel)); err == nil {
			return r
		}
		return rel
	}
	// The base's own problems name its files as git does a file at a
	// revision (git show REV:PATH prints it).
	atRev := func(f string) string {
		if rel, err := filepath.Rel(tmp, f); err == nil && filepath.IsLocal(rel) {
			return shortRev(rev) + ":" + filepath.ToSlash(rel)
		}
		return f
	}
	return compare(w, opts, specs, baseSpecs, ch, diff.Options{Base: label, BaseFile: mapFile}, atRev)
}

// exportPaths returns what to export of the folder of services root: all
// of it when every service is touched, else its own files (such as
// organisation.yaml) and the touched services' folders. Writing only those
// keeps a diff of one service in a monorepo of hundreds fast.
func exportPaths(repo *gitrev.Repo, rev, root string, ch *pipeline.Changed) ([]string, error) {
	if ch.All {
		return []string{root}, nil
	}
	entries, err := repo.List(rev, root)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.Dir || ch.Names[e.Name] {
			out = append(out, path.Join(root, e.Name))
		}
	}
	return out, nil
}

// diffDir compares the work tree with the same SPEC paths under dir, which
// must be a folder (a SPEC path missing in it is a base that predates it).
func diffDir(w io.Writer, opts pipeline.Options, dir, changedSince string) (*diff.Report, error) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, usagef("--base-dir %s: not a folder", dir)
	}
	specs := opts.Specs
	if len(specs) == 0 {
		specs = []string{"specs"}
	}
	var baseSpecs []string
	for _, s := range specs {
		if filepath.IsAbs(s) || !filepath.IsLocal(s) {
			return nil, usagef("with --base-dir, give SPEC paths inside the current folder (%s is not)", s)
		}
		baseSpecs = append(baseSpecs, filepath.Join(dir, s))
	}
	if len(existing(baseSpecs)) == 0 {
		// A checkout of the base holds the SPEC paths; a folder of the
		// services themselves (base/shop for specs/shop) does not.
		fmt.Fprintf(w, "obsgen: warning: %s holds none of %s, so everything is reported added: give --base-dir the folder the SPEC paths are relative to (a checkout of the base)\n",
			dir, strings.Join(specs, ", "))
	}
	ch := &pipeline.Changed{All: true}
	if changedSince != "" {
		files, err := changedFiles(changedSince, specs)
		if err != nil {
			return nil, err
		}
		if ch, err = pipeline.ChangedServices(specs, files, opts.Catalogue); err != nil {
			return nil, usage(err)
		}
	}
	mapFile := func(f string) string {
		if rel, err := filepath.Rel(dir, f); err == nil && filepath.IsLocal(rel) {
			return rel
		}
		return f
	}
	return compare(w, opts, specs, baseSpecs, ch, diff.Options{Base: dir, BaseFile: mapFile}, func(f string) string { return f })
}

// compare loads the touched services of the work tree and of the base and
// compares them; none touched is nothing to compare. Both sides must load
// without errors, or the comparison would report what a broken file drops
// as removed (or added): the work tree's are printed to w and stop the
// command (exit 1), the base's too, as unreadable input (exit 2), each in
// the file baseFile names. A base folder with no service (every touched
// service is new) has none.
func compare(w io.Writer, opts pipeline.Options, specs, baseSpecs []string, ch *pipeline.Changed, dopts diff.Options, baseFile func(string) string) (*diff.Report, error) {
	if !ch.All && len(ch.Names) == 0 {
		return diff.Compare(nil, nil, dopts), nil
	}
	opts.SkipLint = true
	head, err := loadTouched(opts, specs, ch)
	if err != nil {
		return nil, err
	}
	if err := refuseErrors(w, head, "text", strings.Join(specs, " "), "comparing them with the base"); err != nil {
		return nil, err
	}
	base, err := loadTouched(opts, existing(baseSpecs), ch)
	switch {
	case errors.Is(err, specload.ErrNoSpecs):
		base = &pipeline.Result{}
	case err != nil:
		return nil, err
	}
	if errs := base.Diags.AtLeast(diag.Error); len(errs) > 0 {
		for i := range errs {
			errs[i].Pos.File = baseFile(errs[i].Pos.File)
		}
		if err := diag.Write(w, errs, nil, "text", errorsText); err != nil {
			return nil, err
		}
		return nil, usagef("the base (%s) has %s in the specs compared", dopts.Base, words.Count(len(errs), "error"))
	}
	dopts.Annotations = prometheus.Annotations
	rep := diff.Compare(base.Catalogues, head.Catalogues, dopts)
	// Generating lets go of the catalogues' field positions, which the
	// comparison reads: it comes second.
	before, err := outputsOf(base)
	if err != nil {
		return nil, fmt.Errorf("generating the base: %w", err)
	}
	after, err := outputsOf(head)
	if err != nil {
		return nil, fmt.Errorf("generating the work tree: %w", err)
	}
	rep.AddOutputs(head.Catalogues, before, after)
	return rep, nil
}

// outputsOf generates a loaded set of services in memory and returns each
// file's digest.
func outputsOf(res *pipeline.Result) (diff.Outputs, error) {
	var mu sync.Mutex
	out := diff.Outputs{}
	err := res.GenerateTo(func(f generators.File) error {
		sum := sha256.Sum256(f.Data)
		mu.Lock()
		out[f.Path] = sum
		mu.Unlock()
		return nil
	})
	return out, err
}

// loadTouched loads the services of specs that ch touches; none when
// specs is empty or none is touched.
func loadTouched(opts pipeline.Options, specs []string, ch *pipeline.Changed) (*pipeline.Result, error) {
	none := &pipeline.Result{Sources: diag.Sources{}}
	if len(specs) == 0 {
		return none, nil
	}
	dirs, err := pipeline.Restrict(specs, ch)
	if err != nil {
		return nil, usage(err)
	}
	if len(dirs) == 0 {
		return none, nil
	}
	opts.Specs = dirs
	res, err := pipeline.Load(opts)
	if err != nil {
		return nil, usage(err)
	}
	return res, nil
}

// existing keeps the paths that exist (a base may predate a spec folder).
func existing(paths []string) []string {
	var out []string
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// shortRev abbreviates a commit name for reports.
func shortRev(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}
