package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// location is where the output folder really is, with symbolic links
// resolved: its parent holds the lock file and the staging directories.
type location struct {
	real   string // absolute path of the folder, symlinks resolved
	parent string // filepath.Dir(real)
	base   string // filepath.Base(real)
}

// locate resolves dir. exists reports whether it is there; if it is, it is a
// directory (or a symbolic link to one). With create, missing parent
// directories are made, so that the lock file and the staging directory have
// somewhere to go.
func locate(dir string, create bool) (loc location, exists bool, err error) {
	if dir == "" {
		return location{}, false, errors.New("no output folder given")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return location{}, false, fmt.Errorf("locate: %w", err)
	}
	var real string
	_, err = os.Lstat(abs)
	switch {
	case err == nil:
		exists = true
		real, err = filepath.EvalSymlinks(abs)
		if err != nil {
			return location{}, false, fmt.Errorf("resolve: %w", err)
		}
		info, err := os.Lstat(real)
		if err != nil {
			return location{}, false, fmt.Errorf("resolve: %w", err)
		}
		if !info.IsDir() {
			return location{}, false, fmt.Errorf("%s is not a directory", real)
		}
	case errors.Is(err, fs.ErrNotExist):
		parent := filepath.Dir(abs)
		if create {
			if err := os.MkdirAll(parent, 0o755); err != nil {
				return location{}, false, fmt.Errorf("make parent: %w", err)
			}
		}
		rp, err := filepath.EvalSymlinks(parent)
		switch {
		case err == nil:
			real = filepath.Join(rp, filepath.Base(abs))
		case errors.Is(err, fs.ErrNotExist) && !create:
			real = abs
		default:
			return location{}, false, fmt.Errorf("resolve parent: %w", err)
		}
	default:
		return location{}, false, fmt.Errorf("locate: %w", err)
	}
	loc = location{real: real, parent: filepath.Dir(real), base: filepath.Base(real)}
	if loc.parent == real {
		return location{}, false, fmt.Errorf("%s is a filesystem root; obsgen needs a folder it can swap", real)
	}
	return loc, exists, nil
}
