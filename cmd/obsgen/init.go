package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/obsgen/obsgen/internal/scaffold"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/spf13/cobra"
)

func newInitCmd() *cobra.Command {
	var specs string
	cmd := &cobra.Command{
		Use:   "init SERVICE",
		Short: "Scaffold a new service's catalogue in any repository",
		Long: `init writes specs/SERVICE/service.yaml: a minimal catalogue that lints
clean, generates and passes obsgen test as it is (a counter, a scrape job,
an alert on up with its tests), with commented examples of a histogram, a
0/1 gauge, an error-ratio alert and a latency alert. It then prints the
commands to run next and what to add to a Makefile and to CI.

The spec's first line names the JSON Schema for editors: the nearest
schema/obsgen.schema.json above the service folder, or, when there is
none, one init writes beside the specs folder (refresh it with
obsgen schema > schema/obsgen.schema.json after upgrading obsgen).

init never overwrites: it exits 1 when the service folder exists, and 2 for
a name that cannot name a service.`,
		Example: `  obsgen init payments
  obsgen init payments --specs monitoring/specs`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[0]
			if err := scaffold.CheckName(name); err != nil {
				return usage(err)
			}
			dir := filepath.Join(specs, name)
			if _, err := os.Lstat(dir); err == nil {
				return problemsf("%s exists: init writes only new services (edit its spec files instead)", dir)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return usage(err)
			}
			w := cmd.OutOrStdout()
			ref := schemaRef(filepath.Join(dir, "service.yaml"))
			if ref == speccodec.SchemaID {
				path := filepath.Join(filepath.Dir(filepath.Clean(specs)), schemaFile)
				data, err := speccodec.Schema()
				if err != nil {
					return err
				}
				if err := writeFileAtomic(path, data); err != nil {
					return problems(err)
				}
				fmt.Fprintf(w, "wrote %s\n", path)
				if ref, err = filepath.Rel(dir, path); err != nil {
					return err
				}
				ref = filepath.ToSlash(ref)
			}
			files, err := scaffold.Service(name, scaffold.Options{Specs: filepath.ToSlash(specs), Schema: ref})
			if err != nil {
				return usage(err)
			}
			for _, f := range files {
				if err := writeFileAtomic(filepath.FromSlash(f.Path), f.Data); err != nil {
					return problems(err)
				}
				fmt.Fprintf(w, "wrote %s\n", filepath.FromSlash(f.Path))
			}
			_, err = fmt.Fprintf(w, "\n%s", scaffold.NextSteps(name, filepath.ToSlash(filepath.Clean(specs))))
			return err
		},
	}
	cmd.Flags().StringVar(&specs, "specs", "specs", "the folder of service folders to write SERVICE/ into")
	return cmd
}
