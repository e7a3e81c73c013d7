package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// childrenOf returns the live (not zombie) processes whose parent is pid.
func childrenOf(t *testing.T, pid int) []int {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	var out []int
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if ppid, state, ok := procStat(p); ok && ppid == pid && state != "Z" {
			out = append(out, p)
		}
	}
	return out
}

// procStat returns a process's parent and state from /proc/PID/stat.
func procStat(pid int) (ppid int, state string, ok bool) {
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return 0, "", false
	}
	// pid (comm) state ppid ...: comm may hold spaces and parentheses.
	rest := string(data[strings.LastIndexByte(string(data), ')')+1:])
	f := strings.Fields(rest)
	if len(f) < 2 {
		return 0, "", false
	}
	ppid, err = strconv.Atoi(f[1])
	return ppid, f[0], err == nil
}

// alive reports whether pid is a process that has not ended.
func alive(pid int) bool {
	_, state, ok := procStat(pid)
	return ok && state != "Z"
}

func TestAKilledObsgenLeavesNoJsonnetChild(t *testing.T) {
	work := t.TempDir()
	if err := os.CopyFS(work, os.DirFS(filepath.Join("..", "..", "testdata", "hostile", "cost-jsonnet-runaway"))); err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "lint", "--jsonnet-timeout", "10m", "specs")
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "OBSGEN_TEST_AS_CLI=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	var kids []int
	for deadline := time.Now().Add(30 * time.Second); len(kids) == 0; {
		if time.Now().After(deadline) {
			t.Fatal("obsgen started no Jsonnet child within 30 s")
		}
		time.Sleep(20 * time.Millisecond)
		kids = childrenOf(t, cmd.Process.Pid)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	for deadline := time.Now().Add(5 * time.Second); ; {
		left := 0
		for _, k := range kids {
			if alive(k) {
				left++
			}
		}
		if left == 0 {
			return
		}
		if time.Now().After(deadline) {
			for _, k := range kids {
				if alive(k) {
					_ = exec.Command("kill", "-9", strconv.Itoa(k)).Run()
				}
			}
			t.Fatalf("%d Jsonnet children outlived obsgen killed with SIGKILL: %v", left, kids)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestJsonnetChildrenNeverOutnumberTheCores(t *testing.T) {
	work := t.TempDir()
	if err := os.CopyFS(work, os.DirFS(filepath.Join("..", "..", "testdata", "hostile", "cost-jsonnet-many-files"))); err != nil {
		t.Fatal(err)
	}
	t.Chdir(work)
	done := make(chan int, 1)
	go func() {
		code, _, _ := obsgen(t, "", "lint", "specs")
		done <- code
	}()
	most := 0
	for {
		select {
		case code := <-done:
			if code != 0 {
				t.Fatalf("lint exited %d", code)
			}
			if most == 0 {
				t.Log("no child was seen running: the evaluations were too quick to sample")
			}
			t.Logf("at most %d Jsonnet children at once", most)
			if limit := runtime.NumCPU(); most > limit {
				t.Fatalf("%d Jsonnet children ran at once; the limit is %d (the cores)", most, limit)
			}
			return
		case <-time.After(5 * time.Millisecond):
			most = max(most, len(childrenOf(t, os.Getpid())))
		}
	}
}
