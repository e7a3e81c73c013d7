package outdir

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAFullFileSystemLeavesTheOldTree writes into a tiny tmpfs: the first
// tree fits, the second does not, and the failed write must leave the first
// tree whole and no stage behind. It needs root (mount); elsewhere it skips.
func TestAFullFileSystemLeavesTheOldTree(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	mnt := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", mnt).Run() })
	dir := filepath.Join(mnt, "out")
	small := set("svc/a.yaml", "small\n", "svc/b.yaml", "tree\n")
	if err := Write(dir, small); err != nil {
		t.Fatalf("the small tree does not fit: %v", err)
	}
	var big []File
	for i := range 64 {
		big = append(big, File{Path: "svc/big/" + strings.Repeat("x", 8) + string(rune('a'+i%26)) + string(rune('a'+i/26)) + ".yaml", Data: []byte(strings.Repeat("z", 16<<10))})
	}
	err := Write(dir, big)
	if err == nil {
		t.Fatal("a 1 MiB tree was written to a 256 KiB file system")
	}
	if !strings.Contains(err.Error(), "no space") {
		t.Logf("the write failed with: %v", err)
	}
	assertTree(t, dir, wantTree(small, nil))
	assertNoStage(t, dir)
}
