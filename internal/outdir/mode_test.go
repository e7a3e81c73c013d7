package outdir

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAProgramIsWrittenExecutableAndCheckNoticesALostExecuteBit(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	files := []File{
		{Path: "svc/health/health-check.sh", Data: []byte("#!/bin/sh\nexit 0\n"), Exec: true},
		{Path: "svc/prometheus/alerts.yaml", Data: []byte("groups: []\n")},
	}
	if err := Write(out, files); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(out, "svc", "health", "health-check.sh")
	st, err := os.Stat(script)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o755 {
		t.Fatalf("the script has mode %v, want 0755", st.Mode().Perm())
	}
	if rep, err := Compare(out, files); err != nil || !rep.Clean() {
		t.Fatalf("freshly written: %+v %v", rep, err)
	}
	if err := os.Chmod(script, 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := Compare(out, files)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Stale) != 1 || rep.Stale[0] != "svc/health/health-check.sh" {
		t.Fatalf("a script that lost its execute bit: stale %v, want the script", rep.Stale)
	}
	if err := Write(out, files); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(script); st.Mode().Perm() != 0o755 {
		t.Errorf("generate did not give the execute bit back: %v", st.Mode().Perm())
	}
}
