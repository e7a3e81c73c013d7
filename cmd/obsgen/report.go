package main

import (
	"io"
	"strings"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/words"
)

// lintText is how lint prints text: every diagnostic, then the count of
// each severity, also when there is none.
var lintText = diag.Text{Summary: true}

// problemsText is how generate and check print text: warnings and errors,
// then the count of each severity when there is any; infos (such as unused
// metrics) are for obsgen lint.
var problemsText = diag.Text{Least: diag.Warning, Summary: true, Quiet: true, Hidden: " (run obsgen lint to see the infos)"}

// verifyText is how verify prints text: every diagnostic, then the count
// of each severity when there is any.
var verifyText = diag.Text{Summary: true, Quiet: true}

// errorsText is how commands that stop on a spec's errors print them: the
// errors alone, the command's own message follows.
var errorsText = diag.Text{Least: diag.Error}

// refuseErrors stops a command that needs specs without errors: it prints
// their errors to w in format and returns exit 1 saying what they stop
// ("specs/shop: 2 errors; fix them (obsgen lint) before simulating"); nil
// when there are none.
func refuseErrors(w io.Writer, res *pipeline.Result, format, specs, doing string) error {
	errs := res.Diags.AtLeast(diag.Error)
	if len(errs) == 0 {
		return nil
	}
	if err := diag.Write(w, inRepository(format, errs), res.Sources, format, errorsText); err != nil {
		return err
	}
	return problemsf("%s: %s; fix them (obsgen lint) before %s", specs, words.Count(len(errs), "error"), doing)
}

// specsNamed names the SPEC arguments in messages; specs when none.
func specsNamed(args []string) string {
	if len(args) == 0 {
		return "specs"
	}
	return strings.Join(args, " ")
}
