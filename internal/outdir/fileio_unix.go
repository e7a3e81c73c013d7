//go:build unix

package outdir

import (
	"errors"
	"io/fs"
	"syscall"
)

// createFile creates name, which must not exist, with mode 0644 (less the
// umask), writes data and, with sync, flushes it to disk. It calls the
// system directly: open, write, close, without the runtime poller's
// registration that os.OpenFile makes for every file, a third of the
// system calls of writing a small file.
func createFile(name string, data []byte, sync bool) error {
	fd, err := ignoringEINTR(func() (int, error) {
		return syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o644)
	})
	if err != nil {
		return &fs.PathError{Op: "open", Path: name, Err: err}
	}
	werr := writeAll(fd, data)
	var serr error
	if sync && werr == nil {
		if err := syscall.Fsync(fd); err != nil {
			serr = &fs.PathError{Op: "sync", Path: name, Err: err}
		}
	}
	var cerr error
	if err := syscall.Close(fd); err != nil {
		cerr = &fs.PathError{Op: "close", Path: name, Err: err}
	}
	if werr != nil {
		werr = &fs.PathError{Op: "write", Path: name, Err: werr}
	}
	return errors.Join(werr, serr, cerr)
}

// writeAll writes data to fd, however many calls it takes.
func writeAll(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := ignoringEINTR(func() (int, error) { return syscall.Write(fd, data) })
		if err != nil {
			return err
		}
		if n == 0 {
			return syscall.EIO
		}
		data = data[n:]
	}
	return nil
}

// readUpTo reads at most len(buf) bytes of the file name into buf, without
// following a symbolic link, and returns how many it read: a file longer
// than buf fills it.
func readUpTo(name string, buf []byte) (int, error) {
	fd, err := ignoringEINTR(func() (int, error) {
		return syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOFOLLOW, 0)
	})
	if err != nil {
		return 0, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer syscall.Close(fd)
	total := 0
	for total < len(buf) {
		n, err := ignoringEINTR(func() (int, error) { return syscall.Read(fd, buf[total:]) })
		if err != nil {
			return total, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if n == 0 {
			break
		}
		total += n
	}
	return total, nil
}

// ignoringEINTR calls f until it is not interrupted by a signal.
func ignoringEINTR(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if !errors.Is(err, syscall.EINTR) {
			return n, err
		}
	}
}
