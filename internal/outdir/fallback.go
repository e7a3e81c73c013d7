package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
)

// writePerFile is Write's fallback where the whole tree cannot be swapped at
// once. It changes the folder at root in place, each file atomically (a
// temporary file renamed over it) but not the tree as a whole:
//
//  1. a manifest listing both the previous and the new files, so that a run
//     killed from here on still owns everything it may have written;
//  2. files of the previous manifest that are no longer generated are
//     removed, with directories they leave empty (the directories of files
//     someone else removed too);
//  3. every generated file is written, read from the complete new tree
//     at stage;
//  4. the final manifest.
func writePerFile(root, stage string, t *tree, p *plan) error {
	at := func(rel string) string { return filepath.Join(root, filepath.FromSlash(rel)) }
	claim := maps.Clone(p.old)
	if claim == nil {
		claim = make(manifest)
	}
	maps.Copy(claim, p.sums)
	if err := replaceFile(at(ManifestName), claim.encode()); err != nil {
		return fmt.Errorf("claim files in manifest: %w", err)
	}

	for _, tmp := range t.temps {
		if err := os.Remove(at(tmp)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	for _, o := range slices.Sorted(maps.Keys(p.old)) {
		if _, ok := p.gen[o]; ok {
			continue
		}
		if p.owned[o] {
			if err := os.Remove(at(o)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
		for d := path.Dir(o); d != "." && !p.dirSet[d]; d = path.Dir(d) {
			if os.Remove(at(d)) != nil {
				break // not empty
			}
		}
	}

	touched := map[string]bool{root: true}
	for i, g := range p.genPaths {
		dir := filepath.Dir(at(g))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		data, err := os.ReadFile(filepath.Join(stage, filepath.FromSlash(g)))
		if err != nil {
			return err
		}
		if err := replaceFile(at(g), data); err != nil {
			return err
		}
		if err := setMode(at(g), p.gen[g].exec); err != nil {
			return err
		}
		touched[dir] = true
		if i == 0 {
			if err := failpoint("per-file"); err != nil {
				return err
			}
		}
	}
	for _, d := range slices.Sorted(maps.Keys(touched)) {
		if err := syncDir(d); err != nil {
			return err
		}
	}

	if err := replaceFile(at(ManifestName), p.manifest); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return syncDir(root)
}
