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
	loc, _, err := locate(dir, true)
	if err != nil {
		return err
	}
	unlock, err := lock(filepath.Join(loc.parent, lockName(loc.base)))
	if err != nil {
		return err
	}
	defer unlock()
	if err := removeStages(loc); err != nil {
		return err
	}

	// Look again now that the lock is held: the previous run may have just
	// made the folder.
	info, err := os.Lstat(loc.real)
	exists := err == nil
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	case exists && !info.IsDir():
		return fmt.Errorf("%s is not a directory", loc.real)
	}
	var t *tree
	var old manifest
	if exists {
		if old, _, _, err = readManifest(loc.real); err != nil {
			return err
		}
		if t, err = scan(loc.real); err != nil {
			return err
		}
		if len(t.mounts) > 0 {
			return fmt.Errorf("%s is a mount point (another filesystem, or a bind mount) inside the folder; obsgen does not cross filesystems: unmount it, or mount it outside %s", t.mounts[0], loc.real)
		}
	}
	p, err := makePlan(t, old, files)
	if err != nil {
		return err
	}

	stage := filepath.Join(loc.parent, stageName(loc.base))
	defer func() {
		if stage != "" {
			_ = removeTree(stage) // a leftover is removed by the next run
		}
	}()
	if err := buildStage(stage, t, p); err != nil {
		return fmt.Errorf("build new tree: %w", err)
	}

	if !exists {
		if err := renameNoReplace(stage, loc.real); err != nil {
			return fmt.Errorf("move new tree into place: %w", err)
		}
		stage = ""
		return syncDir(loc.parent)
	}
	err = exchange(stage, loc.real)
	if errors.Is(err, errExchangeUnsupported) {
		if err := writePerFile(loc.real, t, p); err != nil {
			return fmt.Errorf("replace file by file: %w", err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("swap in new tree: %w", err)
	}
	// The new tree is in place; stage now holds the previous one.
	if err := rescue(stage, loc.real, t, p); err != nil {
		kept := filepath.Join(loc.parent, keptName(loc.base))
		if rerr := os.Rename(stage, kept); rerr != nil {
			kept = stage // left for the next run to remove
		}
		stage = ""
		return fmt.Errorf("new tree is in place, but %w; the previous tree is kept at %s", err, kept)
	}
	return syncDir(loc.parent)
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
