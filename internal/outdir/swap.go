package outdir

import (
	"errors"
	"io/fs"
	"os"
)

// errExchangeUnsupported says that two paths cannot be swapped atomically
// here, so Write must fall back to replacing file by file.
var errExchangeUnsupported = errors.New("atomic exchange of directories not supported")

// renameIfAbsent renames a to b unless b exists. The check and the rename
// are two steps; it is for systems without an atomic no-replace rename.
func renameIfAbsent(a, b string) error {
	if _, err := os.Lstat(b); err == nil {
		return &os.LinkError{Op: "rename", Old: a, New: b, Err: fs.ErrExist}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return os.Rename(a, b)
}
