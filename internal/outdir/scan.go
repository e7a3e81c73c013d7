package outdir

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
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
// folder is recorded, not walked. With folders (names of directories at
// the top of root), it walks only those that are directories, and the
// tree holds only what is inside them.
func scan(root string, folders ...string) (*tree, error) {
	// folders == nil is the whole folder; an empty list, nothing in it.
	t := &tree{root: root, entries: make(map[string]*entry)}
	mounts := mountPoints(root)
	var rootDev uint64
	var haveDev bool
	if folders != nil {
		info, err := os.Lstat(root)
		if err != nil {
			return nil, fmt.Errorf("scan %s: %w", root, err)
		}
		t.rootInfo = info
		rootDev, haveDev = device(info)
	}
	starts := []string{root}
	if folders != nil {
		starts = nil
		for _, f := range folders {
			name := filepath.Join(root, f)
			if !filepath.IsLocal(f) || strings.ContainsAny(f, `/\`) {
				continue
			}
			if info, err := os.Lstat(name); err == nil && info.IsDir() {
				starts = append(starts, name)
			}
		}
	}
	for _, start := range starts {
		if err := t.walk(start, mounts, rootDev, haveDev); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// walk adds what is at and below start, a path in t.root, to t.
func (t *tree) walk(start string, mounts map[string]bool, rootDev uint64, haveDev bool) error {
	root := t.root
	err := filepath.WalkDir(start, func(name string, d fs.DirEntry, err error) error {
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
		return fmt.Errorf("scan %s: %w", root, err)
	}
	return nil
}
