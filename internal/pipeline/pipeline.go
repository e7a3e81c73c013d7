// Package pipeline runs obsgen's one-way flow: spec folders → validated
// catalogues → lint → generators → files in memory. Writing and comparing
// the files is outdir's job; printing is the CLI's.
package pipeline

import (
	"bytes"
	"fmt"
	"sort"
	"sync"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/parallel"
	"github.com/obsgen/obsgen/internal/specload"
)

// Options configure a run.
type Options struct {
	// Specs are the spec folders or their parents (default "specs").
	Specs []string
	// Catalogue tunes loading (Jsonnet paths and variables).
	Catalogue specload.Options
	// MaxSpecBytes bounds the spec bytes the run reads, all services
	// together; 0 means specload.DefaultRunBytes.
	MaxSpecBytes int64
}

// UsageError is a problem with the command line or with reading the spec
// folders themselves (exit code 2), as opposed to problems in their content.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Result is what a run produced.
type Result struct {
	// Catalogues are the loaded services, sorted by folder.
	Catalogues []*catalogue.Catalogue
	// Diags are every problem found, sorted.
	Diags diag.List
	// Sources hold the spec files' contents for excerpts.
	Sources diag.Sources
	// Files are the generated artifacts, sorted by path; empty when any
	// catalogue has errors.
	Files []generators.File
}

// Load discovers, loads, validates and lints every service.
func Load(opts Options) (*Result, error) {
	specs := opts.Specs
	if len(specs) == 0 {
		specs = []string{"specs"}
	}
	dirs, err := specload.Discover(specs)
	if err != nil {
		return nil, &UsageError{err}
	}
	res := &Result{Sources: diag.Sources{}}
	if opts.Catalogue.Budget == nil {
		opts.Catalogue.Budget = specload.NewBudget(opts.MaxSpecBytes)
	}
	names := map[string]string{}
	orgs := organisations{res: res}
	// Organisations first, in order (each is read once); then the services,
	// each on its own, on every core when the budget allows (loadWorkers).
	type loaded struct {
		c     *catalogue.Catalogue
		diags diag.List
		src   diag.Sources
	}
	loads := make([]loaded, len(dirs))
	copts := make([]specload.Options, len(dirs))
	for i, dir := range dirs {
		copts[i] = opts.Catalogue
		copts[i].Organisation = orgs.of(dir)
	}
	parallel.ForEach(len(dirs), loadWorkers(dirs, opts.Catalogue), func(i int) {
		l := &loads[i]
		l.c, l.diags, l.src = specload.Load(dirs[i], copts[i])
	})
	for i, dir := range dirs {
		c, diags, src := loads[i].c, loads[i].diags, loads[i].src
		for k, v := range src {
			res.Sources[k] = v
		}
		res.Diags = append(res.Diags, diags...)
		if c == nil {
			continue
		}
		if prev, dup := names[c.Service.Name]; dup && c.Service.Name != "" {
			res.Diags.Errorf(c.Service.Pos, "duplicate-name", "service %q is also defined in %s", c.Service.Name, prev)
		}
		names[c.Service.Name] = dir
		res.Catalogues = append(res.Catalogues, c)
	}
	link(res, opts.Catalogue, &orgs)
	checkRouting(res)
	lints := make([]diag.List, len(res.Catalogues))
	parallel.ForEach(len(res.Catalogues), parallel.Cores(), func(i int) { lints[i] = Lint(res.Catalogues[i]) })
	for _, l := range lints {
		res.Diags = append(res.Diags, l...)
	}
	res.Diags = res.Diags.Sort()
	return res, nil
}

// Generate runs every generator over every catalogue, unless the run has
// errors: nothing is generated from a catalogue with problems. It releases
// the catalogues' field positions first (Catalogue.ForgetFieldPositions):
// At then answers with a struct's own position.
func (r *Result) Generate() error {
	if r.Diags.HasErrors() {
		return nil
	}
	// Load reported every diagnostic and generators read no field
	// positions: they are released before the generators' outputs join
	// them in memory.
	for _, c := range r.Catalogues {
		c.ForgetFieldPositions()
	}
	// Services are independent: generate them on every core, then keep
	// their files in service order.
	own := make([][]generators.File, len(r.Catalogues))
	errs := make([]error, len(r.Catalogues))
	gens := Generators()
	parallel.ForEach(len(r.Catalogues), parallel.Cores(), func(i int) {
		own[i], errs[i] = generateService(r.Catalogues[i], gens)
	})
	var files []generators.File
	for i := range own {
		if errs[i] != nil {
			return errs[i]
		}
		files = append(files, own[i]...)
	}
	shared, err := crossService(r.Catalogues)
	if err != nil {
		return err
	}
	files = append(files, shared...)
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	for i := 1; i < len(files); i++ {
		if files[i].Path == files[i-1].Path {
			return fmt.Errorf("two generators both write %s", files[i].Path)
		}
	}
	r.Files = files
	return nil
}

// generateService runs every generator over one catalogue. Generators are
// pure, so the independent ones run concurrently; those that quote others'
// files (generators.Quoting) run after them, in order, on their results.
// The output order is the generators' order, whatever finished first.
func generateService(c *catalogue.Catalogue, gens []generators.Generator) ([]generators.File, error) {
	results := make([][]generators.File, len(gens))
	errs := make([]error, len(gens))
	var wg sync.WaitGroup
	for i, g := range gens {
		if _, quoting := g.(generators.Quoting); quoting {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = g.Generate(c)
			clip(results[i])
		}()
	}
	wg.Wait()
	var own []generators.File
	for i, g := range gens {
		if q, quoting := g.(generators.Quoting); quoting {
			results[i], errs[i] = q.GenerateQuoting(c, own)
			clip(results[i])
		}
		if errs[i] != nil {
			return nil, fmt.Errorf("%s: generator %s: %w", c.Service.Name, g.Name(), errs[i])
		}
		own = append(own, results[i]...)
	}
	return own, nil
}

// clip copies a file whose data has much more room than it fills (an
// encoder's buffer, grown by doubling) into a slice of its size: every
// file is held until the run ends, and in a large catalogue the spare room
// was tens of megabytes.
func clip(files []generators.File) {
	for i, f := range files {
		if cap(f.Data)-len(f.Data) > len(f.Data)/8+512 {
			files[i].Data = bytes.Clone(f.Data)
		}
	}
}

// AllowedForeign returns the globs, relative to the output folder, of files
// obsgen did not write that the specs accept there: each service's
// service.out.allow, under its folder.
func (r *Result) AllowedForeign() []string {
	var out []string
	for _, c := range r.Catalogues {
		if c.Service.Out == nil || c.Service.Name == "" {
			continue
		}
		for _, g := range c.Service.Out.Allow {
			out = append(out, c.Service.Name+"/"+g)
		}
	}
	return out
}
