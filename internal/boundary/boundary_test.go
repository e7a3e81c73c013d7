package boundary

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// layout makes a spec root with a library folder beside it and a secret
// outside both, and symbolic links between them; it returns the folder
// holding everything.
func layout(t testing.TB) string {
	t.Helper()
	top := t.TempDir()
	for name, body := range map[string]string{
		"specs/shop/spec.jsonnet":    "{}",
		"specs/lib/common.libsonnet": "{}",
		"jlib/k.libsonnet":           "{}",
		"secret/token":               "hunter2",
	} {
		p := filepath.Join(top, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		"specs/shop/token":      "../../secret/token",
		"specs/shop/etc":        "/etc",
		"specs/shop/common":     "../lib/common.libsonnet",
		"specs/shop/loop":       "loop",
		"specs/shop/secretdir":  filepath.Join(top, "secret"),
		"specs/shop/dangling":   "../../nowhere",
		"specs/shop/inside-dir": "../lib",
	} {
		if err := os.Symlink(target, filepath.Join(top, link)); err != nil {
			t.Fatal(err)
		}
	}
	return top
}

func TestResolveAndCheckKeepReadsInsideTheBoundary(t *testing.T) {
	top := layout(t)
	b := New(false, filepath.Join(top, "specs"), filepath.Join(top, "jlib"))
	shop := filepath.Join(top, "specs", "shop")
	for _, tc := range []struct {
		name string
		path string
		rule Rule // "" when allowed
		gone bool // allowed, but there is no such file
	}{
		{name: "a file beside the importing one is read", path: "spec.jsonnet"},
		{name: "a file of another folder of the spec root is read", path: "../lib/common.libsonnet"},
		{name: "a symbolic link to a file inside the spec root is followed", path: "common"},
		{name: "a symbolic link to a folder inside the spec root is followed", path: "inside-dir/common.libsonnet"},
		{name: "an absolute path is refused", path: "/proc/self/environ", rule: Absolute},
		{name: "an absolute path into the spec root is refused too", path: filepath.Join(shop, "spec.jsonnet"), rule: Absolute},
		{name: "dot-dot out of the spec root is refused", path: "../../secret/token", rule: DotDot},
		{name: "dot-dot that comes back in is read", path: "../../specs/lib/common.libsonnet"},
		{name: "dot-dot far past the filesystem root is refused", path: strings.Repeat("../", 40) + "etc/passwd", rule: DotDot},
		{name: "a symbolic link to a file outside is refused", path: "token", rule: Symlink},
		{name: "a symbolic link to /etc is refused", path: "etc/passwd", rule: Symlink},
		{name: "a symbolic link to a folder outside is refused", path: "secretdir/token", rule: Symlink},
		{name: "a link loop is an error, not a hang", path: "loop", gone: true},
		{name: "a dangling link is a missing file", path: "dangling", gone: true},
		{name: "a missing file is a missing file", path: "nope.libsonnet", gone: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			real, err := b.Resolve(shop, tc.path)
			if err == nil {
				real, err = b.Check(real)
			}
			var r *Refusal
			switch {
			case tc.rule != "":
				if !errors.As(err, &r) || r.Rule != tc.rule {
					t.Fatalf("want a refusal by rule %q, got %v (%s)", tc.rule, err, real)
				}
				if !strings.HasPrefix(r.Error(), Marker) || !strings.Contains(r.Error(), string(tc.rule)) {
					t.Errorf("the refusal does not name its rule: %s", r)
				}
			case tc.gone:
				if err == nil || errors.As(err, &r) {
					t.Fatalf("want a missing-file error, got %v", err)
				}
			default:
				if err != nil {
					t.Fatal(err)
				}
				if !b.Contains(real) {
					t.Errorf("%s resolved outside: %s", tc.path, real)
				}
			}
		})
	}
}

func TestALiftedBoundaryReadsAnywhereButStillKnowsWhatIsInside(t *testing.T) {
	top := layout(t)
	b := New(true, filepath.Join(top, "specs"))
	shop := filepath.Join(top, "specs", "shop")
	for _, p := range []string{"token", "../../secret/token", filepath.Join(top, "secret", "token")} {
		real, err := b.Resolve(shop, p)
		if err == nil {
			real, err = b.Check(real)
		}
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if b.Contains(real) {
			t.Errorf("%s counts as inside the spec root", p)
		}
	}
}

func TestReadFileReadsOnlyRegularFilesWithinTheLimit(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small")
	if err := os.WriteFile(small, []byte("12345"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	for _, tc := range []struct {
		name, file string
		limit      int64
		want       error
	}{
		{name: "a file within the limit is read", file: small, limit: 5},
		{name: "a file over the limit is refused unread", file: small, limit: 4, want: &TooLargeError{}},
		{name: "a device is refused", file: "/dev/zero", limit: 1 << 20, want: ErrNotRegular},
		{name: "a FIFO is refused without blocking", file: fifo, limit: 1 << 20, want: ErrNotRegular},
		{name: "a folder is refused", file: dir, limit: 1 << 20, want: ErrNotRegular},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := ReadFile(tc.file, tc.limit)
			var tl *TooLargeError
			switch want := tc.want.(type) { //nolint:errorlint // the case's expected kind of error, not a wrapped error under test
			case nil:
				if err != nil || string(data) != "12345" {
					t.Fatalf("got %q, %v", data, err)
				}
			case *TooLargeError:
				if !errors.As(err, &tl) {
					t.Fatalf("want too large, got %v", err)
				}
			default:
				if !errors.Is(err, want) {
					t.Fatalf("want %v, got %v", want, err)
				}
			}
		})
	}
	if _, err := ReadFile(filepath.Join(dir, "missing"), 10); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}

// FuzzResolve checks that no path written in a spec, however strange,
// reaches a file outside the boundary.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"spec.jsonnet", "../lib/common.libsonnet", "token", "/etc/passwd", "../../secret/token",
		"etc/passwd", "secretdir/token", "a/../../..", "common", "inside-dir/../../../secret/token", "./././../shop/token", ""} {
		f.Add(s)
	}
	top := layout(f)
	b := New(false, filepath.Join(top, "specs"))
	shop := filepath.Join(top, "specs", "shop")
	f.Fuzz(func(t *testing.T, path string) {
		joined, err := b.Resolve(shop, path)
		if err != nil {
			var r *Refusal
			if !errors.As(err, &r) {
				t.Fatalf("Resolve failed without a refusal: %v", err)
			}
			return
		}
		real, err := b.Check(joined)
		if err != nil {
			return
		}
		if !b.Contains(real) {
			t.Fatalf("%q reached %s, outside the boundary", path, real)
		}
		if data, err := ReadFile(real, 1<<10); err == nil && strings.Contains(string(data), "hunter2") {
			t.Fatalf("%q read the secret", path)
		}
	})
}

func TestOutsideTellsTheFilesNoMessageMayQuote(t *testing.T) {
	top := layout(t)
	shop := filepath.Join(top, "specs", "shop")
	for _, lifted := range []bool{false, true} {
		b := New(lifted, filepath.Join(top, "specs"), filepath.Join(top, "jlib"))
		for _, tc := range []struct {
			name    string
			path    string
			outside bool
		}{
			{name: "a spec file is inside", path: filepath.Join(shop, "spec.jsonnet")},
			{name: "a library file is inside", path: filepath.Join(top, "jlib", "k.libsonnet")},
			{name: "a link to another folder of the spec root is inside", path: filepath.Join(shop, "common")},
			{name: "the secret beside the spec root is outside", path: filepath.Join(top, "secret", "token"), outside: true},
			{name: "a link to the secret is outside", path: filepath.Join(shop, "token"), outside: true},
			{name: "a file reached through a linked folder is outside", path: filepath.Join(shop, "secretdir", "token"), outside: true},
			{name: "an absolute path elsewhere is outside", path: "/etc/passwd", outside: true},
			{name: "a file that is not there has no text and is not outside", path: filepath.Join(top, "secret", "missing")},
			{name: "a dangling link has no text and is not outside", path: filepath.Join(shop, "dangling")},
			{name: "a built-in library's name is not outside", path: "<std>"},
		} {
			if got := b.Outside(tc.path); got != tc.outside {
				t.Errorf("lifted %v: %s: Outside(%s) = %v, want %v", lifted, tc.name, tc.path, got, tc.outside)
			}
		}
	}
}
