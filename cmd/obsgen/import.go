package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/importer"
	"github.com/spf13/cobra"
)

func newImportCmd() *cobra.Command {
	var xf expositionFlags
	var service, out string
	var force bool
	cmd := &cobra.Command{
		Use:   "import (--url URL | --file FILE) --service NAME",
		Short: "Write a starting catalogue spec from a /metrics exposition",
		Long: `import reads an exposition (Prometheus text format or OpenMetrics) and writes
a catalogue spec for it: every metric family with its type, unit (from the
name's suffix), HELP and labels; each label declared once, as an enumeration
of the values seen when there are at most 10, else with an example; metrics
grouped by name prefix. The spec passes obsgen lint as written; comments mark
where the exposition had to be adapted (a counter without _total, an untyped
family, a multi-line HELP). --ignore globs are left out and recorded as
service.verify.ignore, so obsgen verify agrees.`,
		Example: `  obsgen import --url http://127.0.0.1:9100/metrics --service node --ignore 'go_*' --out specs/node/metrics.yaml
  obsgen import --file metrics.txt --service rstmdb > specs/rstmdb/imported.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if service == "" {
				return &exitError{exitUsage, errors.New("--service NAME is required")}
			}
			if out != "" && !force {
				if _, err := os.Stat(out); err == nil {
					return &exitError{exitUsage, fmt.Errorf("%s exists; pass --force to overwrite it", out)}
				}
			}
			e, syntax, err := xf.read(cmd.Context(), cmd.InOrStdin())
			if err != nil {
				return err
			}
			if syntax != nil {
				if err := writeDiags(cmd.ErrOrStderr(), diag.List{*syntax}, nil, "text"); err != nil {
					return err
				}
				return &exitError{exitProblems, nil}
			}
			data, err := importer.Import(e, importer.Options{Service: service, Ignore: xf.ignore})
			if err != nil {
				return &exitError{exitUsage, err}
			}
			if out == "" {
				_, err := cmd.OutOrStdout().Write(data)
				return err
			}
			if err := writeFileAtomic(out, data); err != nil {
				return &exitError{exitProblems, err}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "obsgen: wrote %s (%d families read from %s)\n", out, len(e.Families), e.Name)
			return nil
		},
	}
	xf.register(cmd)
	cmd.Flags().StringVar(&service, "service", "", "service name for the spec (lower-case, digits, - and _)")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write the spec to this file instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite --out if it exists")
	return cmd
}

// writeFileAtomic writes data to path through a temporary file in the same
// folder, so a reader never sees half a spec.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".obsgen-import-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
