// Command obsgen validates monitoring catalogues and generates every
// monitoring artifact from them. See `obsgen --help`.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Exit codes: the contract other tools rely on.
const (
	exitOK       = 0
	exitProblems = 1
	exitUsage    = 2
)

// exitError carries an exit code out of a command; a nil Err means the
// command already printed what went wrong.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

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
