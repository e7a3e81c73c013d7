package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// exchange swaps two paths atomically; tests replace it to exercise the
// per-file strategy.
var exchange = renameExchange

// failpoint is called at named steps of Write; a test makes it return an
// error to stop Write there.
var failpoint = func(step string) error { return nil }

// Write makes dir hold exactly the generated files, plus everything in it
// that obsgen did not write, and the manifest.
//
// The whole tree changes at once: Write builds the new tree in a staging
// directory next to dir and exchanges the two with one atomic rename, so an
// observer, or a run that fails or is killed at any point, sees either the
// old tree or the new one. If dir does not exist, the staging directory is
// renamed to it. If dir is a symbolic link, the directory it points to is
// replaced and the link is left alone. Where the exchange is not available
// (not Linux, or a filesystem without RENAME_EXCHANGE), Write falls back to
// replacing file by file; each file then changes atomically, but the tree as
// a whole does not.
//
// Concurrent Writes to the same folder, from any process, are serialised by
// a lock on the file .<dir>.obsgen-lock next to it, opened without following
// a symbolic link. Staging directories left by killed runs are removed.
// Write fails, before changing anything, if a path is refused by CheckPath
// or repeated, if a file obsgen did not write is in the way of a generated
// file, or if another filesystem is mounted inside dir: obsgen never
// crosses a filesystem boundary. Directories that exist keep their mode and,
// where the process may set it, their owner.
func Write(dir string, files []File) error {
	if err := write(dir, files); err != nil {
		return fmt.Errorf("write %s: %w", dir, err)
	}
	return nil
}

// write is Write without the context on its errors.
func write(dir string, files []File) error {
	if err := checkFiles(files); err != nil {
		return err
	}
	s, err := openWrite(dir)
	if err != nil {
		return err
	}
	err = forEach(len(files), func(i int) error { return s.put(files[i]) })
	if err == nil {
		err = s.commit()
	}
	return errors.Join(err, s.Close())
}

// Commit makes the folder hold exactly the files put, plus everything in
// it that obsgen did not write, and the manifest, as Write describes. A
// folder that holds them already is left alone. It is called after the
// last Put has returned, and once.
func (s *Stream) Commit() error {
	if err := s.commit(); err != nil {
		return fmt.Errorf("write %s: %w", s.dir, err)
	}
	return nil
}

// commit is Commit without the context on its errors.
func (s *Stream) commit() error {
	if !s.write {
		return errors.New("the stream was opened to compare, not to write")
	}
	if err := s.complete(); err != nil {
		return err
	}
	if !s.report().Changed() {
		return nil
	}
	t := s.t
	if t != nil && len(t.mounts) > 0 {
		return fmt.Errorf("%s is a mount point (another filesystem, or a bind mount) inside the folder; obsgen does not cross filesystems: unmount it, or mount it outside %s", t.mounts[0], s.loc.real)
	}
	sums, encoded := s.newManifest()
	p, err := makePlan(t, s.old, s.files, sums, encoded)
	if err != nil {
		return err
	}
	if err := s.makeStage(); err != nil {
		return err
	}
	if err := s.finishStage(p); err != nil {
		return fmt.Errorf("build new tree: %w", err)
	}
	stage, real := s.stage, s.loc.real
	if !s.exists {
		if err := renameNoReplace(stage, real); err != nil {
			return fmt.Errorf("move new tree into place: %w", err)
		}
		s.handOff()
		return syncDir(s.loc.parent)
	}
	err = exchange(stage, real)
	if errors.Is(err, errExchangeUnsupported) {
		if err := writePerFile(real, stage, t, p); err != nil {
			return fmt.Errorf("replace file by file: %w", err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("swap in new tree: %w", err)
	}
	// The new tree is in place; stage now holds the previous one, which
	// Close removes.
	if err := rescue(stage, real, t, p); err != nil {
		kept := filepath.Join(s.loc.parent, keptName(s.loc.base))
		if rerr := os.Rename(stage, kept); rerr != nil {
			kept = stage // left for the next run to remove
		}
		s.handOff()
		return fmt.Errorf("new tree is in place, but %w; the previous tree is kept at %s", err, kept)
	}
	return syncDir(s.loc.parent)
}

// handOff tells Close that the staging directory is no longer its to
// remove: it became the folder, or was kept.
func (s *Stream) handOff() {
	s.mu.Lock()
	s.committed = true
	s.mu.Unlock()
}

// Tidy removes the staging directories that killed runs left next to dir,
// under the lock, without writing anything else: what a run that has
// nothing to change does instead of Write. A folder whose parent does not
// exist has nothing to tidy.
func Tidy(dir string) error {
	loc, _, err := locate(dir, false)
	if err != nil {
		return fmt.Errorf("tidy %s: %w", dir, err)
	}
	if _, err := os.Stat(loc.parent); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	unlock, err := lock(filepath.Join(loc.parent, lockName(loc.base)))
	if err != nil {
		return fmt.Errorf("tidy %s: %w", dir, err)
	}
	defer unlock()
	if err := removeStages(loc); err != nil {
		return fmt.Errorf("tidy %s: %w", dir, err)
	}
	return nil
}

// removeStages removes staging directories that killed runs left next to
// the folder. The caller holds the lock, so none is in use.
func removeStages(loc location) error {
	names, err := os.ReadDir(loc.parent)
	if err != nil {
		return fmt.Errorf("look for leftover staging directories: %w", err)
	}
	for _, d := range names {
		if isStageName(d.Name(), loc.base) {
			if err := removeTree(filepath.Join(loc.parent, d.Name())); err != nil {
				return fmt.Errorf("remove leftover staging directory: %w", err)
			}
		}
	}
	return nil
}
