// Package gitrev reads another revision of the repository (the base of a
// pull request) and lists what changed since it, for obsgen diff and the
// --changed-since runs.
//
// It runs the git binary rather than linking go-git. Every CI checkout
// already has git; git reads the repository exactly as the checkout made it
// (shallow and partial clones, alternates, worktrees, sparse checkouts,
// packed refs, the object formats of newer versions), which go-git supports
// only in part; and it keeps a large dependency tree out of obsgen's build.
// `git archive REF -- PATH...` streams the revision's files as a tar read
// here into a temporary folder: unlike `git checkout` or `git worktree add`
// it touches neither the work tree, nor the index, nor any ref, so it is
// safe while someone (or another CI step) works in the same repository.
package gitrev

import (
	"archive/tar"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Repo is a git repository, reached from a folder inside its work tree.
type Repo struct {
	// Dir is where git runs; paths given to and returned by the methods are
	// relative to Top.
	Dir string
	// Top is the work tree's root.
	Top string
}

// Open finds the repository whose work tree holds dir.
func Open(dir string) (*Repo, error) {
	r := &Repo{Dir: dir}
	top, err := r.git("rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("%s is not inside a git work tree: %w", dir, err)
	}
	r.Top = strings.TrimSpace(top)
	return r, nil
}

// git runs git with args in r.Dir and returns its standard output.
func (r *Repo) git(args ...string) (string, error) {
	var out, errb bytes.Buffer
	cmd := exec.Command("git", args...)
	cmd.Dir = r.Dir
	cmd.Stdout, cmd.Stderr = &out, &errb
	// Never prompt (a credential helper for a remote ref) in CI.
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0")
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out.String(), nil
}

// Resolve returns the commit ref names, in full.
func (r *Repo) Resolve(ref string) (string, error) {
	if strings.HasPrefix(ref, "-") {
		return "", fmt.Errorf("%q is not a revision", ref)
	}
	out, err := r.git("rev-parse", "--verify", "--quiet", "--end-of-options", ref+"^{commit}")
	if err != nil {
		return "", fmt.Errorf("%q names no commit of %s", ref, r.Top)
	}
	return strings.TrimSpace(out), nil
}

// DefaultBranch names the branch pull requests merge into: the remote
// origin's HEAD when the clone knows it, else main or master, whichever
// exists (origin's first).
func (r *Repo) DefaultBranch() (string, error) {
	if out, err := r.git("symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"); err == nil {
		return strings.TrimSpace(out), nil
	}
	for _, b := range []string{"origin/main", "origin/master", "main", "master"} {
		if _, err := r.Resolve(b); err == nil {
			return b, nil
		}
	}
	return "", errors.New("no default branch found (no origin/HEAD, main or master): give --base REF")
}

// MergeBase returns the commit where HEAD left the default branch: the
// base of a pull request from HEAD.
func (r *Repo) MergeBase() (string, error) {
	b, err := r.DefaultBranch()
	if err != nil {
		return "", err
	}
	out, err := r.git("merge-base", "HEAD", b)
	if err != nil {
		return "", fmt.Errorf("no merge base of HEAD and %s (a shallow clone? fetch with depth 0, or give --base REF): %w", b, err)
	}
	return strings.TrimSpace(out), nil
}

// Export writes the files under paths (relative to Top, slash-separated)
// at commit rev into dest, as `git archive` gives them. Paths missing at
// that revision are skipped. Symbolic links and anything else but regular
// files and folders are skipped, and no entry is written outside dest.
func (r *Repo) Export(rev string, paths []string, dest string) error {
	var present []string
	for _, p := range paths {
		p = path.Clean(p)
		if p == "." {
			present = append(present, p)
			continue
		}
		if _, err := r.git("cat-file", "-e", rev+":"+p); err == nil {
			present = append(present, p)
		}
	}
	if len(present) == 0 {
		return nil
	}
	cmd := exec.Command("git", append([]string{"archive", "--format=tar", rev, "--"}, present...)...)
	cmd.Dir = r.Top
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("git archive: %w", err)
	}
	xerr := untar(out, dest)
	_, _ = io.Copy(io.Discard, out)
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("git archive %s: %s", rev, strings.TrimSpace(errb.String()))
	}
	return xerr
}

// untar writes a tar stream's regular files and folders under dest.
func untar(r io.Reader, dest string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading git archive: %w", err)
		}
		name := path.Clean(h.Name)
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			continue
		}
		target := filepath.Join(dest, filepath.FromSlash(name))
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
			if err != nil {
				return err
			}
			_, err = io.Copy(f, tr)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		}
	}
}

// Changed returns the files (relative to Top, slash-separated, sorted)
// that differ between commit rev and the work tree: modified, added,
// deleted or renamed (both names) in commits since rev or not yet
// committed, and untracked files git does not ignore. With paths
// (relative to Top, slash-separated, taken literally), only the files
// under them: git then neither compares nor lists the rest of the work
// tree (a committed out/ of thousands of files).
func (r *Repo) Changed(rev string, paths ...string) ([]string, error) {
	diff, err := r.git(append([]string{"--literal-pathspecs", "-C", r.Top, "diff", "--name-only", "--no-renames", "-z", rev, "--"}, paths...)...)
	if err != nil {
		return nil, err
	}
	untracked, err := r.git(append([]string{"--literal-pathspecs", "-C", r.Top, "ls-files", "--others", "--exclude-standard", "-z", "--"}, paths...)...)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, f := range strings.Split(diff+untracked, "\x00") {
		if f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return out, nil
}

// Rel returns p (a path in the work tree, absolute or relative to the
// current folder) relative to Top, slash-separated; it fails for a path
// outside the work tree.
func (r *Repo) Rel(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	top, err := filepath.EvalSymlinks(r.Top)
	if err != nil {
		top = r.Top
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	} else if real, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		abs = filepath.Join(real, filepath.Base(abs))
	}
	rel, err := filepath.Rel(top, abs)
	if err != nil || !filepath.IsLocal(rel) && rel != "." {
		return "", fmt.Errorf("%s is outside the git work tree %s", p, r.Top)
	}
	return filepath.ToSlash(rel), nil
}

// Entry is one entry of a folder at a revision.
type Entry struct {
	// Name is the entry's name within the folder.
	Name string
	// Dir is set for a folder.
	Dir bool
}

// List returns the entries of folder dir (relative to Top, slash-separated)
// at commit rev; none when it does not exist there.
func (r *Repo) List(rev, dir string) ([]Entry, error) {
	out, err := r.git("-C", r.Top, "ls-tree", "-z", rev, "--", strings.TrimSuffix(dir, "/")+"/")
	if err != nil {
		return nil, err
	}
	var es []Entry
	for _, line := range strings.Split(out, "\x00") {
		meta, name, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		es = append(es, Entry{Name: path.Base(name), Dir: strings.Contains(meta, " tree ")})
	}
	return es, nil
}
