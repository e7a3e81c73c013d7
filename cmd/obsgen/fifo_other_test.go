//go:build !unix

package main

import "testing"

// makeFIFO skips the case: named pipes are made here on Unix only.
func makeFIFO(t *testing.T, _ string) {
	t.Helper()
	t.Skip("named pipes are made on Unix only")
}
