package main

import (
	"path/filepath"
	"slices"

	"github.com/obsgen/obsgen/internal/gitrev"
	"github.com/obsgen/obsgen/internal/pipeline"
)

// changedFiles returns the files (absolute paths) under the folders of
// services of specs (see pipeline.ChangedRoots) that differ between git
// revision ref and the work tree: the only changed files
// pipeline.ChangedServices reads.
func changedFiles(ref string, specs []string) ([]string, error) {
	repo, err := gitrev.Open(".")
	if err != nil {
		return nil, usage(err)
	}
	rev, err := repo.Resolve(ref)
	if err != nil {
		return nil, usage(err)
	}
	return changedIn(repo, rev, specs)
}

// changedIn is changedFiles in repo, since the commit rev.
func changedIn(repo *gitrev.Repo, rev string, specs []string) ([]string, error) {
	roots, err := pipeline.ChangedRoots(specs)
	if err != nil {
		return nil, fromPipeline(err)
	}
	var paths []string
	for _, root := range roots {
		if rel, err := repo.Rel(root); err == nil {
			paths = append(paths, rel) // a folder outside the work tree has no changes git knows
		}
	}
	if len(paths) == 0 {
		return nil, nil
	}
	files, err := repo.Changed(rev, paths...)
	if err != nil {
		return nil, usage(err)
	}
	for i, f := range files {
		files[i] = filepath.Join(repo.Top, filepath.FromSlash(f))
	}
	return files, nil
}

// changedDirs returns the service folders of opts.Specs that changed since
// ref (see pipeline.ChangedServices), and the names of the service folders
// removed since: out/ still holds what they generated.
func changedDirs(ref string, opts pipeline.Options) (dirs, removed []string, err error) {
	files, err := changedFiles(ref, opts.Specs)
	if err != nil {
		return nil, nil, err
	}
	ch, err := pipeline.ChangedServices(opts.Specs, files, opts.Catalogue)
	if err != nil {
		return nil, nil, fromPipeline(err)
	}
	dirs, err = pipeline.Restrict(opts.Specs, ch)
	if err != nil {
		return nil, nil, fromPipeline(err)
	}
	present := map[string]bool{}
	for _, d := range dirs {
		present[pipeline.FolderName(d)] = true
	}
	for name := range ch.Names {
		if !present[name] {
			removed = append(removed, name)
		}
	}
	slices.Sort(removed)
	return dirs, removed, nil
}
