// Package pipeline runs obsgen's one-way flow: spec folders → validated
// catalogues → lint → generators → files in memory. Writing and comparing
// the files is outdir's job; printing is the CLI's.
package pipeline

import (
	"bytes"
	"fmt"
	"slices"
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
	// SkipLint leaves lint out of Load: Diags then hold what loading and
	// validation found, which is all a comparison of catalogues needs.
	SkipLint bool
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
	// Files are the generated artifacts, sorted by path, once Generate has
	// run; empty when any catalogue has errors, and after GenerateTo.
	Files []generators.File
}

// Load discovers, loads, validates and lints every service (lint unless
// opts.SkipLint).
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
	if !opts.SkipLint {
		lints := make([]diag.List, len(res.Catalogues))
		// Services are linted on every core; a service linted alone (or
		// one of fewer services than cores) shares its checks among the
		// cores left to it.
		perService := max(1, parallel.Cores()/max(1, len(res.Catalogues)))
		parallel.ForEach(len(res.Catalogues), parallel.Cores(), func(i int) {
			// A service a spec file of which could not be read is linted
			// once it is: what the file holds (a recording rule, a
			// label) would only come out as false findings elsewhere,
			// listed before their cause.
			if c := res.Catalogues[i]; !c.Positions().Incomplete {
				lints[i] = Lint(c, perService)
			}
		})
		for _, l := range lints {
			res.Diags = append(res.Diags, l...)
		}
	}
	res.Diags = res.Diags.Sort()
	return res, nil
}

// Generate runs every generator over every catalogue, unless the run has
// errors: nothing is generated from a catalogue with problems. It keeps
// every file, sorted by path, in r.Files; GenerateTo hands them out instead.
func (r *Result) Generate() error {
	files, err := generators.Collect(func(emit func(generators.File) error) error { return r.GenerateTo(emit) })
	if err != nil {
		return err
	}
	r.Files = files
	return nil
}

// Sink takes a generated file. The pipeline calls it once per file, from
// several goroutines at once, as soon as no generator still to run needs
// the file, and keeps nothing of it afterwards: a sink that writes or
// compares the file and lets it go keeps a run's memory to what is being
// generated, not everything generated so far.
type Sink func(generators.File) error

// GenerateTo is Generate handing each file to sink as it is made, in no
// particular order, instead of keeping them. Every service runs; it
// returns the first error, its own or the sink's, in service order; the
// files already handed out are the caller's to discard. It releases the
// catalogues' field positions first (Catalogue.ForgetFieldPositions): At
// then answers with a struct's own position.
func (r *Result) GenerateTo(sink Sink) error {
	if r.Diags.HasErrors() {
		return nil
	}
	// Load reported every diagnostic and generators read no field
	// positions: they are released before the generators' outputs join
	// them in memory.
	for _, c := range r.Catalogues {
		c.ForgetFieldPositions()
	}
	sink = once(sink)
	// Services are independent: generate them on every core.
	gens := Generators()
	err := parallel.ForEachErr(len(r.Catalogues), parallel.Cores(), func(i int) error {
		return generateService(r.Catalogues[i], gens, sink)
	})
	if err != nil {
		return err
	}
	shared, err := crossService(r.Catalogues)
	if err != nil {
		return err
	}
	return sinkAll(shared, sink)
}

// sinkAll hands files to sink on every core, and returns the first
// file's error: a sink hashes each file and compares or writes it, and the
// docs of a large service are thousands of files handed out at once.
func sinkAll(files []generators.File, sink Sink) error {
	return parallel.ForEachErr(len(files), parallel.Cores(), func(i int) error { return sink(files[i]) })
}

// once wraps sink so that a path handed out twice, by two generators,
// fails the run instead of reaching it.
func once(sink Sink) Sink {
	var mu sync.Mutex
	seen := map[string]bool{}
	return func(f generators.File) error {
		mu.Lock()
		dup := seen[f.Path]
		seen[f.Path] = true
		mu.Unlock()
		if dup {
			return fmt.Errorf("two generators both write %s", f.Path)
		}
		return sink(f)
	}
}

// generateService runs every generator over one catalogue and hands their
// files to sink. Generators are pure, so the independent ones run
// concurrently, each handing out its files as it finishes; those that
// quote others' files (generators.Quoting) run after them, in order, on
// their results, and the pipeline lets go of the quoted files before the
// last of them runs, so that they are held only as long as it needs them.
func generateService(c *catalogue.Catalogue, gens []generators.Generator, sink Sink) error {
	results := make([][]generators.File, len(gens))
	errs := make([]error, len(gens))
	var wg sync.WaitGroup
	var quoting []generators.Quoting
	for i, g := range gens {
		if q, ok := g.(generators.Quoting); ok {
			quoting = append(quoting, q)
			continue
		}
		wg.Go(func() {
			results[i], errs[i] = g.Generate(c)
			if errs[i] != nil {
				errs[i] = fmt.Errorf("%s: generator %s: %w", c.Service.Name, g.Name(), errs[i])
				return
			}
			// Held until the quoting generators are done with them.
			clip(results[i])
			errs[i] = sinkAll(results[i], sink)
		})
	}
	wg.Wait()
	var own []generators.File
	for i := range gens {
		if errs[i] != nil {
			return errs[i]
		}
		own = append(own, results[i]...)
	}
	for i, q := range quoting {
		// Each is given a slice it may clear (generators.Quoting); the
		// last one, the pipeline's own, and no later one needs its files:
		// it may hand them out as it makes them (generators.Emitting).
		last := i == len(quoting)-1
		quoted := own
		if last {
			own = nil
		} else {
			quoted = slices.Clone(own)
		}
		if e, ok := q.(generators.Emitting); ok && last {
			if err := e.GenerateQuotingTo(c, quoted, sink); err != nil {
				return fmt.Errorf("%s: generator %s: %w", c.Service.Name, q.Name(), err)
			}
			continue
		}
		files, err := q.GenerateQuoting(c, quoted)
		if err != nil {
			return fmt.Errorf("%s: generator %s: %w", c.Service.Name, q.Name(), err)
		}
		if err := sinkAll(files, sink); err != nil {
			return err
		}
		if !last {
			own = append(own, files...)
		}
	}
	return nil
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
