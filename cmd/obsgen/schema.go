package main

import (
	"github.com/spf13/cobra"

	"github.com/obsgen/obsgen/internal/speccodec"
)

func newSchemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the spec format",
		Long: `schema prints the JSON Schema (draft 2020-12) of obsgen spec files. Editors
that read a "# yaml-language-server: $schema=..." comment complete and check
fields with it; the repository keeps a copy in schema/obsgen.schema.json.`,
		Example: `  obsgen schema > schema/obsgen.schema.json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := speccodec.Schema()
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(data)
			return err
		},
	}
}
