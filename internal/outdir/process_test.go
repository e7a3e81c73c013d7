package outdir

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Environment of a child process started by these tests.
const (
	childMode  = "OUTDIR_TEST_CHILD" // "loop" or "count"
	childDir   = "OUTDIR_TEST_DIR"
	childSets  = "OUTDIR_TEST_SETS"  // comma-separated bigSet tags
	childCount = "OUTDIR_TEST_COUNT" // writes, for "count"
	childFiles = 300                 // files in each set
)

// TestHelperProcess is not a test: it is the child process of the tests
// below, which run the test binary again with it selected.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(childMode)
	if mode == "" {
		t.Skip("only runs as a child of other tests")
	}
	dir := os.Getenv(childDir)
	var sets [][]File
	for tag := range strings.SplitSeq(os.Getenv(childSets), ",") {
		sets = append(sets, bigSet(tag, childFiles))
	}
	n, _ := strconv.Atoi(os.Getenv(childCount))
	// Flushing to disk guards against power loss, not against a killed
	// process; without it each write is quicker, so more kills fit.
	durable = false
	os.Stdout.WriteString("ready\n")
	for i := 0; mode == "loop" || i < n; i++ {
		if err := Write(dir, sets[i%len(sets)]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
	}
	os.Exit(0)
}

// child returns a command running TestHelperProcess.
func child(dir, mode, sets string, count int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(),
		childMode+"="+mode, childDir+"="+dir, childSets+"="+sets, childCount+"="+strconv.Itoa(count))
	cmd.Stderr = os.Stderr
	return cmd
}

func TestKillMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	a, b := bigSet("a", childFiles), bigSet("b", childFiles)
	foreign := map[string]string{"mine/notes.txt": "mine", "svc01/local.yaml": "local", "empty/": ""}

	durable = false // as in the child, so that perWrite is its speed
	t.Cleanup(func() { durable = true })
	start := time.Now()
	mustWrite(t, dir, a)
	plant(t, dir, foreign)
	mustWrite(t, dir, b)
	mustWrite(t, dir, a)
	perWrite := time.Since(start) / 3

	trees := map[string]map[string]string{"a": wantTree(a, foreign), "b": wantTree(b, foreign)}
	now, other := "a", "b"
	changed, kept := 0, 0
	deadline := time.Now().Add(4 * time.Second)
	for i := 0; i < 30 && time.Now().Before(deadline); i++ {
		// The child writes the other tree first, then this one, over and
		// over, until it is killed.
		cmd := child(dir, "loop", other+","+now, 0)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "ready\n" {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatalf("child said %q, %v", line, err)
		}
		time.Sleep(rand.N(2 * perWrite)) // into the first or the second write
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("the child was not killed but ended: %v", err)
		}

		got := readTree(t, dir)
		which := ""
		for name, want := range trees {
			if diffTrees(got, want) == "" {
				which = name
			}
		}
		if which == "" {
			t.Fatalf("after kill %d the folder is neither tree:\nagainst a:\n%s\nagainst b:\n%s",
				i, diffTrees(got, trees["a"]), diffTrees(got, trees["b"]))
		}
		if which == now {
			kept++
		} else {
			changed++
			now, other = other, now
		}
	}
	t.Logf("one write takes about %v; the kills left the folder as it was %d times and changed it %d times", perWrite, kept, changed)

	mustWrite(t, dir, b)
	assertTree(t, dir, trees["b"])
	assertNoStage(t, dir)
}

func TestConcurrentProcessesEndWithOneCompleteTree(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := filepath.Join(t.TempDir(), "out")
	tags := []string{"a", "b", "c"}
	var cmds []*exec.Cmd
	for _, tag := range tags {
		cmd := child(dir, "count", tag, 2)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("a child failed: %v", err)
		}
	}
	got := readTree(t, dir)
	for _, tag := range tags {
		if diffTrees(got, wantTree(bigSet(tag, childFiles), nil)) == "" {
			assertNoStage(t, dir)
			return
		}
	}
	t.Fatalf("the folder is none of the trees written; against a:\n%s", diffTrees(got, wantTree(bigSet("a", childFiles), nil)))
}
