// Package boundary decides which files a run may read. Specs come from many
// teams and CI runs obsgen with more rights than a spec author has, so a
// spec file, and every file a Jsonnet spec imports, must lie inside the
// run's read boundary: the spec root (the folder holding the service
// folders), the -J library folders and, for a mixin, its folder. A path is
// refused by one of three rules, each named in the refusal: it is absolute,
// it leaves the boundary by "..", or it resolves through a symbolic link to
// a place outside. Like kustomize's load restrictor, the boundary can be
// lifted for a trusted set-up; even then, only files inside it are quoted
// in diagnostics.
package boundary

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Rule names why a path is outside the boundary.
type Rule string

// The rules a path can break.
const (
	// Absolute is a path written from the filesystem root.
	Absolute Rule = "no absolute paths"
	// DotDot is a relative path whose ".." segments lead out.
	DotDot Rule = "no escape by .."
	// Symlink is a path inside whose symbolic links lead out.
	Symlink Rule = "no symbolic link leading out"
)

// Boundary is a set of folders inside which files may be read.
type Boundary struct {
	roots []root
	// open lifts the boundary: every path is allowed, but Contains still
	// tells what lies inside.
	open bool
}

// root is one folder of the boundary, as given and as it really is.
type root struct {
	shown   string // as given, for messages
	lexical string // absolute, cleaned
	real    string // absolute, symbolic links resolved
}

// New returns the boundary around dirs; with open, paths outside are
// allowed too. Folders that cannot be resolved (they do not exist) hold
// nothing and are left out.
func New(open bool, dirs ...string) *Boundary {
	b := &Boundary{open: open}
	for _, d := range dirs {
		abs, err := filepath.Abs(d)
		if err != nil {
			continue
		}
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			continue
		}
		b.roots = append(b.roots, root{shown: d, lexical: abs, real: real})
	}
	return b
}

// Open reports whether the boundary is lifted.
func (b *Boundary) Open() bool { return b.open }

// Roots returns the folders of the boundary, as they were given.
func (b *Boundary) Roots() []string {
	out := make([]string, len(b.roots))
	for i, r := range b.roots {
		out[i] = r.shown
	}
	return out
}

// Refusal is a path outside the boundary.
type Refusal struct {
	// Path is the path as written.
	Path string
	// Rule is the rule it breaks.
	Rule Rule
	// Roots are the boundary's folders, as given.
	Roots []string
}

// Error is the Message after the Marker, so that it is recognised as a
// refusal where only its text travels.
func (r *Refusal) Error() string { return Marker + ": " + r.Message() }

// Message says what was refused, by which rule, and how to lift the
// boundary.
func (r *Refusal) Message() string {
	return fmt.Sprintf("%q is outside the read boundary (rule: %s); specs read only files inside %s (--read-outside-specs lifts this for a trusted set-up)",
		r.Path, r.Rule, describe(r.Roots))
}

// Marker starts every refusal's message, so that a refusal reported as
// text (a Jsonnet child's error) is still recognised.
const Marker = "read boundary"

// describe names the boundary's folders for a message.
func describe(roots []string) string {
	if len(roots) == 0 {
		return "the spec root"
	}
	quoted := make([]string, len(roots))
	for i, r := range roots {
		quoted[i] = filepath.ToSlash(r) + "/"
	}
	return strings.Join(quoted, ", ")
}

// refuse returns a refusal of path by rule.
func (b *Boundary) refuse(path string, rule Rule) *Refusal {
	return &Refusal{Path: path, Rule: rule, Roots: b.Roots()}
}

// Resolve checks a path written in a spec — an import path, say — relative
// to the folder dir, and returns the file it names: the joined path, as
// positions show it. An absolute path, or one whose ".." segments leave
// every folder of the boundary, is refused without looking at the
// filesystem; the result is then checked with Check.
func (b *Boundary) Resolve(dir, path string) (string, error) {
	if filepath.IsAbs(path) {
		if b.open {
			return path, nil
		}
		return "", b.refuse(path, Absolute)
	}
	joined := filepath.Join(dir, path)
	if b.open {
		return joined, nil
	}
	abs, err := filepath.Abs(joined)
	if err != nil {
		return "", err
	}
	if !b.lexicallyInside(abs) {
		return "", b.refuse(path, DotDot)
	}
	return joined, nil
}

// Check returns where the file name really is (absolute, symbolic links
// resolved) when it lies inside the boundary; a file that does not exist
// gives an error satisfying errors.Is(err, fs.ErrNotExist). A name whose
// symbolic links lead out is refused.
func (b *Boundary) Check(name string) (string, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	if !b.open && !b.lexicallyInside(abs) {
		if strings.Contains(filepath.ToSlash(name), "..") {
			return "", b.refuse(name, DotDot)
		}
		return "", b.refuse(name, Absolute)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", err
	}
	if !b.open && !b.Contains(real) {
		return "", b.refuse(name, Symlink)
	}
	return real, nil
}

// Contains reports whether the resolved path real lies inside one of the
// boundary's folders, whether or not the boundary is lifted.
func (b *Boundary) Contains(real string) bool {
	for _, r := range b.roots {
		if within(r.real, real) {
			return true
		}
	}
	return false
}

// Outside reports whether the file name exists and lies, symbolic links
// resolved, outside every folder of the boundary, whether or not the
// boundary is lifted: a file whose text a message must not quote. A name
// that does not resolve (a built-in library such as <std>, a file that is
// not there) has no text to quote and is not outside.
func (b *Boundary) Outside(name string) bool {
	abs, err := filepath.Abs(name)
	if err != nil {
		return false
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return false
	}
	return !b.Contains(real)
}

// lexicallyInside reports whether the absolute, cleaned path abs is inside
// a folder of the boundary as written or as resolved.
func (b *Boundary) lexicallyInside(abs string) bool {
	abs = filepath.Clean(abs)
	for _, r := range b.roots {
		if within(r.lexical, abs) || within(r.real, abs) {
			return true
		}
	}
	return false
}

// within reports whether path is dir or below it; both are absolute and
// clean.
func within(dir, path string) bool {
	if path == dir {
		return true
	}
	if dir == string(filepath.Separator) {
		return strings.HasPrefix(path, dir)
	}
	return strings.HasPrefix(path, dir+string(filepath.Separator))
}

// ErrNotRegular is returned by ReadFile for a device, FIFO, socket or
// folder: a spec reads files, not /dev/zero.
var ErrNotRegular = errors.New("not a regular file")

// TooLargeError is a file over ReadFile's limit.
type TooLargeError struct {
	Size, Limit int64
}

// Error says how large the file is and what the limit is.
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("file is %d bytes; the limit is %d", e.Size, e.Limit)
}

// ReadFile reads the regular file name whole, refusing anything else and
// anything over limit bytes without reading it. It opens without blocking,
// so a FIFO put in place of a spec cannot stall the run.
func ReadFile(name string, limit int64) ([]byte, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrNotRegular}
	}
	if st.Size() > limit {
		return nil, &TooLargeError{Size: st.Size(), Limit: limit}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Size: int64(len(data)), Limit: limit}
	}
	return data, nil
}
