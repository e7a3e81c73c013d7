package main

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// addProfiling adds the hidden --cpuprofile and --memprofile flags: a
// pprof CPU profile of the whole command, and its allocations (what was
// allocated over the run, by bytes and by count, and what is still live at
// its end), for `go tool pprof`; and the hidden --peakprofile, what was
// live at the largest live heap of the run (what peak memory is made of).
func addProfiling(root *cobra.Command) {
	var cpuPath, memPath, peakPath string
	var file *os.File
	var peak *peakProfile
	root.PersistentFlags().StringVar(&cpuPath, "cpuprofile", "", "write a CPU profile of the run to this file")
	root.PersistentFlags().StringVar(&memPath, "memprofile", "", "write an allocation profile of the run to this file")
	_ = root.PersistentFlags().MarkHidden("cpuprofile")
	root.PersistentFlags().StringVar(&peakPath, "peakprofile", "", "write the heap profile of the largest live heap of the run to this file")
	_ = root.PersistentFlags().MarkHidden("memprofile")
	_ = root.PersistentFlags().MarkHidden("peakprofile")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if peakPath != "" {
			peak = watchPeakProfile(0)
		}
		if cpuPath == "" {
			return nil
		}
		f, err := os.Create(cpuPath)
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
		if memPath != "" {
			writeHeapProfile(memPath)
		}
		if peak != nil {
			if err := peak.stop(peakPath); err != nil {
				fmt.Fprintf(os.Stderr, "obsgen: --peakprofile: %v\n", err)
			}
		}
	})
}

// writeHeapProfile writes the heap profile to path; a failure is only
// reported, since the run itself is over.
func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "obsgen: --memprofile: %v\n", err)
	}
}
