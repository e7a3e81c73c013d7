package catalogue

import (
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/google/go-jsonnet"
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
// anonymous snippet; its imports resolve relative to main. It remembers
// what it read, for excerpts.
type importer struct {
	main  string
	files *jsonnet.FileImporter
	mu    sync.Mutex
	found map[string][]byte
}

func newImporter(main string, jpaths []string) *importer {
	return &importer{
		main:  main,
		files: &jsonnet.FileImporter{JPaths: append([]string(nil), jpaths...)},
		found: map[string][]byte{},
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
		contents, foundAt, err = im.files.Import(importedFrom, importedPath)
	}
	if err != nil {
		lib, ok := builtinLibraries()[strings.TrimPrefix(importedPath, builtinPrefix)]
		if !ok {
			return jsonnet.Contents{}, "", err
		}
		contents, foundAt = lib, builtinPrefix+strings.TrimPrefix(importedPath, builtinPrefix)
	}
	im.mu.Lock()
	im.found[foundAt] = contents.Data()
	im.mu.Unlock()
	return contents, foundAt, nil
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
