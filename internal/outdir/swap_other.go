//go:build !linux

package outdir

// renameExchange would swap two directories atomically; outside Linux it
// cannot, and Write replaces file by file instead.
func renameExchange(a, b string) error { return errExchangeUnsupported }

// renameNoReplace renames a to b, failing if b exists (not atomically).
func renameNoReplace(a, b string) error { return renameIfAbsent(a, b) }
