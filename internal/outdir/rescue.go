package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// rescue moves into the new tree at root whatever foreign thing appeared in
// the previous tree, now at old, after it was scanned into t: a file created,
// or replaced by a rename, while Write was building the new tree. Such a
// thing at a generated path is an error: obsgen does not overwrite what it
// did not write.
func rescue(old, root string, t *tree, p *plan) error {
	return filepath.WalkDir(old, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(old, name)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == "." || rel == ManifestName || (!d.IsDir() && isTempName(d.Name())) || p.owned[rel] {
			return nil
		}
		before := t.entries[rel]
		dst := filepath.Join(root, filepath.FromSlash(rel))
		if d.IsDir() {
			if before != nil && before.info.IsDir() {
				return nil // look inside
			}
		} else if before != nil {
			info, err := d.Info()
			if err != nil {
				return err
			}
			if os.SameFile(before.info, info) {
				return nil // carried over already
			}
		}
		if _, ok := p.gen[rel]; ok {
			return fmt.Errorf("%s appeared while obsgen was writing and is in the way of a generated file", rel)
		}
		if d.IsDir() {
			if _, err := os.Lstat(dst); err == nil {
				return nil // a directory of the new tree: look inside
			} else if !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.Rename(name, dst); err != nil {
			return fmt.Errorf("keep %s, which changed while obsgen was writing: %w", rel, err)
		}
		if d.IsDir() {
			return filepath.SkipDir
		}
		return nil
	})
}
