package gitrev

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

func TestChangedUnderPathsListsOnlyTheirFiles(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", "-b", "main")
	write("specs/a/spec.yaml", "a")
	write("specs[x]/b.yaml", "b")
	write("out/a/x.md", "x")
	git("add", "-A")
	git("commit", "-q", "-m", "base")
	write("specs/a/spec.yaml", "a2")
	write("specs/a/new.yaml", "n")
	write("specs[x]/b.yaml", "b2")
	write("out/a/x.md", "x2")
	write("out/a/y.md", "y")
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := r.Resolve("HEAD")
	if err != nil {
		t.Fatal(err)
	}
	all, err := r.Changed(rev)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"out/a/x.md", "out/a/y.md", "specs/a/new.yaml", "specs/a/spec.yaml", "specs[x]/b.yaml"}; !slices.Equal(all, want) {
		t.Errorf("everything: %v, want %v", all, want)
	}
	specs, err := r.Changed(rev, "specs")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"specs/a/new.yaml", "specs/a/spec.yaml"}; !slices.Equal(specs, want) {
		t.Errorf("under specs: %v, want %v", specs, want)
	}
	literal, err := r.Changed(rev, "specs[x]")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"specs[x]/b.yaml"}; !slices.Equal(literal, want) {
		t.Errorf("under specs[x], taken literally: %v, want %v", literal, want)
	}
}
