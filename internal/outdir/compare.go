package outdir

import (
	"bytes"
	"fmt"
	"maps"
	"path/filepath"
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
	// obsgen did not write them and leaves them alone. They are reported,
	// never a difference.
	Foreign []string
}

// Clean reports whether the folder is up to date: nothing Stale, Missing or
// Extra. Foreign files do not count.
func (r Report) Clean() bool {
	return len(r.Stale) == 0 && len(r.Missing) == 0 && len(r.Extra) == 0
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

// compare is Compare without the context on its errors.
func compare(dir string, files []File) (Report, error) {
	var r Report
	if err := checkFiles(files); err != nil {
		return r, err
	}
	gen := make(map[string][]byte, len(files))
	for _, f := range files {
		gen[f.Path] = f.Data
	}
	loc, exists, err := locate(dir, false)
	if err != nil {
		return r, err
	}
	if !exists {
		r.Missing = append(slices.Sorted(maps.Keys(gen)), ManifestName)
		slices.Sort(r.Missing)
		return r, nil
	}
	old, raw, found, err := readManifest(loc.real)
	if err != nil {
		return r, err
	}
	t, err := scan(loc.real)
	if err != nil {
		return r, err
	}

	for p, data := range gen {
		e := t.entries[p]
		if e == nil {
			r.Missing = append(r.Missing, p)
			continue
		}
		same, err := sameContent(filepath.Join(loc.real, filepath.FromSlash(p)), e.info, data)
		if err != nil {
			return Report{}, err
		}
		if !same {
			r.Stale = append(r.Stale, p)
		}
	}
	for p, e := range t.entries {
		if _, ok := gen[p]; ok || e.info.IsDir() {
			continue
		}
		if _, ok := old[p]; ok {
			r.Extra = append(r.Extra, p)
		} else {
			r.Foreign = append(r.Foreign, p)
		}
	}
	switch {
	case !found:
		r.Missing = append(r.Missing, ManifestName)
	case !bytes.Equal(raw, manifestOf(files).encode()):
		r.Stale = append(r.Stale, ManifestName)
	}
	slices.Sort(r.Stale)
	slices.Sort(r.Missing)
	slices.Sort(r.Extra)
	slices.Sort(r.Foreign)
	return r, nil
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
