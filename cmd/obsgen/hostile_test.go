package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
)

// The hostile corpus, testdata/hostile/ at the top of the repository, holds
// one case per attack a spec author from another team might try in a
// monorepo whose CI runs obsgen with deploy rights. Each case is a folder
// copied into a fresh working folder and a script, case.txt, run there; its
// output is compared with <case>.golden beside the folder. Script lines:
//
//	obsgen ARGS...     run the command in-process; its exit code and output go to the golden
//	link NAME TARGET   make a symbolic link
//	write NAME TEXT    write a file (\n in TEXT is a newline)
//	mkdir NAME         make a folder
//	mount DIR          mount a 1 MiB tmpfs there (the case is skipped where the test cannot)
//	exposition NAME N  write an exposition of N families no catalogue documents
//	fifo NAME          make a named pipe nobody writes to (reading it never ends)
//	exists NAME        print whether NAME exists
//	grep TEXT FILE     print the lines of FILE that hold TEXT
//
// $SECRET in a line is a folder outside the working folder holding
// secret.txt, and secret.jsonnet and secret.yaml, two spec files whose only
// content is the secret where a diagnostic would quote it. Every case also
// proves that neither the secret, nor the environment variable the test
// sets, nor /etc/passwd appears in any output or message.

// hostileSecret is in secret.txt and in the environment of every case.
const hostileSecret = "OBSGEN-HOSTILE-SECRET-7f3a"

// hostileIdentifier is the secret as a Jsonnet identifier, in
// secret.jsonnet: an unknown variable, which go-jsonnet's error names.
const hostileIdentifier = "OBSGEN_HOSTILE_SECRET_7f3a"

// secretFiles are the files of $SECRET.
var secretFiles = map[string]string{
	"secret.txt":     hostileSecret + "\n",
	"secret.jsonnet": "{ a: " + hostileIdentifier + " }\n",
	// A label name that is not one: the diagnostic quotes the name.
	"secret.yaml": "labels:\n- {name: " + hostileSecret + "}\n",
}

func TestHostileCorpus(t *testing.T) {
	// Absolute: each case works in its own folder (obsgen's t.Chdir).
	top, err := filepath.Abs(filepath.Join("..", "..", "testdata", "hostile"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(top)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("OBSGEN_HOSTILE_TOKEN", hostileSecret)
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) {
			runHostileCase(t, filepath.Join(top, e.Name()))
		})
	}
	if n < 25 {
		t.Errorf("the hostile corpus has %d cases; it should keep one per attack", n)
	}
}

// runHostileCase copies a case into a working folder, runs its script and
// checks the golden and the invariants.
func runHostileCase(t *testing.T, dir string) {
	base := t.TempDir()
	work := filepath.Join(base, "work")
	secret := filepath.Join(base, "secret")
	if err := os.MkdirAll(secret, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range secretFiles {
		if err := os.WriteFile(filepath.Join(secret, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.CopyFS(work, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(filepath.Join(dir, "case.txt"))
	if err != nil {
		t.Fatal(err)
	}
	_ = os.Remove(filepath.Join(work, "case.txt"))
	var out bytes.Buffer
	for _, line := range strings.Split(string(script), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.ReplaceAll(line, "$SECRET", secret)
		step(t, work, line, &out)
	}
	got := out.String()
	got = strings.ReplaceAll(got, work, "$WORK")
	got = strings.ReplaceAll(got, secret, "$SECRET")
	assertNothingForeign(t, work, got)
	golden.Check(t, dir+".golden", []byte(got))
}

// step runs one script line in work, writing what the golden records to out.
func step(t *testing.T, work, line string, out *bytes.Buffer) {
	t.Helper()
	verb, rest, _ := strings.Cut(line, " ")
	args := strings.Fields(rest)
	at := func(name string) string { return filepath.Join(work, filepath.FromSlash(name)) }
	var err error
	switch verb {
	case "obsgen":
		code, stdout, stderr := obsgen(t, work, args...)
		fmt.Fprintf(out, "$ obsgen %s\n%s%s[exit %d]\n", rest, stdout, stderr, code)
	case "link":
		err = os.MkdirAll(filepath.Dir(at(args[0])), 0o755)
		if err == nil {
			err = os.Symlink(args[1], at(args[0]))
		}
	case "write":
		name, text, _ := strings.Cut(rest, " ")
		err = os.MkdirAll(filepath.Dir(at(name)), 0o755)
		if err == nil {
			err = os.WriteFile(at(name), []byte(strings.ReplaceAll(text, `\n`, "\n")), 0o644)
		}
	case "mkdir":
		err = os.MkdirAll(at(args[0]), 0o755)
	case "mount":
		mountTmpfs(t, at(args[0]))
	case "exposition":
		n, _ := strconv.Atoi(args[1])
		err = os.WriteFile(at(args[0]), undocumentedExposition(n), 0o644)
	case "grep":
		data, rerr := os.ReadFile(at(args[1]))
		if rerr != nil {
			t.Fatalf("%s: %v", line, rerr)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if strings.Contains(l, args[0]) {
				fmt.Fprintf(out, "%s: %s\n", args[1], l)
			}
		}
	case "fifo":
		makeFIFO(t, at(args[0]))
	case "exists":
		_, serr := os.Lstat(at(args[0]))
		fmt.Fprintf(out, "exists %s: %v\n", args[0], serr == nil)
	default:
		t.Fatalf("unknown script line %q", line)
	}
	if err != nil {
		t.Fatalf("%s: %v", line, err)
	}
}

// mountTmpfs mounts a small tmpfs at dir, unmounted when the test ends; it
// skips the test where mounting is not possible (not root, no privilege).
func mountTmpfs(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=1m,mode=0711", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", dir, err, out)
		}
	})
}

// undocumentedExposition is a text exposition of n gauge families.
func undocumentedExposition(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "# HELP family_%06d A family nobody documented.\n# TYPE family_%06d gauge\nfamily_%06d{a=\"b\"} 1\n", i, i, i)
	}
	return b.Bytes()
}

// assertNothingForeign fails when the secret, the environment or
// /etc/passwd reached the output of the case or any file it wrote.
func assertNothingForeign(t *testing.T, work, output string) {
	t.Helper()
	passwd, _ := os.ReadFile("/etc/passwd")
	first, _, _ := strings.Cut(string(passwd), "\n")
	foreign := []string{hostileSecret, hostileIdentifier}
	if len(first) > 8 {
		foreign = append(foreign, first)
	}
	for _, f := range foreign {
		if strings.Contains(output, f) {
			t.Errorf("the output quotes foreign content %q:\n%s", f, output)
		}
	}
	_ = filepath.WalkDir(work, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		for _, f := range foreign {
			if bytes.Contains(data, []byte(f)) {
				t.Errorf("%s holds foreign content %q", p, f)
			}
		}
		return nil
	})
}
