package main

import (
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// addProfiling adds the hidden --cpuprofile flag: a pprof CPU profile of the
// whole command, for `go tool pprof`.
func addProfiling(root *cobra.Command) {
	var path string
	var file *os.File
	root.PersistentFlags().StringVar(&path, "cpuprofile", "", "write a CPU profile of the run to this file")
	_ = root.PersistentFlags().MarkHidden("cpuprofile")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if path == "" {
			return nil
		}
		f, err := os.Create(path)
		if err != nil {
			return usagef("--cpuprofile: %w", err)
		}
		file = f
		return pprof.StartCPUProfile(f)
	}
	cobra.OnFinalize(func() {
		if file != nil {
			pprof.StopCPUProfile()
			_ = file.Close()
		}
	})
}
