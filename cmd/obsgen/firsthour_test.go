package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// repoRoot is the repository this test binary was built from.
var repoRoot = filepath.Join("..", "..")

// copyRepository copies the repository's tracked files (every file but
// .git, bin/ and the output of earlier runs when git is not available)
// into a fresh folder and returns it.
func copyRepository(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	var files []string
	if out, err := exec.Command("git", "-C", repoRoot, "ls-files", "-z").Output(); err == nil {
		for _, f := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
			files = append(files, filepath.FromSlash(f))
		}
	} else {
		err := filepath.WalkDir(repoRoot, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(repoRoot, p)
			if d.IsDir() && (rel == ".git" || rel == "bin") {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() {
				files = append(files, rel)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		src := filepath.Join(repoRoot, f)
		st, err := os.Lstat(src)
		if err != nil {
			continue // deleted in the work tree, not yet in git
		}
		if !st.Mode().IsRegular() {
			continue
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dst, filepath.Dir(f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, f), data, st.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// TestANewServiceInACopyOfTheRepositoryGeneratesTestsAndValidates is a new
// team's first hour: in a copy of this repository, obsgen init payments,
// the spec filled in (testdata/first-hour/payments: a counter, a histogram,
// a 0/1 gauge, error-ratio, latency, up and acquirer alerts), then
// make generate and make validate — the Makefile's own recipes, with the
// binary this test built — and obsgen test and check.
func TestANewServiceInACopyOfTheRepositoryGeneratesTestsAndValidates(t *testing.T) {
	if testing.Short() {
		t.Skip("copies the repository and runs the validation tools")
	}
	for _, tool := range []string{"make", "promtool", "shellcheck", "markdownlint"} {
		testtool.Require(t, tool)
	}
	bin, err := filepath.Abs(filepath.Join(t.TempDir(), "obsgen"))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	root := copyRepository(t)
	run := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	run(bin, "init", "payments")
	filled, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "first-hour", "payments", "service.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(string(filled), "\n")
	spec := "# yaml-language-server: $schema=../../schema/obsgen.schema.json\n" + body
	if err := os.WriteFile(filepath.Join(root, "specs", "payments", "service.yaml"), []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	// -o build: use the binary built above rather than building again.
	out := run("make", "-o", "build", "BIN="+bin, "generate", "validate")
	if !strings.Contains(out, "out is up to date") {
		t.Errorf("make validate did not end with obsgen check:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(root, "out", "payments", "prometheus", "alerts.yaml")); err != nil {
		t.Errorf("make generate wrote no rules for payments: %v", err)
	}
	if out := run(bin, "test", "--require-coverage"); !strings.Contains(out, "ok  \tpayments\t8 tests") {
		t.Errorf("obsgen test did not run the 8 payments tests:\n%s", out)
	}
	run(bin, "check")
}
