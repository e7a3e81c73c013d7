package outdir

import (
	"os"

	"golang.org/x/sys/unix"
)

// canSyncFS says whether syncFS flushes a whole file system in one call.
const canSyncFS = true

// syncFS flushes every file and directory of the file system holding path
// to disk (syncfs(2)).
func syncFS(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return unix.Syncfs(int(f.Fd()))
}
