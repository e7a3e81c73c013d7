package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// buildStage makes the complete new tree at stage: the generated files, the
// foreign things of t carried over, and the manifest, all flushed to disk.
// Directories get mode 0755 (less the umask), except that one holding
// something foreign keeps the mode it had, as does the folder itself.
func buildStage(stage string, t *tree, p *plan) error {
	at := func(rel string) string { return filepath.Join(stage, filepath.FromSlash(rel)) }
	if err := os.Mkdir(stage, 0o755); err != nil {
		return err
	}
	if err := failpoint("stage"); err != nil {
		return err
	}
	for _, d := range p.dirs {
		if err := os.Mkdir(at(d), 0o755); err != nil {
			return err
		}
	}
	for i, g := range p.genPaths {
		if err := writeNewFile(at(g), p.gen[g]); err != nil {
			return err
		}
		if i == 0 {
			if err := failpoint("files"); err != nil {
				return err
			}
		}
	}
	for _, k := range p.keep {
		src := filepath.Join(t.root, filepath.FromSlash(k))
		if err := carry(src, at(k), t.entries[k].info); err != nil {
			if _, serr := os.Lstat(src); errors.Is(serr, fs.ErrNotExist) {
				continue // deleted since the scan: gone from the new tree too
			}
			return fmt.Errorf("carry over %s: %w", k, err)
		}
	}
	if err := writeNewFile(at(ManifestName), p.manifest); err != nil {
		return err
	}
	if err := failpoint("manifest"); err != nil {
		return err
	}
	// Deepest first, so a directory made unreadable by its kept mode has
	// already been dealt with when its parent is.
	for i := len(p.dirs) - 1; i >= 0; i-- {
		d := p.dirs[i]
		var old fs.FileInfo
		if e := t.lookup(d); e != nil && p.foreignDirs[d] {
			old = e.info
		}
		if err := finishDir(at(d), old); err != nil {
			return err
		}
	}
	var rootInfo fs.FileInfo
	if t != nil {
		rootInfo = t.rootInfo
	}
	if err := finishDir(stage, rootInfo); err != nil {
		return err
	}
	return failpoint("swap")
}

// finishDir gives the directory name the mode of old, if old is a directory,
// and flushes it to disk.
func finishDir(name string, old fs.FileInfo) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if old != nil && old.IsDir() {
		if err := f.Chmod(old.Mode() & (fs.ModePerm | specialBits)); err != nil {
			return err
		}
	}
	if err := syncOpenDir(f); err != nil {
		return fmt.Errorf("sync %s: %w", name, err)
	}
	return nil
}

// lookup returns the entry at rel, or nil; t may be nil.
func (t *tree) lookup(rel string) *entry {
	if t == nil {
		return nil
	}
	return t.entries[rel]
}
