package outdir

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// Stream compares the output folder with generated files handed to it one
// at a time, as a run makes them, and, opened by OpenWrite, makes the folder
// hold them: so that a run need not hold every file it generated until the
// end. Put takes each file, from any number of goroutines; after the last
// Put has returned, Report says how the folder differs and Commit (OpenWrite
// only) changes it; Close ends the stream, always.
//
// Put compares a file with what the folder holds at its path and keeps only
// its checksum. A stream opened by OpenWrite also writes a file that differs
// into a staging directory next to the folder at once: Commit then adds the
// unchanged files, copied from the folder and checked against their sums,
// and swaps the staged tree in as Write describes. A folder that needs no
// change is neither staged nor touched.
type Stream struct {
	dir     string // as given, for errors
	write   bool
	folders []string // CompareUnder's top-level folders; nil for all
	loc     location
	exists  bool
	unlock  func()
	t       *tree // what the folder held when opened; nil if it did not exist
	old     manifest
	raw     []byte // the manifest's content
	found   bool   // whether the folder had a manifest

	mu        sync.Mutex
	files     map[string]*taken
	dirs      map[string]string // the directories of the paths put, each with one path below it
	stage     string            // the staging directory, once made
	stageErr  error             // why it could not be made
	wroteOne  bool              // a file is in the stage (the "files" failpoint has run)
	committed bool
	// sums and encoded are the new manifest, once newManifest has run.
	sums         manifest
	encoded      []byte
	manifestOnce sync.Once
	closed       bool
	bufs         sync.Pool
}

// taken is what a stream keeps of a generated file.
type taken struct {
	sum    string // hex sha256 of the content
	exec   bool
	done   bool // Put has finished with it
	same   bool // the folder holds a regular file of this content at the path
	modeOK bool // and, if it is a program, an executable one
	staged bool // written into the staging directory
}

// OpenCompare starts a comparison of dir with files to be handed to Put,
// like Compare, without taking the lock. With folders (service names), it
// is CompareUnder's: only what is inside them is read and reported.
func OpenCompare(dir string, folders []string) (*Stream, error) {
	s, err := openCompare(dir, folders)
	if err != nil {
		return nil, fmt.Errorf("compare %s: %w", dir, err)
	}
	return s, nil
}

func openCompare(dir string, folders []string) (*Stream, error) {
	s := newStream(dir, false, folders)
	loc, exists, err := locate(dir, false)
	if err != nil {
		return nil, &FolderError{err}
	}
	s.loc, s.exists = loc, exists
	if !exists {
		return s, nil
	}
	if err := s.read(folders); err != nil {
		return nil, err
	}
	return s, nil
}

// FolderError is a problem with the output folder as it is (not a
// directory, a damaged manifest, a tree that cannot be read), found before
// anything is written, as opposed to a failure to write it.
type FolderError struct{ Err error }

func (e *FolderError) Error() string { return e.Err.Error() }
func (e *FolderError) Unwrap() error { return e.Err }

// read reads the folder's manifest and what it holds (with folders, only
// inside them).
func (s *Stream) read(folders []string) (err error) {
	if s.old, s.raw, s.found, err = readManifest(s.loc.real); err != nil {
		return &FolderError{err}
	}
	if s.t, err = scan(s.loc.real, folders...); err != nil {
		return &FolderError{err}
	}
	return nil
}

// OpenWrite starts writing dir: it takes the folder's lock (held until
// Close), removes staging directories killed runs left, and reads what the
// folder holds. See Write for what Commit guarantees.
func OpenWrite(dir string) (*Stream, error) {
	s, err := openWrite(dir)
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", dir, err)
	}
	return s, nil
}

func openWrite(dir string) (s *Stream, err error) {
	s = newStream(dir, true, nil)
	if _, _, err := locate(dir, false); err != nil {
		return nil, &FolderError{err}
	}
	// Again, making the parent folders, so that the lock file and the
	// staging directory have somewhere to go.
	loc, _, err := locate(dir, true)
	if err != nil {
		return nil, err
	}
	s.loc = loc
	if s.unlock, err = lock(filepath.Join(loc.parent, lockName(loc.base))); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			s.unlock()
		}
	}()
	if err := removeStages(loc); err != nil {
		return nil, err
	}
	// Look again now that the lock is held: the previous run may have just
	// made the folder.
	info, err := os.Lstat(loc.real)
	s.exists = err == nil
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return nil, err
	case s.exists && !info.IsDir():
		return nil, &FolderError{fmt.Errorf("%s is not a directory", loc.real)}
	case !s.exists:
		return s, nil
	}
	if err := s.read(nil); err != nil {
		return nil, err
	}
	return s, nil
}

func newStream(dir string, write bool, folders []string) *Stream {
	return &Stream{
		dir:     dir,
		write:   write,
		folders: folders,
		files:   make(map[string]*taken),
		dirs:    make(map[string]string),
		bufs:    sync.Pool{New: func() any { return new([]byte) }},
	}
}

// Put takes one generated file. It fails on a path CheckPath refuses or
// one already put, and when the file cannot be staged; the stream is then
// to be closed.
func (s *Stream) Put(f File) error {
	if err := s.put(f); err != nil {
		return fmt.Errorf("%s %s: %w", s.verb(), s.dir, err)
	}
	return nil
}

func (s *Stream) verb() string {
	if s.write {
		return "write"
	}
	return "compare"
}

func (s *Stream) put(f File) error {
	if err := CheckPath(f.Path); err != nil {
		return err
	}
	if err := s.claim(f.Path); err != nil {
		return err
	}

	sum := sha256.Sum256(f.Data)
	tk := taken{sum: hex.EncodeToString(sum[:]), exec: f.Exec, done: true}
	if e := s.t.lookup(f.Path); e != nil {
		buf := s.bufs.Get().(*[]byte)
		same, err := sameContentBuf(contentCheck{s.at(f.Path), e.info, f.Data}, buf)
		s.bufs.Put(buf)
		if err != nil {
			return err
		}
		tk.same = same
		tk.modeOK = !f.Exec || e.info.Mode()&0o111 != 0
	}
	if s.write && !(tk.same && tk.modeOK) {
		if err := s.stageFile(f.Path, f.Data, f.Exec); err != nil {
			return err
		}
		tk.staged = true
	}
	s.mu.Lock()
	*s.files[f.Path] = tk
	s.mu.Unlock()
	return nil
}

// claim records that the slash path p is being put, and fails if it was
// put already or if it is the directory of a path put, or the other way
// round: before anything is staged at it.
func (s *Stream) claim(p string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.files[p] != nil {
		return fmt.Errorf("output path %q: appears twice", p)
	}
	if below, ok := s.dirs[p]; ok {
		return fmt.Errorf("output path %q: is a file and also the directory of %q", p, below)
	}
	dirs := ancestors(p)
	for _, d := range dirs {
		if s.files[d] != nil {
			return fmt.Errorf("output path %q: is a file and also the directory of %q", d, p)
		}
	}
	for _, d := range dirs {
		if _, ok := s.dirs[d]; !ok {
			s.dirs[d] = p
		}
	}
	s.files[p] = &taken{} // filled in once put
	return nil
}

// at is where the slash path rel is in the folder.
func (s *Stream) at(rel string) string { return filepath.Join(s.loc.real, filepath.FromSlash(rel)) }

// staged is where the slash path rel is in the staging directory.
func (s *Stream) staged(rel string) string { return filepath.Join(s.stage, filepath.FromSlash(rel)) }

// makeStage makes the staging directory, once.
func (s *Stream) makeStage() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stage != "" || s.stageErr != nil {
		return s.stageErr
	}
	stage := filepath.Join(s.loc.parent, stageName(s.loc.base))
	if err := os.Mkdir(stage, 0o755); err != nil {
		s.stageErr = fmt.Errorf("build new tree: %w", err)
		return s.stageErr
	}
	s.stage = stage
	if err := failpoint("stage"); err != nil {
		s.stageErr = fmt.Errorf("build new tree: %w", err)
	}
	return s.stageErr
}

// perFileSync says whether each staged file is flushed as it is written:
// where the platform can flush a whole file system in one call, the stage
// is flushed once, before the swap, instead.
func perFileSync() bool { return durable && !canSyncFS }

// stageFile writes data at rel in the staging directory, making the
// directories it needs (mode 0755 less the umask), and a program
// executable.
func (s *Stream) stageFile(rel string, data []byte, exec bool) error {
	if err := s.makeStage(); err != nil {
		return err
	}
	name := s.staged(rel)
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return fmt.Errorf("build new tree: %w", err)
	}
	if err := writeNewFileSync(name, data, perFileSync()); err != nil {
		return fmt.Errorf("build new tree: %w", err)
	}
	if err := setMode(name, exec); err != nil {
		return fmt.Errorf("build new tree: %w", err)
	}
	return s.wrote()
}

// setMode gives a generated file written at name its mode: 0755 for a
// program, whatever the umask, so that a health script runs where it is
// deployed; other files keep what writing gave them.
func setMode(name string, exec bool) error {
	if !exec {
		return nil
	}
	return os.Chmod(name, 0o755)
}

// wrote runs the "files" failpoint after the first file is in the stage.
func (s *Stream) wrote() error {
	s.mu.Lock()
	first := !s.wroteOne
	s.wroteOne = true
	s.mu.Unlock()
	if first {
		if err := failpoint("files"); err != nil {
			return fmt.Errorf("build new tree: %w", err)
		}
	}
	return nil
}

// Len is how many files were put.
func (s *Stream) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.files)
}

// Holds says whether a path put lies inside the top-level folder dir.
func (s *Stream) Holds(dir string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.dirs[dir]
	return ok
}

// reported says whether the slash path p is inside the folders a limited
// comparison reports.
func (s *Stream) reported(p string) bool {
	if s.folders == nil {
		return true
	}
	first, _, nested := strings.Cut(p, "/")
	return nested && slices.Contains(s.folders, first)
}

// newManifest is the manifest of every file put and its encoding, worked
// out once, after the last Put: the report compares it with the folder's,
// and Commit writes it.
func (s *Stream) newManifest() (manifest, []byte) {
	s.manifestOnce.Do(func() {
		s.sums = make(manifest, len(s.files))
		for p, tk := range s.files {
			s.sums[p] = tk.sum
		}
		s.encoded = s.sums.encode()
	})
	return s.sums, s.encoded
}

// Report says how the folder differs from the files put, as Compare does.
// It is called after the last Put has returned; it fails if a Put failed.
func (s *Stream) Report() (Report, error) {
	if err := s.complete(); err != nil {
		return Report{}, fmt.Errorf("%s %s: %w", s.verb(), s.dir, err)
	}
	return s.report(), nil
}

// complete fails if a Put failed.
func (s *Stream) complete() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for p, tk := range s.files {
		if !tk.done {
			return fmt.Errorf("output path %q was not put whole", p)
		}
	}
	return nil
}

func (s *Stream) report() Report {
	var r Report
	if !s.exists {
		for p := range s.files {
			if s.reported(p) {
				r.Missing = append(r.Missing, p)
			}
		}
		r.Missing = append(r.Missing, ManifestName)
		slices.Sort(r.Missing)
		return r
	}
	for p, tk := range s.files {
		switch {
		case !s.reported(p):
		case s.t.entries[p] == nil:
			r.Missing = append(r.Missing, p)
		case !tk.same || !tk.modeOK:
			// A program that lost its execute permission no longer runs.
			r.Stale = append(r.Stale, p)
		}
	}
	for p, e := range s.t.entries {
		if s.files[p] != nil || e.info.IsDir() {
			continue
		}
		if _, ok := s.old[p]; ok {
			r.Extra = append(r.Extra, p)
			continue
		}
		r.Foreign = append(r.Foreign, p)
		if e.info.Mode()&fs.ModeSymlink != 0 {
			r.Symlinks = append(r.Symlinks, p)
		}
	}
	r.Mounts = append(r.Mounts, s.t.mounts...)
	switch {
	case s.folders != nil:
		// The manifest is the whole folder's: a full comparison's.
	case !s.found:
		r.Missing = append(r.Missing, ManifestName)
	case string(s.raw) != string(s.encodedManifest()):
		r.Stale = append(r.Stale, ManifestName)
	}
	for _, l := range [][]string{r.Stale, r.Missing, r.Extra, r.Foreign, r.Symlinks, r.Mounts} {
		slices.Sort(l)
	}
	return r
}

// encodedManifest is the new manifest's content.
func (s *Stream) encodedManifest() []byte {
	_, encoded := s.newManifest()
	return encoded
}

// Close ends the stream: it removes the staging directory unless Commit
// swapped it in, and releases the lock. It may be called more than once.
func (s *Stream) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	var err error
	if s.stage != "" && !s.committed {
		err = removeTree(s.stage) // a leftover is removed by the next run
	}
	if s.unlock != nil {
		s.unlock()
	}
	return err
}
