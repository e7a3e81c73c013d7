package main

import (
	"fmt"
	"io"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/pipeline"
)

// printDiags writes diagnostics in the given format; text adds a summary.
func printDiags(w io.Writer, res *pipeline.Result, format string) error {
	switch format {
	case "", "text":
		if len(res.Diags) == 0 {
			return nil
		}
		if err := diag.WriteText(w, res.Diags, res.Sources); err != nil {
			return err
		}
		_, err := fmt.Fprintln(w, res.Diags.Summary())
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
