//go:build linux

package outdir

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// renameExchange swaps the directories a and b in one step with renameat2
// and RENAME_EXCHANGE. It returns errExchangeUnsupported if the kernel or
// filesystem cannot, or if b is a mount point.
func renameExchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return nil
	case unsupported(err), errors.Is(err, unix.EXDEV), errors.Is(err, unix.EBUSY):
		return fmt.Errorf("%w: %w", errExchangeUnsupported, &os.LinkError{Op: "renameat2", Old: a, New: b, Err: err})
	}
	return &os.LinkError{Op: "renameat2", Old: a, New: b, Err: err}
}

// renameNoReplace renames a to b, failing if b exists.
func renameNoReplace(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_NOREPLACE)
	if unsupported(err) {
		return renameIfAbsent(a, b)
	}
	if err != nil {
		return &os.LinkError{Op: "renameat2", Old: a, New: b, Err: err}
	}
	return nil
}

// unsupported reports whether err means renameat2 or its flag is unknown.
func unsupported(err error) bool {
	return errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EOPNOTSUPP)
}
