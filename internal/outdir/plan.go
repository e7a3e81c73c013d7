package outdir

import (
	"fmt"
	"maps"
	"slices"
)

// plan is what the new tree will hold, worked out before it is finished.
type plan struct {
	gen      map[string]*taken // generated files by path
	genPaths []string          // sorted keys of gen
	sums     manifest          // the new manifest
	manifest []byte            // sums encoded
	old      manifest          // the previous manifest; nil if there was none
	owned    map[string]bool   // paths obsgen owned before this run
	keep     []string          // foreign non-directories to carry over, sorted
	keepDirs []string          // foreign empty directories to carry over, sorted
	dirs     []string          // every directory of the new tree, sorted
	dirSet   map[string]bool   // the same as a set
}

// makePlan decides, from the previous tree t (nil if the folder does not
// exist) and its manifest old (nil if it has none), what the new tree holds
// besides the generated files gen, whose manifest is sums, encoded as
// encoded. A file in t is obsgen's if old lists it,
// or if it is a regular file whose content equals the file generated at its
// path; everything else is foreign and is kept. It fails if something
// foreign is in the way of a generated file.
func makePlan(t *tree, old manifest, gen map[string]*taken, sums manifest, encoded []byte) (*plan, error) {
	p := &plan{
		gen:      gen,
		sums:     sums,
		manifest: encoded,
		old:      old,
		owned:    make(map[string]bool),
		dirSet:   make(map[string]bool),
	}
	p.genPaths = slices.Sorted(maps.Keys(p.gen))
	if t != nil {
		if err := p.sortOut(t); err != nil {
			return nil, err
		}
	}
	if err := p.checkWay(); err != nil {
		return nil, err
	}
	for _, g := range p.genPaths {
		for _, a := range ancestors(g) {
			p.dirSet[a] = true
		}
	}
	for _, k := range slices.Concat(p.keep, p.keepDirs) {
		for _, a := range ancestors(k) {
			p.dirSet[a] = true
		}
	}
	for _, k := range p.keepDirs {
		p.dirSet[k] = true
	}
	p.dirs = slices.Sorted(maps.Keys(p.dirSet))
	return p, nil
}

// sortOut splits what t holds into obsgen's files and foreign things to
// keep. An empty directory is foreign unless the previous manifest has a
// file in it: then obsgen made it, and someone emptied it.
func (p *plan) sortOut(t *tree) error {
	oldDirs := make(map[string]bool)
	for o := range p.old {
		for _, a := range ancestors(o) {
			oldDirs[a] = true
		}
	}
	for _, rel := range slices.Sorted(maps.Keys(t.entries)) {
		e := t.entries[rel]
		if e.info.IsDir() {
			if e.empty && !oldDirs[rel] {
				p.keepDirs = append(p.keepDirs, rel)
			}
			continue
		}
		if _, ok := p.old[rel]; ok {
			p.owned[rel] = true
			continue
		}
		if tk, ok := p.gen[rel]; ok {
			if !tk.same {
				return fmt.Errorf("%s was not written by obsgen and differs from the file obsgen generates there; move or delete it", rel)
			}
			p.owned[rel] = true
			continue
		}
		p.keep = append(p.keep, rel)
	}
	return nil
}

// checkWay fails if a foreign thing would have to become, or be inside, a
// generated file.
func (p *plan) checkWay() error {
	keep := make(map[string]bool, len(p.keep))
	for _, k := range p.keep {
		keep[k] = true
	}
	for _, g := range p.genPaths {
		for _, a := range ancestors(g) {
			if keep[a] {
				return fmt.Errorf("%s was not written by obsgen and is in the way of the generated %s; move or delete it", a, g)
			}
		}
	}
	for _, k := range p.keepDirs {
		if _, ok := p.gen[k]; ok {
			return fmt.Errorf("directory %s was not made by obsgen and is in the way of the generated file %s; move or delete it", k, k)
		}
	}
	for _, k := range slices.Concat(p.keep, p.keepDirs) {
		for _, a := range ancestors(k) {
			if _, ok := p.gen[a]; ok {
				return fmt.Errorf("%s was not written by obsgen and is in the way of the generated file %s; move or delete it", k, a)
			}
		}
	}
	return nil
}
