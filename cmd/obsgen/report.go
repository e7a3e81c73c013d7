package main

import (
	"fmt"
	"io"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/pipeline"
)

// printDiags writes diagnostics in the given format; text adds a summary
// line, also when there is nothing to report.
func printDiags(w io.Writer, res *pipeline.Result, format string) error {
	switch format {
	case "", "text":
		if err := diag.WriteText(w, res.Diags, res.Sources); err != nil {
			return err
		}
		_, err := fmt.Fprintln(w, res.Diags.Summary())
		return err
	case "problems":
		// generate and check show warnings and errors; infos (such as
		// unused metrics) are for obsgen lint.
		var shown diag.List
		for _, d := range res.Diags {
			if d.Severity >= diag.Warning {
				shown = append(shown, d)
			}
		}
		if len(shown) > 0 {
			if err := diag.WriteText(w, shown, res.Sources); err != nil {
				return err
			}
		}
		if len(res.Diags) == 0 {
			return nil
		}
		summary := res.Diags.Summary()
		if n := len(res.Diags) - len(shown); n > 0 {
			summary += " (run obsgen lint to see the infos)"
		}
		_, err := fmt.Fprintln(w, summary)
		return err
	case "json":
		return diag.WriteJSON(w, res.Diags)
	case "github":
		return diag.WriteGitHub(w, res.Diags)
	case "sarif":
		return diag.WriteSARIF(w, res.Diags)
	}
	return &exitError{exitUsage, errFormat(format)}
}
