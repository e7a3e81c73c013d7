package pipeline

import (
	"path/filepath"
	"strconv"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/slorules"
	"github.com/obsgen/obsgen/internal/specload"
)

// organisations reads each folder's organisation.yaml once.
type organisations struct {
	res   *Result
	byDir map[string]*catalogue.Organisation
}

// of returns the organisation of a service folder: organisation.yaml in
// the folder that holds it, read once, its problems reported once.
func (o *organisations) of(serviceDir string) *catalogue.Organisation {
	root := specload.Parent(serviceDir)
	if org, ok := o.byDir[root]; ok {
		return org
	}
	if o.byDir == nil {
		o.byDir = map[string]*catalogue.Organisation{}
	}
	org, diags, src := specload.LoadOrganisation(root)
	o.res.Diags = append(o.res.Diags, diags...)
	for k, v := range src {
		o.res.Sources[k] = v
	}
	o.byDir[root] = org
	return org
}

// link gives each loaded catalogue the catalogues its service.uses names. A used catalogue that is not part of the run is
// loaded from the folder of that name beside the service's; only its
// errors are reported, since it is not what the run checks.
func link(res *Result, opts specload.Options, orgs *organisations) {
	byName := map[string]*catalogue.Catalogue{}
	for _, c := range res.Catalogues {
		if _, dup := byName[c.Service.Name]; !dup {
			byName[c.Service.Name] = c
		}
	}
	extra := map[string]*catalogue.Catalogue{}
	for _, c := range res.Catalogues {
		root := specload.Parent(c.Dir)
		for i, name := range c.Service.Uses {
			u := byName[name]
			if u == nil {
				uopts := opts
				uopts.Organisation = orgs.of(filepath.Join(root, name))
				u = loadUsed(res, filepath.Join(root, name), uopts, extra)
			}
			if u == nil {
				res.Diags.Errorf(c.At(c.Service.Pos, "uses["+strconv.Itoa(i)+"]"), "unknown-ref",
					"uses %q: no catalogue of that name beside this one (looked for the folder %s)", name, filepath.Join(root, name))
				continue
			}
			if u != c {
				c.Used = append(c.Used, u)
			}
		}
		if len(c.Used) > 0 && len(c.SLOs) > 0 {
			slorules.Derive(c) // an SLI may read a used catalogue's histogram
		}
	}
}

// loadUsed loads a used catalogue outside the run once, keeping its errors.
func loadUsed(res *Result, dir string, opts specload.Options, cache map[string]*catalogue.Catalogue) *catalogue.Catalogue {
	if c, ok := cache[dir]; ok {
		return c
	}
	cache[dir] = nil
	dirs, err := specload.Discover([]string{dir})
	if err != nil || len(dirs) != 1 || dirs[0] != filepath.Clean(dir) {
		return nil
	}
	c, diags, src := specload.Load(dir, opts)
	for _, d := range diags {
		if d.Severity == diag.Error {
			res.Diags = append(res.Diags, d)
			res.Sources[d.Pos.File] = src[d.Pos.File]
		}
	}
	cache[dir] = c
	return c
}
