// Command obsgen validates monitoring catalogues and generates every
// monitoring artifact from them. See `obsgen --help`.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/obsgen/obsgen/internal/gcpace"
)

// gcPolicy is the garbage a run lets build before the collector runs
// (gcpace): half as much again as the live heap (GOGC=150) until the heap
// would pass 200 MB, and as by default from there, so that the runs that
// hold the most do not hold more: the 8,000-metric check took 17 % less
// time than by default for a peak under its 300 MB. Stop 34 also let 48
// MB build however small the live heap, which on its machine saved a
// 2,000-metric catalogue a tenth of its CPU time. On stop 45's machine,
// where a page of new memory costs more, that headroom cost every small
// run instead (alternately, medians of 7 to 15, to the binary without
// it): the kubernetes-mixin-sized generate 0.20 → 0.17 s and 74 → 62 MB,
// the seeds' check 0.20 → 0.17 s, the 2,000-metric check 0.73 → 0.66 s
// and 154 → 110 MB, while the 8,000-metric, 1,000-SLO and 200-service
// runs were as fast either way (within 2 %).
var gcPolicy = gcpace.Policy{Growth: 150, Ceiling: 200 << 20}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the CLI with args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	defer gcpace.Start(gcPolicy).Stop()
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "obsgen: %v\n", ee.err)
		}
		return ee.code
	}
	// Anything else cobra returns is a usage problem: unknown command or
	// flag, wrong number of arguments.
	fmt.Fprintf(stderr, "obsgen: %v\nRun 'obsgen --help' for usage.\n", err)
	return exitUsage
}
