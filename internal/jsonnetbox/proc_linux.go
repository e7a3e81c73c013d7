package jsonnetbox

import (
	"errors"
	"os/exec"
	"runtime"
	"syscall"
)

// childAttr makes a Jsonnet child die with its parent: the kernel sends it
// SIGKILL when the thread that started it ends, which startChild keeps
// alive as long as the child runs. A parent killed with SIGKILL (a CI job
// cancelled) so leaves no evaluator behind.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// runChild runs cmd on a locked OS thread: Pdeathsig is tied to the thread
// that forked, and a thread the Go runtime retires would kill the child.
func runChild(cmd *exec.Cmd) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	return cmd.Run()
}

// limitCPU bounds the CPU time of this process (a Jsonnet child): past
// seconds it gets SIGXCPU, a second later SIGKILL. With the parent's wall
// clock limit and Pdeathsig, this is the third way a runaway evaluator
// ends. It only ever lowers the limit.
func limitCPU(seconds uint64) {
	var cur syscall.Rlimit
	if seconds == 0 || syscall.Getrlimit(syscall.RLIMIT_CPU, &cur) != nil || cur.Cur <= seconds {
		return
	}
	lim := syscall.Rlimit{Cur: seconds, Max: min(seconds+1, cur.Max)}
	_ = syscall.Setrlimit(syscall.RLIMIT_CPU, &lim)
}

// cpuExhausted reports whether a child ended by its CPU limit.
func cpuExhausted(err error) bool {
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		return false
	}
	ws, ok := exit.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGXCPU
}
