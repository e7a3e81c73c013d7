//go:build !unix

package outdir

import (
	"errors"
	"io"
	"os"
)

// createFile creates name, which must not exist, with mode 0644 (less the
// umask), writes data and, with sync, flushes it to disk.
func createFile(name string, data []byte, sync bool) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	var serr error
	if sync {
		serr = f.Sync()
	}
	cerr := f.Close()
	return errors.Join(werr, serr, cerr)
}

// readUpTo reads at most len(buf) bytes of the file name into buf and
// returns how many it read: a file longer than buf fills it.
func readUpTo(name string, buf []byte) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n, err := io.ReadFull(f, buf)
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		err = nil
	}
	return n, err
}
