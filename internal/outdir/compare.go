package outdir

import (
	"fmt"
	"path"
	"slices"
	"strings"
)

// Report says how an output folder differs from the files obsgen would
// write. Each list holds sorted slash paths relative to the folder.
type Report struct {
	// Stale files are generated and present, but with other content. The
	// manifest is listed here when it is not what Write would write.
	Stale []string
	// Missing files are generated but absent; the manifest is listed here
	// when there is none.
	Missing []string
	// Extra files are in the folder's manifest, still present, and no
	// longer generated: Write would remove them.
	Extra []string
	// Foreign files are present, not generated and not in the manifest:
	// obsgen did not write them. Write leaves them alone, but they would be
	// deployed with the folder (kubectl apply -f and Grafana provisioning
	// load every file in it), so they make the folder unclean unless Allow
	// accepts them. Symbolic links are among them.
	Foreign []string
	// Symlinks are the symbolic links among Foreign: never allowed, since
	// a consumer follows them out of the folder.
	Symlinks []string
	// Mounts are mount points inside the folder (another filesystem, or a
	// bind mount): Write refuses to run over one.
	Mounts []string
	// Allowed are foreign files an allow-list accepts (see Allow).
	Allowed []string
}

// Clean reports whether the folder is exactly what obsgen would write:
// nothing Stale, Missing, Extra, Foreign or mounted.
func (r Report) Clean() bool {
	return !r.Changed() && len(r.Foreign) == 0 && len(r.Mounts) == 0
}

// Changed reports whether Write would change anything: something Stale,
// Missing or Extra. Foreign files do not count, since Write leaves them.
func (r Report) Changed() bool {
	return len(r.Stale) != 0 || len(r.Missing) != 0 || len(r.Extra) != 0
}

// Allow moves the foreign files that match one of the globs from Foreign
// to Allowed. A glob is a slash path relative to the folder, with * and ?
// matching within one segment (path.Match); a glob naming a directory
// allows everything below it. Symbolic links are never allowed.
func (r Report) Allow(globs []string) Report {
	if len(globs) == 0 {
		return r
	}
	links := make(map[string]bool, len(r.Symlinks))
	for _, l := range r.Symlinks {
		links[l] = true
	}
	var still []string
	for _, f := range r.Foreign {
		if !links[f] && AllowedBy(f, globs) {
			r.Allowed = append(r.Allowed, f)
		} else {
			still = append(still, f)
		}
	}
	r.Foreign = still
	return r
}

// AllowedBy reports whether the slash path p, or a directory above it,
// matches one of the globs.
func AllowedBy(p string, globs []string) bool {
	for _, g := range globs {
		for q := p; q != "."; q = path.Dir(q) {
			if ok, err := path.Match(g, q); err == nil && ok {
				return true
			}
		}
	}
	return false
}

// Compare reports how dir differs from what Write(dir, files) would make
// it, without writing anything and without taking the lock. If dir does not
// exist, every file and the manifest are Missing. It fails on the same bad
// paths as Write, and if the folder's manifest is damaged.
func Compare(dir string, files []File) (Report, error) {
	r, err := compare(dir, files)
	if err != nil {
		return Report{}, fmt.Errorf("compare %s: %w", dir, err)
	}
	return r, nil
}

// CompareUnder is Compare limited to the given top-level folders (service
// names), for a check of some services: only what is inside them is read
// (not the thousands of files of the others), and the report holds only
// differences inside them, the manifest not included. Report.Under then
// keeps what a limited check reports.
func CompareUnder(dir string, files []File, folders []string) (Report, error) {
	if folders == nil {
		folders = []string{}
	}
	r, err := compare(dir, files, folders...)
	if err != nil {
		return Report{}, fmt.Errorf("compare %s: %w", dir, err)
	}
	return r, nil
}

// compare is Compare without the context on its errors; with folders,
// CompareUnder's, before Under.
func compare(dir string, files []File, folders ...string) (Report, error) {
	if err := checkFiles(files); err != nil {
		return Report{}, err
	}
	s, err := openCompare(dir, folders)
	if err != nil {
		return Report{}, err
	}
	defer s.Close()
	if err := forEach(len(files), func(i int) error { return s.put(files[i]) }); err != nil {
		return Report{}, err
	}
	if err := s.complete(); err != nil {
		return Report{}, err
	}
	return s.report(), nil
}

// Under keeps the differences inside the given top-level folders (service
// names), for a check limited to some services: the other services' files
// and the organisation-wide ones (the site index, the manifest) are what a
// full check compares.
func (r Report) Under(folders []string) Report {
	keep := func(paths []string) []string {
		var out []string
		for _, p := range paths {
			first, _, nested := strings.Cut(p, "/")
			if nested && slices.Contains(folders, first) {
				out = append(out, p)
			}
		}
		return out
	}
	return Report{Stale: keep(r.Stale), Missing: keep(r.Missing), Extra: keep(r.Extra), Foreign: keep(r.Foreign)}
}
