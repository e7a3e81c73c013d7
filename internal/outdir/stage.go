package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// buildStage makes the complete new tree at stage: the generated files, the
// foreign things of t carried over, and the manifest, all flushed to disk.
// New directories get mode 0755 (less the umask); a directory that exists in
// t keeps the mode and, where the process may, the owner it had, as does
// the folder itself.
func buildStage(stage string, t *tree, p *plan) error {
	at := func(rel string) string { return filepath.Join(stage, filepath.FromSlash(rel)) }
	// Where the platform can flush a whole file system in one call, files
	// and directories are written without flushing and the stage is flushed
	// once, before the swap: the same guarantee for one syscall instead of
	// one per file.
	perFile := durable && !canSyncFS
	flushed := func(rel string, data []byte) error { return writeNewFileSync(at(rel), data, perFile) }
	if err := os.Mkdir(stage, 0o755); err != nil {
		return err
	}
	if err := failpoint("stage"); err != nil {
		return err
	}
	// Directories a level at a time, each level's several at a time: a
	// parent is always made before its children.
	for _, level := range byDepth(p.dirs) {
		if err := forEach(len(level), func(i int) error { return os.Mkdir(at(level[i]), 0o755) }); err != nil {
			return err
		}
	}
	// The files, several at a time: creating one is mostly waiting on the
	// kernel. Any failure fails the whole stage, which is then removed.
	write := func(i int) error {
		g := p.genPaths[i]
		if err := flushed(g, p.gen[g]); err != nil {
			return err
		}
		return p.setMode(at(g), g)
	}
	if len(p.genPaths) > 0 {
		if err := write(0); err != nil {
			return err
		}
		if err := failpoint("files"); err != nil {
			return err
		}
		if err := forEach(len(p.genPaths)-1, func(i int) error { return write(i + 1) }); err != nil {
			return err
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
	if err := flushed(ManifestName, p.manifest); err != nil {
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
		if e := t.lookup(d); e != nil {
			old = e.info
		}
		if err := finishDir(at(d), old, perFile); err != nil {
			return err
		}
	}
	var rootInfo fs.FileInfo
	if t != nil {
		rootInfo = t.rootInfo
	}
	if err := finishDir(stage, rootInfo, perFile); err != nil {
		return err
	}
	if durable && canSyncFS {
		if err := syncFS(stage); err != nil {
			return fmt.Errorf("flush %s: %w", stage, err)
		}
	}
	return failpoint("swap")
}

// finishDir gives the directory name the owner and mode of old, if old is
// a directory, and, with sync, flushes it to disk. The owner goes first:
// changing it clears the set-id bits the mode then restores.
func finishDir(name string, old fs.FileInfo, sync bool) error {
	keep := old != nil && old.IsDir()
	if !keep && !sync {
		return nil // a new directory, flushed with the whole stage
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if keep {
		if err := keepOwner(f, old); err != nil {
			return err
		}
		if err := f.Chmod(old.Mode() & (fs.ModePerm | specialBits)); err != nil {
			return err
		}
	}
	if !sync {
		return nil
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

// byDepth groups slash paths by how many directories deep they are, the
// shallowest first, keeping their order within a depth.
func byDepth(paths []string) [][]string {
	var levels [][]string
	for _, p := range paths {
		d := strings.Count(p, "/")
		for len(levels) <= d {
			levels = append(levels, nil)
		}
		levels[d] = append(levels[d], p)
	}
	return levels
}
