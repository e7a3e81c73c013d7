package outdir

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// mountTmpfs mounts a small tmpfs at dir (made if needed), unmounted at the
// end of the test; it skips when this machine will not let the test mount.
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

func TestWriteNeverCrossesAMountPointInsideTheFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("svc/a.yaml", "a"))
	vol := filepath.Join(dir, "svc", "volume")
	mountTmpfs(t, vol)
	if err := os.WriteFile(filepath.Join(vol, "data"), []byte("on the volume"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(filepath.Join(vol, "data"), 4242, 4242); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, dir)
	volBefore, err := os.Stat(vol)
	if err != nil {
		t.Fatal(err)
	}

	err = Write(dir, set("svc/a.yaml", "b"))
	if err == nil || !strings.Contains(err.Error(), "mount point") || !strings.Contains(err.Error(), "svc/volume") {
		t.Fatalf("Write over a mount point = %v, want a refusal naming it", err)
	}
	if d := diffTrees(readTree(t, dir), before); d != "" {
		t.Fatalf("the refused Write changed the folder:\n%s", d)
	}
	volAfter, err := os.Stat(vol)
	if err != nil {
		t.Fatal(err)
	}
	if volAfter.Mode() != volBefore.Mode() || !os.SameFile(volBefore, volAfter) {
		t.Errorf("the mount point changed: %v -> %v", volBefore.Mode(), volAfter.Mode())
	}
	info, err := os.Stat(filepath.Join(vol, "data"))
	if err != nil || info.Sys().(*syscall.Stat_t).Uid != 4242 {
		t.Errorf("the volume's file lost its owner or went: %v", err)
	}
	assertNoStage(t, dir)

	r, err := Compare(dir, set("svc/a.yaml", "a"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Mounts, []string{"svc/volume"}) || r.Clean() || slices.Contains(r.Foreign, "svc/volume/data") {
		t.Errorf("Compare = %+v; want the mount point listed, unclean, and not entered", r)
	}
}

func TestWriteKeepsOwnersOfExistingDirectories(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("giving a directory to another user needs root")
	}
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("svc/a.yaml", "a"))
	for _, d := range []string{dir, filepath.Join(dir, "svc")} {
		if err := os.Chown(d, 4242, 4343); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(dir, "svc"), 0o770|fs.ModeSetgid); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, dir, set("svc/a.yaml", "b"))
	for _, d := range []string{dir, filepath.Join(dir, "svc")} {
		info, err := os.Stat(d)
		if err != nil {
			t.Fatal(err)
		}
		st := info.Sys().(*syscall.Stat_t)
		if st.Uid != 4242 || st.Gid != 4343 {
			t.Errorf("%s is owned by %d:%d, want 4242:4343", d, st.Uid, st.Gid)
		}
	}
	if info, _ := os.Stat(filepath.Join(dir, "svc")); info.Mode()&(fs.ModePerm|fs.ModeSetgid) != 0o770|fs.ModeSetgid {
		t.Errorf("svc has mode %v, want drwxrws---", info.Mode())
	}
}

func TestALeftoverStageWithAMountInsideIsNotEmptied(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	mustWrite(t, dir, set("a.yaml", "a"))
	stage := filepath.Join(filepath.Dir(dir), stageName("out"))
	vol := filepath.Join(stage, "vol")
	mountTmpfs(t, vol)
	if err := os.WriteFile(filepath.Join(vol, "data"), []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Tidy(dir); err == nil || !strings.Contains(err.Error(), "mount point") {
		t.Fatalf("Tidy over a stage holding a mount = %v, want a refusal", err)
	}
	if data, err := os.ReadFile(filepath.Join(vol, "data")); err != nil || string(data) != "keep" {
		t.Errorf("the mounted volume was emptied: %q, %v", data, err)
	}
}
