package pipeline

import (
	"path/filepath"
	"strconv"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

// link gives each loaded catalogue what lies outside its folder: the
// organisation file beside it (external labels) and the catalogues its
// service.uses names. A used catalogue that is not part of the run is
// loaded from the folder of that name beside the service's; only its
// errors are reported, since it is not what the run checks.
func link(res *Result, opts catalogue.Options) {
	orgs := map[string]*catalogue.Organisation{}
	organisation := func(root string) *catalogue.Organisation {
		if o, ok := orgs[root]; ok {
			return o
		}
		o, diags, src := catalogue.LoadOrganisation(root)
		res.Diags = append(res.Diags, diags...)
		for k, v := range src {
			res.Sources[k] = v
		}
		orgs[root] = o
		return o
	}
	byName := map[string]*catalogue.Catalogue{}
	for _, c := range res.Catalogues {
		if c.Organisation == nil {
			c.Organisation = organisation(filepath.Dir(c.Dir))
		}
		if _, dup := byName[c.Service.Name]; !dup {
			byName[c.Service.Name] = c
		}
	}
	extra := map[string]*catalogue.Catalogue{}
	for _, c := range res.Catalogues {
		root := filepath.Dir(c.Dir)
		for i, name := range c.Service.Uses {
			u := byName[name]
			if u == nil {
				u = loadUsed(res, filepath.Join(root, name), opts, extra, organisation(root))
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
	}
}

// loadUsed loads a used catalogue outside the run once, keeping its errors.
func loadUsed(res *Result, dir string, opts catalogue.Options, cache map[string]*catalogue.Catalogue, org *catalogue.Organisation) *catalogue.Catalogue {
	if c, ok := cache[dir]; ok {
		return c
	}
	cache[dir] = nil
	dirs, err := catalogue.Discover([]string{dir})
	if err != nil || len(dirs) != 1 || dirs[0] != filepath.Clean(dir) {
		return nil
	}
	c, diags, src := catalogue.Load(dir, opts)
	for _, d := range diags {
		if d.Severity == diag.Error {
			res.Diags = append(res.Diags, d)
			res.Sources[d.Pos.File] = src[d.Pos.File]
		}
	}
	if c != nil && c.Organisation == nil {
		c.Organisation = org
	}
	cache[dir] = c
	return c
}
