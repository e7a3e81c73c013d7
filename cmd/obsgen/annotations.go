package main

import (
	"os"
	"path/filepath"

	"github.com/obsgen/obsgen/internal/diag"
)

// inRepository returns l with each file, as written for the formats whose
// results a forge attaches to a repository's files (github annotations,
// sarif), relative to the root of the git work tree the current folder is
// in: GitHub finds an annotation's or a code-scanning result's file by its
// path in the repository, and a monorepo's job runs obsgen from a service's
// folder (working-directory: services/shop). Other formats, a folder
// outside a work tree and a file outside it keep their paths as they are.
func inRepository(format string, l diag.List) diag.List {
	file := repositoryFile(format)
	if file == nil {
		return l
	}
	out := make(diag.List, len(l))
	for i, d := range l {
		out[i] = d
		out[i].Pos.File = file(d.Pos.File)
	}
	return out
}

// repositoryFile is how inRepository rewrites a file for format; nil when
// it keeps files as they are.
func repositoryFile(format string) func(string) string {
	if format != "github" && format != "sarif" {
		return nil
	}
	cwd, err := os.Getwd()
	if err != nil {
		return nil
	}
	top := workTreeTop(cwd)
	if top == "" || top == cwd {
		return nil
	}
	return func(file string) string { return repoPath(top, cwd, file) }
}

// repoPath is file, relative to cwd unless absolute, relative to the work
// tree top; file itself when it lies outside.
func repoPath(top, cwd, file string) string {
	if file == "" {
		return file
	}
	abs := file
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(cwd, file)
	}
	rel, err := filepath.Rel(top, abs)
	if err != nil || !filepath.IsLocal(rel) {
		return file
	}
	return filepath.ToSlash(rel)
}

// workTreeTop is the closest folder from dir upwards that holds .git (a
// folder, or the file of a linked work tree or submodule); "" when none.
func workTreeTop(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
