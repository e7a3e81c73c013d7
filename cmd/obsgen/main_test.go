package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// obsgen runs the CLI in-process and returns its exit code and output.
// With dir, the test works in dir from then on (t.Chdir, undone when the
// test ends): compute relative paths the test still needs before.
func obsgen(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// copySpecs copies the seed specs, and the organisation.yaml beside
// them, into a fresh project folder.
func copySpecs(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	org, err := os.ReadFile(filepath.Join("..", "..", "specs", "organisation.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "specs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "specs", "organisation.yaml"), org, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, svc := range []string{"rstmdb", "stemedb"} {
		src := filepath.Join("..", "..", "specs", svc)
		dst := filepath.Join(root, "specs", svc)
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		entries, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(src, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return root
}

func TestSchemaCommandPrintsTheCommittedSchema(t *testing.T) {
	_, stdout, _ := obsgen(t, "", "schema")
	want, err := os.ReadFile("../../schema/obsgen.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if stdout != string(want) {
		t.Error("obsgen schema differs from schema/obsgen.schema.json (run go test ./... -update)")
	}
}

func TestGoInstallBuildsTheCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "obsgen")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "--help").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "generate") {
		t.Fatalf("obsgen --help: %v\n%s", err, out)
	}
}
