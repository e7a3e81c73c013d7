package pipeline

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/specload"
)

// Changed says which services a set of changed files touches, for runs
// limited to them (--changed-since).
type Changed struct {
	// All is set when a file every service may read changed (an
	// organisation.yaml, a Jsonnet library beside the service folders):
	// every service is touched.
	All bool
	// Names are the touched service folders' names: those holding a
	// changed file (a removed service's too), and, transitively, those
	// whose service.uses names a touched one.
	Names map[string]bool
}

// ChangedServices works out which services under specs (as Discover reads
// them; default "specs") the changed files (absolute paths) touch. A file
// inside a service folder touches that service; a file directly in a
// folder of services, or in one of its sub-folders that holds no spec
// files, touches them all; other files touch none. A service whose
// service.uses names a touched one is touched too: its alerts and panels
// read the metrics that changed. Only the catalogues whose spec files
// mention a touched name are loaded to read their uses.
func ChangedServices(specs []string, changed []string, opts specload.Options) (*Changed, error) {
	if len(specs) == 0 {
		specs = []string{"specs"}
	}
	dirs, err := specload.Discover(specs)
	if err != nil {
		return nil, &UsageError{err}
	}
	res := &Changed{Names: map[string]bool{}}
	roots := rootsOf(dirs)
	for _, f := range changed {
		for root := range roots {
			rel, err := filepath.Rel(root, f)
			if err != nil || !filepath.IsLocal(rel) {
				continue
			}
			first, rest, nested := strings.Cut(filepath.ToSlash(rel), "/")
			switch {
			case !nested:
				// organisation.yaml, or a shared file beside the services.
				res.All = true
			case isServiceDir(filepath.Join(root, first), rest):
				res.Names[first] = true
			default:
				res.All = true
			}
		}
	}
	if res.All {
		return res, nil
	}
	addUsers(res, dirs, opts)
	return res, nil
}

// ChangedRoots returns the folders (absolute, symbolic links resolved,
// sorted) that hold the service folders of specs (as Discover reads them;
// default "specs"): the changed files ChangedServices reads are the files
// under them.
func ChangedRoots(specs []string) ([]string, error) {
	if len(specs) == 0 {
		specs = []string{"specs"}
	}
	dirs, err := specload.Discover(specs)
	if err != nil {
		return nil, &UsageError{err}
	}
	return slices.Sorted(maps.Keys(rootsOf(dirs))), nil
}

// rootsOf returns the folders holding the service folders dirs, as
// absDir gives them.
func rootsOf(dirs []string) map[string]bool {
	roots := map[string]bool{}
	for _, d := range dirs {
		roots[absDir(specload.Parent(d))] = true
	}
	return roots
}

// isServiceDir reports whether dir is a service folder, or was one: a
// folder that no longer exists held a removed service (its file rest was
// deleted with it).
func isServiceDir(dir, rest string) bool {
	if _, err := os.Stat(dir); err != nil {
		return os.IsNotExist(err) && rest != ""
	}
	d, err := specload.Discover([]string{dir})
	return err == nil && len(d) == 1 && d[0] == filepath.Clean(dir)
}

// addUsers adds to res.Names, until nothing changes, the services whose
// service.uses names a touched one.
func addUsers(res *Changed, dirs []string, opts specload.Options) {
	uses := map[string][]string{}
	for grown := true; grown; {
		grown = false
		for _, d := range dirs {
			name := FolderName(d)
			if res.Names[name] {
				continue
			}
			u, ok := uses[d]
			if !ok {
				if !mentionsAny(d, res.Names) {
					continue
				}
				if c, _, _ := specload.Load(d, opts); c != nil {
					u = c.Service.Uses
				}
				uses[d] = u
			}
			if slices.ContainsFunc(u, func(n string) bool { return res.Names[n] }) {
				res.Names[name] = true
				grown = true
			}
		}
	}
}

// mentionsAny reports whether a spec file of dir holds one of names: a
// catalogue that uses a service names it in its spec files, so the others
// need not be loaded.
func mentionsAny(dir string, names map[string]bool) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if e.IsDir() || !specload.IsSpecFile(e.Name()) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		for n := range names {
			if bytes.Contains(data, []byte(n)) {
				return true
			}
		}
	}
	return false
}

// Restrict returns the service folders of specs (as Discover reads them)
// that ch touches: every one when ch.All.
func Restrict(specs []string, ch *Changed) ([]string, error) {
	if len(specs) == 0 {
		specs = []string{"specs"}
	}
	dirs, err := specload.Discover(specs)
	if err != nil {
		return nil, &UsageError{err}
	}
	if ch.All {
		return dirs, nil
	}
	var out []string
	for _, d := range dirs {
		if ch.Names[FolderName(d)] {
			out = append(out, d)
		}
	}
	return out, nil
}

// FolderName is the name Changed knows service folder dir by: the last
// element of its absolute path with symbolic links resolved, as the
// changed files are read (also for "." and "..").
func FolderName(dir string) string { return filepath.Base(absDir(dir)) }

// absDir returns dir as an absolute, clean path with symbolic links
// resolved when possible, to compare with the changed files' paths.
func absDir(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return filepath.Clean(dir)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}
