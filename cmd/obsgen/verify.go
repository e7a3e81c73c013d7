package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/verify"
	"github.com/spf13/cobra"
)

// expositionFlags are the flags of commands that read a /metrics exposition.
type expositionFlags struct {
	url, file string
	timeout   time.Duration
	maxBytes  int64
	ignore    []string
}

func (f *expositionFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.url, "url", "", "fetch the exposition from this URL, e.g. http://localhost:9100/metrics")
	cmd.Flags().StringVar(&f.file, "file", "", "read the exposition from this file (text format or OpenMetrics; - for standard input)")
	cmd.Flags().DurationVar(&f.timeout, "timeout", exposition.DefaultTimeout, "give up reading and parsing the exposition (fetching --url or reading --file) after this long")
	cmd.Flags().Int64Var(&f.maxBytes, "max-exposition-bytes", exposition.MaxBodySize, "refuse an exposition larger than this, unparsed: it bounds memory (about 20 bytes per byte of exposition)")
	cmd.Flags().StringArrayVar(&f.ignore, "ignore", nil, "glob of exposed metric families to ignore, e.g. 'go_*' (repeatable)")
}

// read fetches or reads the exposition. A body that does not parse comes
// back as a diagnostic; anything else that fails is a usage error.
func (f *expositionFlags) read(ctx context.Context, stdin io.Reader) (*exposition.Exposition, *diag.Diagnostic, error) {
	if (f.url == "") == (f.file == "") {
		return nil, nil, usagef("give exactly one of --url URL or --file FILE")
	}
	if f.maxBytes <= 0 {
		return nil, nil, usagef("--max-exposition-bytes %d: want a positive number of bytes", f.maxBytes)
	}
	for _, g := range f.ignore {
		if !verify.ValidGlob(g) {
			return nil, nil, usagef("--ignore %q is not a usable glob (use * and ?, e.g. 'go_*')", g)
		}
	}
	var e *exposition.Exposition
	var err error
	if f.url != "" {
		e, err = exposition.Fetch(ctx, f.url, exposition.FetchOptions{Timeout: f.timeout, MaxSize: f.maxBytes})
	} else {
		e, err = exposition.ReadFileWithin(ctx, f.timeout, f.file, stdin, f.maxBytes)
	}
	var se *exposition.SyntaxError
	if errors.As(err, &se) {
		d := se.Diagnostic()
		return nil, &d, nil
	}
	if err != nil {
		return nil, nil, usage(err)
	}
	return e, nil, nil
}

func newVerifyCmd() *cobra.Command {
	var sf specFlags
	var xf expositionFlags
	var format, component string
	cmd := &cobra.Command{
		Use:   "verify SPEC (--url URL | --file FILE)",
		Short: "Compare a live or saved /metrics exposition with the catalogue",
		Long: `verify reads a service's exposition (Prometheus text format or OpenMetrics)
and compares it with the catalogue in SPEC. Names match exactly, as
Prometheus stores them: a catalogue x_total for an exposed x (or the
reverse) is an absent metric whose message names the exported name; an
OpenMetrics counter family x is stored, and matched, as x_total.

Errors: documented metrics that are absent (dashboards go blank), type
mismatches, documented labels no series carries (or renamed), label values
outside an enumeration. Warnings: exposed metrics the catalogue lacks, extra
labels, HELP text and histogram buckets that differ. Infos: a counter or
gauge served untyped, a metric declared untyped that is served with a type,
an absent metric the catalogue marks optional (not counted as expected). A
native histogram served in a text format (only the +Inf bucket) is accepted
without bucket comparison. Warnings too: alerts whose condition holds on
this scrape (alert-holds), judged in the PromQL engine over the exposition
as Prometheus stores it, for alerts reading only what it serves: an adopted
rule that fires on this service as it is, or trouble now. It prints the coverage of each side and exits 1
when it found an error.

Exporter noise (go_*, process_*) is left out with --ignore or with
service.verify.ignore in the spec.`,
		Example: `  obsgen verify specs/rstmdb --url http://localhost:9090/metrics
  obsgen verify specs/stemedb --file metrics.txt --component stemedb-cluster
  obsgen verify specs/node --url http://127.0.0.1:9100/metrics --ignore 'go_*' --format github`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := diag.CheckFormat(format, diag.Formats); err != nil {
				return usage(err)
			}
			res, err := load(&sf, args)
			if err != nil {
				return err
			}
			if len(res.Catalogues) != 1 {
				return usagef("%s: give one service folder, not %d", args[0], len(res.Catalogues))
			}
			c := res.Catalogues[0]
			if err := refuseErrors(cmd.OutOrStdout(), res, format, args[0], "verifying"); err != nil {
				return err
			}
			if component != "" && !hasComponent(c, component) {
				return usagef("--component %q is not declared under service.components of %s", component, c.Service.Name)
			}
			e, syntax, err := xf.read(cmd.Context(), cmd.InOrStdin())
			if err != nil {
				return err
			}
			if syntax != nil {
				if err := diag.Write(cmd.OutOrStdout(), inRepository(format, diag.List{*syntax}), nil, format, verifyText); err != nil {
					return err
				}
				return reported()
			}
			opts := verify.Options{Ignore: xf.ignore, Component: component}
			if xf.url != "" {
				opts.At = time.Now()
				if u, err := url.Parse(xf.url); err == nil {
					opts.Instance = u.Host
				}
			}
			r := verify.Verify(c, e, opts)
			res.Sources[e.Name] = e.Body
			if err := diag.Write(cmd.OutOrStdout(), inRepository(format, r.Diags), res.Sources, format, verifyText); err != nil {
				return err
			}
			covOut := cmd.OutOrStdout()
			if format != "text" {
				covOut = cmd.ErrOrStderr() // keep standard output machine-readable
			}
			fmt.Fprintf(covOut, "%s: %s\n", c.Service.Name, r.Coverage)
			if r.Diags.HasErrors() {
				return reported()
			}
			return nil
		},
	}
	sf.register(cmd)
	xf.register(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+diag.Choices(diag.Formats))
	cmd.Flags().StringVar(&component, "component", "", "expect only the metric groups this component exposes")
	return cmd
}

// hasComponent reports whether c declares a component called name.
func hasComponent(c *catalogue.Catalogue, name string) bool {
	for _, comp := range c.Service.Components {
		if comp.Name == name {
			return true
		}
	}
	return false
}
