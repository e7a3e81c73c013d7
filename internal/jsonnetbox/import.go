package jsonnetbox

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/google/go-jsonnet"
	"github.com/obsgen/obsgen/internal/boundary"
	"github.com/obsgen/obsgen/templates"
)

// builtinPrefix names obsgen's built-in Jsonnet libraries in positions: an
// error inside obsgen.libsonnet is reported at <obsgen>/obsgen.libsonnet.
const builtinPrefix = "<obsgen>/"

// isBuiltinLibrary reports whether a position's file is a built-in library.
func isBuiltinLibrary(file string) bool { return strings.HasPrefix(file, builtinPrefix) }

// builtinLibraries are the embedded libraries by import name, loaded once.
// The same Contents must be returned for every import of a file, so they
// are shared.
var builtinLibraries = sync.OnceValue(func() map[string]jsonnet.Contents {
	out := map[string]jsonnet.Contents{}
	entries, err := fs.ReadDir(templates.Jsonnet, "jsonnet")
	if err != nil {
		return out
	}
	for _, e := range entries {
		data, err := fs.ReadFile(templates.Jsonnet, path.Join("jsonnet", e.Name()))
		if err == nil {
			out[e.Name()] = jsonnet.MakeContentsRaw(data)
		}
	}
	return out
})

// BuiltinLibrary returns the source of a built-in Jsonnet library, such as
// "obsgen.libsonnet", and whether it exists.
func BuiltinLibrary(name string) ([]byte, bool) {
	c, ok := builtinLibraries()[name]
	if !ok {
		return nil, false
	}
	return c.Data(), true
}

// importer resolves imports the way the jsonnet command does (relative to
// the importing file, then the library folders, the last given first) and
// then falls back to obsgen's built-in libraries, so that
// import 'obsgen.libsonnet' needs no -J. The main program is evaluated as an
// anonymous snippet; its imports resolve relative to main.
//
// Unlike go-jsonnet's FileImporter, it reads only inside the read boundary
// (the spec root, the library folders): an absolute path, ".." out of it or
// a symbolic link leading out is refused with a message naming the rule,
// before anything outside is read. It reads regular files only, each within
// MaxFileSize, so importstr '/dev/zero' cannot stall or exhaust the run. It
// remembers what it read inside the boundary, for excerpts: a file outside
// (read only when the boundary is lifted) is never quoted.
type importer struct {
	main   string
	jpaths []string
	bound  *boundary.Boundary
	mu     sync.Mutex
	cache  map[string]jsonnet.Contents // by foundAt: go-jsonnet wants the same Contents each time
	found  map[string][]byte
}

func newImporter(main string, opts Options) *importer {
	jpaths := append([]string(nil), opts.JPaths...)
	return &importer{
		main:   main,
		jpaths: jpaths,
		bound:  boundary.New(opts.ReadOutside, append(append([]string(nil), opts.Roots...), jpaths...)...),
		cache:  map[string]jsonnet.Contents{},
		found:  map[string][]byte{},
	}
}

// Import implements jsonnet.Importer.
func (im *importer) Import(importedFrom, importedPath string) (jsonnet.Contents, string, error) {
	if importedFrom == "" {
		importedFrom = im.main
	}
	var contents jsonnet.Contents
	var foundAt string
	var err error
	if isBuiltinLibrary(importedFrom) {
		// A built-in library imports only its siblings.
		err = errNotBuiltin
	} else {
		contents, foundAt, err = im.importFile(importedFrom, importedPath)
	}
	if err != nil {
		lib, ok := builtinLibraries()[strings.TrimPrefix(importedPath, builtinPrefix)]
		if !ok {
			return jsonnet.Contents{}, "", err
		}
		contents, foundAt = lib, builtinPrefix+strings.TrimPrefix(importedPath, builtinPrefix)
		im.mu.Lock()
		im.found[foundAt] = contents.Data()
		im.mu.Unlock()
	}
	return contents, foundAt, nil
}

// importFile looks for importedPath beside importedFrom, then in the
// library folders, the last given first. A candidate refused by the
// boundary's ".." rule is passed over (nothing was read), but is the error
// when no other candidate exists; an absolute path or a file reached
// through a symbolic link leading out is refused at once.
func (im *importer) importFile(importedFrom, importedPath string) (jsonnet.Contents, string, error) {
	dirs := []string{filepath.Dir(importedFrom)}
	for i := len(im.jpaths) - 1; i >= 0; i-- {
		dirs = append(dirs, im.jpaths[i])
	}
	var refused error
	for _, dir := range dirs {
		name, err := im.bound.Resolve(dir, importedPath)
		var r *boundary.Refusal
		if errors.As(err, &r) && r.Rule == boundary.Absolute {
			return jsonnet.Contents{}, "", err
		}
		if err != nil {
			if refused == nil {
				refused = err
			}
			continue
		}
		im.mu.Lock()
		c, ok := im.cache[name]
		im.mu.Unlock()
		if ok {
			return c, name, nil
		}
		real, err := im.bound.Check(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if errors.As(err, &r) {
			r.Path = importedPath // as written in the import
		}
		if err != nil {
			return jsonnet.Contents{}, "", err
		}
		data, err := boundary.ReadFile(real, MaxFileSize)
		if err != nil {
			return jsonnet.Contents{}, "", fmt.Errorf("import %q: %s", importedPath, errText(err))
		}
		c = jsonnet.MakeContentsRaw(data)
		im.mu.Lock()
		if prev, ok := im.cache[name]; ok {
			c = prev
		} else {
			im.cache[name] = c
			if im.bound.Contains(real) {
				im.found[name] = data
			}
		}
		im.mu.Unlock()
		return c, name, nil
	}
	if refused != nil {
		return jsonnet.Contents{}, "", refused
	}
	return jsonnet.Contents{}, "", fmt.Errorf("couldn't open import %q: no match locally or in the Jsonnet library paths", importedPath)
}

// read returns the files imported so far.
func (im *importer) read() map[string][]byte {
	im.mu.Lock()
	defer im.mu.Unlock()
	out := make(map[string][]byte, len(im.found))
	for k, v := range im.found {
		out[k] = v
	}
	return out
}

// errNotBuiltin is returned for imports from a built-in library that name
// no other built-in library.
var errNotBuiltin = importError("built-in libraries import only each other")

type importError string

func (e importError) Error() string { return string(e) }

// errText is an error without the path a *fs.PathError repeats.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
