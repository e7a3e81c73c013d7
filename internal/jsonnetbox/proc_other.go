//go:build !linux

package jsonnetbox

import (
	"os/exec"
	"syscall"
)

// childAttr would tie a Jsonnet child's life to its parent's; only Linux
// offers it (Pdeathsig). Elsewhere the parent's time limit ends it.
func childAttr() *syscall.SysProcAttr { return nil }

// runChild runs cmd.
func runChild(cmd *exec.Cmd) error { return cmd.Run() }

// limitCPU would bound this process's CPU time; not set here.
func limitCPU(uint64) {}

// cpuExhausted reports whether a child ended by its CPU limit: never here.
func cpuExhausted(error) bool { return false }
