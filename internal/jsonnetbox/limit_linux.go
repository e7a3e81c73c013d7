//go:build linux && !race

package jsonnetbox

import "syscall"

// limitMemory bounds the address space of this process (a Jsonnet child),
// so that a program building huge values fails instead of exhausting the
// machine. It only ever lowers the limit.
func limitMemory(n uint64) {
	var cur syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &cur); err != nil {
		return
	}
	// RLIM_INFINITY is the largest value, so plain comparisons work.
	if cur.Cur <= n {
		return
	}
	lim := syscall.Rlimit{Cur: n, Max: cur.Max}
	if cur.Max < n {
		lim.Cur = cur.Max
	}
	_ = syscall.Setrlimit(syscall.RLIMIT_AS, &lim)
}
