package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/lint"
	"github.com/obsgen/obsgen/internal/mixinlint"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/words"
)

// lintMixin replaces a lint run's findings by those of the mixins in dirs
// (read as one), checked against the run's catalogues: the first given,
// with the others as catalogues it uses (a mixin for several exporters). The catalogues'
// errors are kept, with one more saying the mixin was not checked: a mixin
// cannot be checked against a catalogue that does not load. Lint's
// findings on the catalogues' own rules and panels are not what was
// asked, and stop nothing: their metrics are what the mixin is read
// against.
func lintMixin(res *pipeline.Result, dirs []string, sf *specFlags, args []string) (*pipeline.Result, error) {
	dir := strings.Join(dirs, ", ")
	out := &pipeline.Result{Catalogues: res.Catalogues, Sources: res.Sources}
	for _, d := range res.Diags {
		if d.Severity == diag.Error && lint.Lookup(d.Code) == nil {
			out.Diags = append(out.Diags, d)
		}
	}
	if n := len(out.Diags); n > 0 {
		out.Diags = append(out.Diags, diag.Diagnostic{Pos: diag.Pos{File: dirs[0], Line: 1, Col: 1}, Severity: diag.Error, Code: "mixin-not-checked",
			Message: fmt.Sprintf("%s was not checked: the catalogue it is read against has %s above, which %s it loading; fix %s first",
				dir, words.Count(n, "error"), words.Noun(n, "stops", "stop"), words.Noun(n, "it", "them"))})
		return out, nil
	}
	if len(res.Catalogues) == 0 {
		return nil, usagef("--mixin checks a mixin against catalogues: give their service folders (obsgen lint --mixin %s specs/<service> [specs/<other>...])", dir)
	}
	opts, err := sf.options(nil)
	if err != nil {
		return nil, err
	}
	diags, src, err := mixinlint.LintAll(dirs, inArgOrder(res.Catalogues, args), opts.Catalogue.Jsonnet)
	if err != nil {
		return nil, usage(err)
	}
	for k, v := range src {
		out.Sources[k] = v
	}
	out.Diags = diags
	return out, nil
}

// inArgOrder orders catalogues (which the pipeline sorts by folder) as
// their folders were given: a service folder, or a folder of service
// folders, in which they keep their order.
func inArgOrder(cs []*catalogue.Catalogue, args []string) []*catalogue.Catalogue {
	rank := func(c *catalogue.Catalogue) int {
		for i, a := range args {
			a = filepath.Clean(a)
			if c.Dir == a || filepath.Dir(c.Dir) == a {
				return i
			}
		}
		return len(args)
	}
	out := slices.Clone(cs)
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i]) < rank(out[j]) })
	return out
}
