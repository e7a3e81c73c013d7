//go:build unix

package main

import (
	"os"
	"syscall"
	"testing"
)

// makeFIFO makes a named pipe nobody writes to. A reader blocks in open
// until the test ends, when the pipe is opened for writing and closed: the
// reader, abandoned at its --timeout, then sees the end and returns.
func makeFIFO(t *testing.T, name string) {
	t.Helper()
	if err := syscall.Mkfifo(name, 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	t.Cleanup(func() {
		if f, err := os.OpenFile(name, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			_ = f.Close()
		}
	})
}
