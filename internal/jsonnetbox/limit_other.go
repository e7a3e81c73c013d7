//go:build !linux || race

package jsonnetbox

// limitMemory does nothing here: the platform has no address-space limit
// obsgen sets, or the race detector needs far more address space than any
// sensible limit.
func limitMemory(uint64) {}
