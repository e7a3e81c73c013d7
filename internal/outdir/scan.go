package outdir

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
)

// entry is one thing found in the output folder.
type entry struct {
	info  fs.FileInfo // from Lstat: a symbolic link is not followed
	empty bool        // a directory with nothing at all in it
}

// tree is what the output folder held when it was scanned.
type tree struct {
	root     string            // the folder
	rootInfo fs.FileInfo       // the folder itself
	entries  map[string]*entry // by slash path; without the folder and its manifest
	temps    []string          // slash paths of temporary files left by a killed run
	// mounts are the slash paths of mount points inside the folder: another
	// filesystem (or a bind mount) obsgen neither enters nor moves.
	mounts []string
}

// scan walks the folder root without following symbolic links, and
// without entering a mount point: another filesystem mounted inside the
// folder is recorded, not walked.
func scan(root string) (*tree, error) {
	t := &tree{root: root, entries: make(map[string]*entry)}
	mounts := mountPoints(root)
	var rootDev uint64
	var haveDev bool
	err := filepath.WalkDir(root, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, name)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		info, err := d.Info()
		if err != nil {
			return err
		}
		if rel == "." {
			t.rootInfo = info
			rootDev, haveDev = device(info)
			return nil
		}
		if d.IsDir() {
			dev, ok := device(info)
			if mounts[name] || (haveDev && ok && dev != rootDev) {
				t.mounts = append(t.mounts, rel)
				if parent := t.entries[path.Dir(rel)]; parent != nil {
					parent.empty = false
				}
				return filepath.SkipDir
			}
		}
		if parent := t.entries[path.Dir(rel)]; parent != nil {
			parent.empty = false
		}
		switch {
		case rel == ManifestName:
			if d.IsDir() {
				return fmt.Errorf("%s is a directory", name)
			}
		case !d.IsDir() && isTempName(d.Name()):
			t.temps = append(t.temps, rel)
		default:
			t.entries[rel] = &entry{info: info, empty: d.IsDir()}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("scan %s: %w", root, err)
	}
	return t, nil
}
