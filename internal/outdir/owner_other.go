//go:build !unix

package outdir

import (
	"io/fs"
	"os"
)

// device would return the filesystem of a file; this platform does not
// say, so no mount point is detected by it.
func device(fs.FileInfo) (uint64, bool) { return 0, false }

// keepOwner would keep a directory's owner; this platform has no owners
// obsgen sets.
func keepOwner(*os.File, fs.FileInfo) error { return nil }
