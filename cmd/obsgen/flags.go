package main

import (
	"strings"
	"time"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/spf13/cobra"
)

// specFlags are the flags every command that loads specs shares.
type specFlags struct {
	jpaths  []string
	extStr  []string
	extCode []string
	env     string
	// changedSince is --changed-since, on the commands that take it;
	// removed, once load has run with it, names the service folders
	// removed since that revision.
	changedSince string
	removed      []string
	// readOutside lifts the read boundary (--read-outside-specs).
	readOutside bool
	// maxSpecBytes bounds what a run reads (--max-spec-bytes).
	maxSpecBytes int64
	// jsonnetTimeout bounds each Jsonnet evaluation (--jsonnet-timeout).
	jsonnetTimeout time.Duration
}

// registerChanged adds --changed-since to a command that loads specs.
func (f *specFlags) registerChanged(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.changedSince, "changed-since", "", "work only on the services whose spec folders (or those of the services they use, or a shared file beside them) changed since git revision `REF`, committed or not; their results are those of a full run")
}

func (f *specFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringArrayVarP(&f.jpaths, "jpath", "J", nil, "Jsonnet library folder (repeatable)")
	cmd.Flags().StringArrayVar(&f.extStr, "ext-str", nil, "Jsonnet external string variable NAME=VALUE (repeatable)")
	cmd.Flags().StringArrayVar(&f.extCode, "ext-code", nil, "Jsonnet external code variable NAME=CODE (repeatable)")
	cmd.Flags().BoolVar(&f.readOutside, "read-outside-specs", false, "let spec files and Jsonnet imports read files outside the spec root and the -J folders (absolute paths, .. and symbolic links leading out); only for specs you trust")
	cmd.Flags().DurationVar(&f.jsonnetTimeout, "jsonnet-timeout", 10*time.Second, "give up evaluating a Jsonnet file after this long (each runs in a child process, also bounded in CPU time and memory)")
	cmd.Flags().Int64Var(&f.maxSpecBytes, "max-spec-bytes", specload.DefaultRunBytes, "read at most this many bytes of specs in one run, all services together (spec files, and Jsonnet documents as evaluated)")
	cmd.Flags().StringVar(&f.env, "env", "", "merge the overlays of environment `NAME` (overlays/NAME/ in each service folder) over the base spec")
}

// registerWithOut registers the spec flags of a command that writes or
// compares an output folder: with --env, that folder is out-NAME.
func (f *specFlags) registerWithOut(cmd *cobra.Command) {
	f.register(cmd)
	cmd.Flags().Lookup("env").Usage += "; the output folder is then out-NAME unless --out is given"
}

// outDir is the output folder: --out, or out-<env> for an environment
// when --out is not given, so that an environment never overwrites out/.
func (f *specFlags) outDir(cmd *cobra.Command, out string) string {
	if f.env != "" && !cmd.Flags().Changed("out") {
		return "out-" + f.env
	}
	return out
}

// options builds pipeline options from the flags and positional specs.
func (f *specFlags) options(args []string) (pipeline.Options, error) {
	opts := pipeline.Options{Specs: args}
	j := &opts.Catalogue.Jsonnet
	j.JPaths = f.jpaths
	var err error
	if j.ExtStr, err = keyValues("--ext-str", f.extStr); err != nil {
		return opts, err
	}
	if j.ExtCode, err = keyValues("--ext-code", f.extCode); err != nil {
		return opts, err
	}
	if f.env != "" && !specload.ValidEnv(f.env) {
		return opts, usagef("--env %q: an environment is named with letters, digits, '.', '_' and '-'", f.env)
	}
	opts.Catalogue.Env = f.env
	opts.Catalogue.ReadOutside = f.readOutside
	if f.maxSpecBytes <= 0 {
		return opts, usagef("--max-spec-bytes %d: give a positive number of bytes", f.maxSpecBytes)
	}
	opts.MaxSpecBytes = f.maxSpecBytes
	if f.jsonnetTimeout <= 0 {
		return opts, usagef("--jsonnet-timeout %s: give a positive duration", f.jsonnetTimeout)
	}
	j.Timeout = f.jsonnetTimeout
	j.ReadOutside = f.readOutside
	return opts, nil
}

func keyValues(flag string, pairs []string) (map[string]string, error) {
	if len(pairs) == 0 {
		return nil, nil
	}
	out := map[string]string{}
	for _, p := range pairs {
		k, v, ok := strings.Cut(p, "=")
		if !ok || k == "" {
			return nil, usagef("%s %q: want NAME=VALUE", flag, p)
		}
		out[k] = v
	}
	return out, nil
}

// load runs the pipeline's load step and maps its failures to exit codes.
func load(f *specFlags, args []string) (*pipeline.Result, error) {
	opts, err := f.options(args)
	if err != nil {
		return nil, err
	}
	if f.changedSince != "" {
		dirs, removed, err := changedDirs(f.changedSince, opts)
		if err != nil {
			return nil, err
		}
		f.removed = removed
		if len(dirs) == 0 {
			return &pipeline.Result{Sources: diag.Sources{}}, nil
		}
		opts.Specs = dirs
	}
	res, err := pipeline.Load(opts)
	if err != nil {
		return nil, fromPipeline(err)
	}
	return res, nil
}

// loadChecked is what generate and check share before generating: load,
// print warnings and errors, stop on errors.
func loadChecked(cmd *cobra.Command, f *specFlags, args []string) (*pipeline.Result, error) {
	res, err := load(f, args)
	if err != nil {
		return nil, err
	}
	if err := diag.Write(cmd.ErrOrStderr(), res.Diags, res.Sources, "text", problemsText); err != nil {
		return nil, err
	}
	if res.Diags.HasErrors() {
		return nil, reported()
	}
	// The diagnostics are printed: the specs' text, kept for their
	// excerpts (5 MB for 8,000 metrics), is not held while generating.
	res.Sources = nil
	return res, nil
}
