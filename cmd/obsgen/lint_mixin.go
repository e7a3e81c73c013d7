package main

import (
	"fmt"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/mixinlint"
	"github.com/obsgen/obsgen/internal/pipeline"
)

// lintMixin replaces a lint run's findings by those of the mixin in dir,
// checked against the run's one catalogue. The catalogue's errors are kept:
// a mixin cannot be checked against a catalogue that does not load.
func lintMixin(res *pipeline.Result, dir string, sf *specFlags) (*pipeline.Result, error) {
	if len(res.Catalogues) != 1 {
		return nil, &exitError{exitUsage, fmt.Errorf("--mixin checks a mixin against one catalogue: give one service folder (obsgen lint --mixin %s specs/<service>)", dir)}
	}
	out := &pipeline.Result{Catalogues: res.Catalogues, Sources: res.Sources}
	for _, d := range res.Diags {
		if d.Severity == diag.Error {
			out.Diags = append(out.Diags, d)
		}
	}
	if out.Diags.HasErrors() {
		return out, nil
	}
	opts, err := sf.options(nil)
	if err != nil {
		return nil, err
	}
	diags, src, err := mixinlint.Lint(dir, res.Catalogues[0], opts.Catalogue.Jsonnet)
	if err != nil {
		return nil, &exitError{exitUsage, err}
	}
	for k, v := range src {
		out.Sources[k] = v
	}
	out.Diags = diags
	return out, nil
}
