package outdir

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// finishStage completes the new tree in the staging directory, which holds
// the generated files that differ from the folder's already: the
// directories, the generated files the folder holds unchanged (copied from
// it), the foreign things of the folder carried over, and the manifest, all
// flushed to disk. New directories get mode 0755 (less the umask); a
// directory that exists in the folder keeps the mode and, where the process
// may, the owner it had, as does the folder itself.
func (s *Stream) finishStage(p *plan) error {
	t := s.t
	perFile := perFileSync()
	// Directories a level at a time, each level's several at a time: a
	// parent is always made before its children. Those of staged files
	// are there already.
	for _, level := range byDepth(p.dirs) {
		err := forEach(len(level), func(i int) error {
			if err := os.Mkdir(s.staged(level[i]), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
				return err
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	// The unchanged files, several at a time: creating one is mostly
	// waiting on the kernel. Any failure fails the whole stage, which is
	// then removed.
	var unchanged []string
	for _, g := range p.genPaths {
		if !p.gen[g].staged {
			unchanged = append(unchanged, g)
		}
	}
	if err := forEach(len(unchanged), func(i int) error { return s.copyUnchanged(unchanged[i], p.gen[unchanged[i]]) }); err != nil {
		return err
	}
	for _, k := range p.keep {
		src := filepath.Join(t.root, filepath.FromSlash(k))
		if err := carry(src, s.staged(k), t.entries[k].info); err != nil {
			if _, serr := os.Lstat(src); errors.Is(serr, fs.ErrNotExist) {
				continue // deleted since the scan: gone from the new tree too
			}
			return fmt.Errorf("carry over %s: %w", k, err)
		}
	}
	if err := writeNewFileSync(s.staged(ManifestName), p.manifest, perFile); err != nil {
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
		if err := finishDir(s.staged(d), old, perFile); err != nil {
			return err
		}
	}
	var rootInfo fs.FileInfo
	if t != nil {
		rootInfo = t.rootInfo
	}
	if err := finishDir(s.stage, rootInfo, perFile); err != nil {
		return err
	}
	if durable && canSyncFS {
		if err := syncFS(s.stage); err != nil {
			return fmt.Errorf("flush %s: %w", s.stage, err)
		}
	}
	return failpoint("swap")
}

// copyUnchanged puts into the stage the generated file rel, put as tk,
// that the folder already holds, read from the folder and checked against
// the sum Put recorded: a file changed since then fails the write rather
// than carry what obsgen did not generate.
func (s *Stream) copyUnchanged(rel string, tk *taken) error {
	e := s.t.lookup(rel)
	if e == nil {
		return fmt.Errorf("%s: not in the folder", rel) // Put staged every missing file
	}
	buf := s.bufs.Get().(*[]byte)
	defer s.bufs.Put(buf)
	data, ok, err := readSized(s.at(rel), int(e.info.Size()), buf)
	if err != nil {
		return err
	}
	if sum := sha256.Sum256(data); !ok || hex.EncodeToString(sum[:]) != tk.sum {
		return fmt.Errorf("%s changed while obsgen was writing; run it again", rel)
	}
	return s.stageFile(rel, data, tk.exec)
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
