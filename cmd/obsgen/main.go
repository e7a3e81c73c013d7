// Command obsgen validates monitoring catalogues and generates every
// monitoring artifact from them. See `obsgen --help`.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the CLI with args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
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
