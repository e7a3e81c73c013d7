package outdir

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
)

// specialBits are the mode bits, beyond permissions, that Chmod sets.
const specialBits = fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky

// durable makes Write flush files and directories to disk. Only tests that
// kill processes, where flushing makes no difference, turn it off for speed.
var durable = true

// writeNewFile creates name, which must not exist, with mode 0644 (less the
// umask), writes data and flushes it to disk.
func writeNewFile(name string, data []byte) error {
	return writeNewFileSync(name, data, durable)
}

// writeNewFileSync is writeNewFile that flushes only when sync is set; the
// stage leaves flushing to one syncfs over the whole tree.
func writeNewFileSync(name string, data []byte, sync bool) error {
	return createFile(name, data, sync)
}

// replaceFile replaces name with a file holding data, atomically: it writes a
// temporary file next to it and renames that over it.
func replaceFile(name string, data []byte) error {
	tmp := filepath.Join(filepath.Dir(name), tempName(filepath.Base(name)))
	if err := writeNewFile(tmp, data); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

// carry puts the foreign src, described by info, at dst: a hard link where
// possible, otherwise a copy. A symbolic link is recreated, not followed.
func carry(src, dst string, info fs.FileInfo) error {
	if info.Mode()&fs.ModeSymlink != 0 {
		target, err := os.Readlink(src)
		if err != nil {
			return err
		}
		return os.Symlink(target, dst)
	}
	linkErr := os.Link(src, dst)
	if linkErr == nil || errors.Is(linkErr, fs.ErrExist) || !info.Mode().IsRegular() {
		return linkErr
	}
	if err := copyFile(src, dst, info); err != nil {
		return fmt.Errorf("%w (after hard linking failed: %w)", err, linkErr)
	}
	return nil
}

// copyFile copies the regular file src to dst, which must not exist, with
// its mode and modification time.
func copyFile(src, dst string, info fs.FileInfo) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, info.Mode().Perm())
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	err = errors.Join(err, out.Chmod(info.Mode()&(fs.ModePerm|specialBits)), out.Sync(), out.Close())
	if err != nil {
		return err
	}
	return os.Chtimes(dst, info.ModTime(), info.ModTime())
}

// removeTree removes name and everything under it, like os.RemoveAll, but
// if that fails it makes every directory under name writable by its owner
// and tries again, so that a read-only directory someone kept in the folder
// does not stop the previous tree from going. Directories cannot be hard
// linked, so this never changes anything in the new tree.
//
// It never removes across a filesystem boundary: with something mounted
// below name (which os.RemoveAll would empty), it fails instead.
func removeTree(name string) error {
	if mounts := mountPoints(name); len(mounts) > 0 {
		return fmt.Errorf("%s is a mount point: obsgen does not remove across filesystems; unmount it", slices.Sorted(maps.Keys(mounts))[0])
	}
	if os.RemoveAll(name) == nil {
		return nil
	}
	_ = filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			_ = os.Chmod(p, 0o700) // before WalkDir reads it
		}
		return nil
	})
	return os.RemoveAll(name)
}

// syncDir flushes the directory name's entries to disk.
func syncDir(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	return errors.Join(syncOpenDir(f), f.Close())
}

// syncOpenDir flushes an open directory to disk; Windows cannot, and does
// not need to.
func syncOpenDir(f *os.File) error {
	if runtime.GOOS == "windows" || !durable {
		return nil
	}
	return f.Sync()
}
