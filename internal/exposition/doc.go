// Package exposition reads a /metrics page: it fetches one over HTTP or
// reads it from a file or standard input, within a size and time limit,
// and parses the Prometheus text format or OpenMetrics into metric families
// as Prometheus stores them, each with the line it was written on. verify
// compares the result with a catalogue, import writes a catalogue from it,
// and tests read simulate's output with it.
package exposition
