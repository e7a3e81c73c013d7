package main

import (
	"path/filepath"

	"github.com/obsgen/obsgen/internal/gitrev"
	"github.com/obsgen/obsgen/internal/pipeline"
)

// changedFiles returns the files (absolute paths) that differ between git
// revision ref and the work tree, and the revision in full.
func changedFiles(ref string) ([]string, string, error) {
	repo, err := gitrev.Open(".")
	if err != nil {
		return nil, "", usage(err)
	}
	rev, err := repo.Resolve(ref)
	if err != nil {
		return nil, "", usage(err)
	}
	files, err := repo.Changed(rev)
	if err != nil {
		return nil, "", usage(err)
	}
	for i, f := range files {
		files[i] = filepath.Join(repo.Top, filepath.FromSlash(f))
	}
	return files, rev, nil
}

// changedDirs returns the service folders of opts.Specs that changed since
// ref (see pipeline.ChangedServices).
func changedDirs(ref string, opts pipeline.Options) ([]string, error) {
	files, _, err := changedFiles(ref)
	if err != nil {
		return nil, err
	}
	ch, err := pipeline.ChangedServices(opts.Specs, files, opts.Catalogue)
	if err != nil {
		return nil, fromPipeline(err)
	}
	dirs, err := pipeline.Restrict(opts.Specs, ch)
	if err != nil {
		return nil, fromPipeline(err)
	}
	return dirs, nil
}
