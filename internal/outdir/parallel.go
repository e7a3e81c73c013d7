package outdir

import (
	"bytes"
	"fmt"
	"io/fs"
	"runtime"
	"sync/atomic"

	"github.com/obsgen/obsgen/internal/parallel"
)

// ioWorkers is how many files are read or written at once. A file system
// call mostly waits on the kernel (directory locks, the journal, the disk),
// so a few more than the cores keep them busy.
func ioWorkers() int { return max(4, runtime.GOMAXPROCS(0)) }

// forEach calls f(i) for i in 0..n-1 on ioWorkers goroutines and returns
// the error of the lowest i that failed, or nil. After a failure the calls
// not yet started are skipped: what they would write is thrown away.
func forEach(n int, f func(i int) error) error {
	var failed atomic.Bool
	return parallel.ForEachErr(n, ioWorkers(), func(i int) error {
		if failed.Load() {
			return nil
		}
		err := f(i)
		if err != nil {
			failed.Store(true)
		}
		return err
	})
}

// contentCheck asks whether the file name, described by info (from
// Lstat), holds exactly data.
type contentCheck struct {
	name string
	info fs.FileInfo
	data []byte
}

// sameContentBuf answers one check, reading into *buf (grown as needed).
// It reads one byte more than data, so a file that grew since it was
// described is not taken for the same.
func sameContentBuf(c contentCheck, buf *[]byte) (bool, error) {
	if !c.info.Mode().IsRegular() || c.info.Size() != int64(len(c.data)) {
		return false, nil
	}
	b, ok, err := readSized(c.name, len(c.data), buf)
	if err != nil {
		return false, fmt.Errorf("compare %s: %w", c.name, err)
	}
	return ok && bytes.Equal(b, c.data), nil
}

// readSized reads the file name into *buf (grown as needed) and reports
// whether it holds exactly size bytes: it reads one byte more, so a file
// that grew since its size was taken is not taken for its old self.
func readSized(name string, size int, buf *[]byte) ([]byte, bool, error) {
	if cap(*buf) < size+1 {
		*buf = make([]byte, size+1)
	}
	b := (*buf)[:size+1]
	n, err := readUpTo(name, b)
	if err != nil {
		return nil, false, err
	}
	return b[:n], n == size, nil
}
