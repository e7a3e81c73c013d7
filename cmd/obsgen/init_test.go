package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
)

// TestInitScaffoldsAServiceEveryCommandAccepts runs obsgen init in an empty
// repository, then the commands a team runs next: each exits 0.
func TestInitScaffoldsAServiceEveryCommandAccepts(t *testing.T) {
	root := t.TempDir()
	code, stdout, stderr := obsgen(t, root, "init", "payments")
	if code != 0 {
		t.Fatalf("init exits %d: %s", code, stderr)
	}
	golden.Check(t, "testdata/init-payments.txt", []byte(stdout))
	if _, err := os.Stat(filepath.Join(root, "schema", "obsgen.schema.json")); err != nil {
		t.Errorf("init wrote no schema beside specs/: %v", err)
	}
	for _, args := range [][]string{
		{"lint"},
		{"test", "--require-coverage"},
		{"generate"},
		{"check"},
		{"simulate", "specs/payments"},
	} {
		if code, _, stderr := obsgen(t, root, args...); code != 0 {
			t.Errorf("obsgen %s exits %d after init: %s", strings.Join(args, " "), code, stderr)
		}
	}
}

func TestInitRefusesAnExistingServiceAndABadName(t *testing.T) {
	root := t.TempDir()
	if code, _, stderr := obsgen(t, root, "init", "payments"); code != 0 {
		t.Fatalf("init exits %d: %s", code, stderr)
	}
	before, err := os.ReadFile(filepath.Join(root, "specs", "payments", "service.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		code int
		says string
	}{
		{"an existing service folder exits 1 and is left alone", []string{"init", "payments"}, 1, "specs/payments exists"},
		{"an upper-case name exits 2", []string{"init", "Payments"}, 2, "a service name starts with a lower-case letter"},
		{"a path exits 2", []string{"init", "../payments"}, 2, "a service name"},
		{"no name exits 2", []string{"init"}, 2, "accepts 1 arg"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := obsgen(t, root, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.says) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.says)
			}
		})
	}
	after, err := os.ReadFile(filepath.Join(root, "specs", "payments", "service.yaml"))
	if err != nil || string(after) != string(before) {
		t.Errorf("the existing spec changed: %v", err)
	}
}

func TestInitNamesTheSchemaARepositoryAlreadyKeeps(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "schema"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "schema", "obsgen.schema.json"), []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := obsgen(t, root, "init", "shop", "--specs", "monitoring/specs")
	if code != 0 {
		t.Fatalf("init exits %d: %s", code, stderr)
	}
	if strings.Contains(stdout, "wrote schema") {
		t.Errorf("init rewrote the repository's schema:\n%s", stdout)
	}
	data, err := os.ReadFile(filepath.Join(root, "monitoring", "specs", "shop", "service.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# yaml-language-server: $schema=../../../schema/obsgen.schema.json\n") {
		t.Errorf("schema comment: %q", strings.SplitN(string(data), "\n", 2)[0])
	}
}
