package main

import (
	"errors"
	"fmt"

	"github.com/obsgen/obsgen/internal/pipeline"
)

// Exit codes: the contract other tools rely on.
const (
	exitOK       = 0
	exitProblems = 1
	exitUsage    = 2
)

// exitError carries an exit code out of a command; a nil err means the
// command already printed what went wrong. Build it with usage, problems
// or reported.
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

// Unwrap returns the error the exit code was given for.
func (e *exitError) Unwrap() error { return e.err }

// usage is exit 2: the command line, or an input it names, cannot be used.
func usage(err error) error { return &exitError{exitUsage, err} }

// usagef is usage with a message.
func usagef(format string, args ...any) error { return usage(fmt.Errorf(format, args...)) }

// problems is exit 1: obsgen found problems, or failed at its work.
func problems(err error) error { return &exitError{exitProblems, err} }

// problemsf is problems with a message.
func problemsf(format string, args ...any) error { return problems(fmt.Errorf(format, args...)) }

// reported is exit 1 for problems the command has printed already.
func reported() error { return &exitError{exitProblems, nil} }

// fromPipeline maps an error of the pipeline to its exit code: a
// pipeline.UsageError (the spec folders named cannot be read) is usage,
// anything else a failure of the run.
func fromPipeline(err error) error {
	var ue *pipeline.UsageError
	if errors.As(err, &ue) {
		return usage(err)
	}
	return problems(err)
}
