package specload

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/boundary"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
	"github.com/obsgen/obsgen/internal/slorules"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/obsgen/obsgen/internal/validate"
)

// MaxFileSize is the largest spec file obsgen reads; a Jsonnet import has
// the same limit.
const MaxFileSize = jsonnetbox.MaxFileSize

// Options tune loading; the zero value is usable.
type Options struct {
	// Jsonnet configures evaluation of .jsonnet spec files.
	Jsonnet jsonnetbox.Options
	// Env names the environment whose overlays (overlays/<Env>/ in the
	// service folder) are merged over the base catalogue; "" loads the
	// base alone. See package speccodec (overlay.go) for the merge rule.
	Env string
	// Organisation is what the folder's organisation.yaml declares (the
	// pipeline reads it once per parent folder); nil when there is none.
	Organisation *catalogue.Organisation
	// ReadOutside lifts the read boundary: spec files and Jsonnet imports
	// may then be read from anywhere (see package boundary). Files outside
	// are still never quoted in diagnostics.
	ReadOutside bool
	// Budget bounds the bytes the run reads, shared by every Load of it;
	// nil has no limit (see NewBudget).
	Budget *Budget

	// bound is the read boundary Load sets for its spec files; nil reads
	// without one (organisation.yaml, looked at by Lstat beforehand).
	bound *boundary.Boundary
}

// SpecRoot returns the spec root of a service folder: the folder that holds
// it, where organisation.yaml and the catalogues it uses sit. It is the
// read boundary of the service's spec files, with the -J folders.
func SpecRoot(dir string) string { return filepath.Join(dir, "..") }

// withBoundary returns opts with the read boundary of the service folder
// dir set, for its spec files and their Jsonnet imports.
func (opts Options) withBoundary(dir string) Options {
	root := SpecRoot(dir)
	j := &opts.Jsonnet
	j.Roots = append(append([]string(nil), j.Roots...), root)
	j.ReadOutside = j.ReadOutside || opts.ReadOutside
	opts.bound = boundary.New(j.ReadOutside, append(append([]string(nil), j.Roots...), j.JPaths...)...)
	return opts
}

// IsSpecFile reports whether name is a spec file obsgen loads.
func IsSpecFile(name string) bool {
	if strings.HasPrefix(name, ".") || name == catalogue.OrganisationFile {
		return false
	}
	switch filepath.Ext(name) {
	case ".yaml", ".yml", ".jsonnet":
		return true
	}
	return false
}

// Parent is the folder that holds the service folder dir, where its
// organisation.yaml and the services beside it are: dir/.., which, unlike
// filepath.Dir, is also right for "." (a run from inside the service
// folder) and "..".
func Parent(dir string) string { return filepath.Join(dir, "..") }

// ErrNoSpecs is Discover's error for a folder that holds no service: no
// spec file in it or in any of its sub-folders.
var ErrNoSpecs = errors.New("no spec files (*.yaml, *.yml, *.jsonnet) in it or its sub-folders")

// Discover expands command-line arguments into service folders: a folder
// holding spec files is a service; any other folder stands for each of its
// sub-folders that holds spec files. The result is sorted and de-duplicated.
func Discover(args []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(dir string) {
		dir = filepath.Clean(dir)
		if !seen[dir] {
			seen[dir] = true
			out = append(out, dir)
		}
	}
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("%s: not a folder (give a service folder such as specs/rstmdb, or specs/)", arg)
		}
		if hasSpecFiles(arg) {
			add(arg)
			continue
		}
		entries, err := os.ReadDir(arg)
		if err != nil {
			return nil, err
		}
		found := false
		for _, e := range entries {
			sub := filepath.Join(arg, e.Name())
			if e.IsDir() && !strings.HasPrefix(e.Name(), ".") && hasSpecFiles(sub) {
				add(sub)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: %w", arg, ErrNoSpecs)
		}
	}
	sort.Strings(out)
	return out, nil
}

func hasSpecFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && IsSpecFile(e.Name()) {
			return true
		}
	}
	return false
}

// Load reads every spec file of one service folder, merges them into one
// catalogue and validates it. It returns the catalogue (nil when the files
// could not be read at all), every problem found, and the file contents for
// excerpts. Problems never stop loading early: all of them are reported.
func Load(dir string, opts Options) (*catalogue.Catalogue, diag.List, diag.Sources) {
	opts = opts.withBoundary(dir)
	var diags diag.List
	src := diag.Sources{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		diags.Errorf(catalogue.Pos{File: dir}, "unreadable", "%s", errText(err))
		return nil, diags, src
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && IsSpecFile(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		diags.Errorf(catalogue.Pos{File: dir}, "no-spec", "no spec files (*.yaml, *.yml, *.jsonnet) in the folder")
		return nil, diags, src
	}
	var parts []*catalogue.Catalogue
	// Files are independent until they are merged: decode them at once (as
	// many as there are cores), each into its own diagnostics and sources,
	// then combine in name order. What the budget admits is decided in name
	// order, before and after, so the same files are refused every run.
	type loaded struct {
		part      *catalogue.Catalogue
		evaluated int
		diags     diag.List
		src       diag.Sources
	}
	results := make([]loaded, len(names))
	admitted := make([]string, len(names))
	sizes := make([]int64, len(names))
	for i, name := range names {
		results[i].src = diag.Sources{}
		admitted[i], sizes[i] = admit(filepath.Join(dir, name), opts, &results[i].diags)
	}
	// The largest files start first, each as a slot frees: one large file
	// (every rule of a service, say) started last would be decoded alone
	// at the end while the other cores wait.
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(sizes[b], sizes[a]) })
	var wg sync.WaitGroup
	for _, i := range order {
		if admitted[i] == "" {
			continue
		}
		release := acquireSlot()
		wg.Go(func() {
			defer release()
			r := &results[i]
			r.part, r.evaluated = loadAdmitted(filepath.Join(dir, names[i]), admitted[i], opts, &r.diags, r.src)
		})
	}
	wg.Wait()
	for i, r := range results {
		if r.part != nil && r.evaluated > 0 && !opts.Budget.take(int64(r.evaluated)) {
			overBudget(filepath.Join(dir, names[i]), opts.Budget, "the evaluated document", &r.diags)
			r.part = nil
		}
		diags = append(diags, r.diags...)
		for k, v := range r.src {
			src[k] = v
		}
		if r.part != nil {
			parts = append(parts, r.part)
		}
	}
	c := speccodec.Merge(parts, &diags)
	// A file that could not be read at all may hold the missing sections:
	// do not also report them as missing.
	c.Positions().Incomplete = len(parts) < len(names)
	c.Dir, c.Folder = dir, catalogue.FolderName(dir)
	for _, name := range names {
		c.Files = append(c.Files, filepath.Join(dir, name))
	}
	if opts.Env != "" {
		applyEnvironment(c, dir, opts, &diags, src)
	}
	if o := c.Organisation; o != nil {
		diags.Errorf(o.Pos, "misplaced-section", "organisation belongs in %s beside the service folders, where every service shares it", catalogue.OrganisationFile)
	}
	c.Organisation = opts.Organisation
	validate.Catalogue(c, &diags)
	slorules.Derive(c)
	return c, unquoteOutside(dropConsequences(diags), src, opts.bound).Sort(), src
}

// fixedText are the codes whose messages hold no text of the file they
// point into (jsonnet's are described by jsonnetbox.ReportError when the
// file is outside the boundary).
var fixedText = map[string]bool{
	"jsonnet": true, "read-boundary": true, "too-large": true, "unreadable": true, "binary": true, "invalid-utf8": true,
}

// unquoteOutside replaces the message of each diagnostic pointing into a
// spec file outside the read boundary b (read only when it is lifted) by a
// generic one: a message may quote a value of the file (a name, say), and
// no text of a file outside is ever quoted. The position and code stay.
func unquoteOutside(l diag.List, src diag.Sources, b *boundary.Boundary) diag.List {
	if b == nil || !b.Open() {
		return l // nothing outside was read
	}
	outside := map[string]bool{}
	for i, d := range l {
		if _, quotable := src[d.Pos.File]; quotable || fixedText[d.Code] {
			continue
		}
		out, ok := outside[d.Pos.File]
		if !ok {
			out = b.Outside(d.Pos.File)
			outside[d.Pos.File] = out
		}
		if out {
			l[i].Message = "a problem here, in a file outside the read boundary (its text is not quoted)"
		}
	}
	return l
}

// dropConsequences keeps one diagnostic per value that decoding refused as
// a name (a hidden character, too long): the checks of its form that
// validation also runs would only repeat the cause.
func dropConsequences(l diag.List) diag.List {
	causes := map[catalogue.Pos]bool{}
	for _, d := range l {
		if d.Severity == diag.Error && (d.Code == "hidden-character" || d.Code == "too-long") {
			causes[d.Pos] = true
		}
	}
	if len(causes) == 0 {
		return l
	}
	out := l[:0]
	for _, d := range l {
		if causes[d.Pos] && d.Code != "hidden-character" && d.Code != "too-long" {
			continue
		}
		out = append(out, d)
	}
	return out
}

// LoadBytes decodes one in-memory YAML document as a whole catalogue and
// validates it; file names the document in diagnostics.
func LoadBytes(file string, data []byte) (*catalogue.Catalogue, diag.List) {
	var diags diag.List
	part := speccodec.Decode(file, data, &diags)
	if part == nil {
		part = &catalogue.Catalogue{}
	}
	c := speccodec.Merge([]*catalogue.Catalogue{part}, &diags)
	c.Files = []string{file}
	validate.Catalogue(c, &diags)
	slorules.Derive(c)
	return c, diags.Sort()
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// loadFile reads and decodes one spec file; it returns nil when nothing
// usable came out of it.
func loadFile(file string, opts Options, diags *diag.List, src diag.Sources) *catalogue.Catalogue {
	real, _ := admit(file, opts, diags)
	if real == "" {
		return nil
	}
	part, _ := loadAdmitted(file, real, opts, diags, src)
	return part
}

// loadAdmitted reads and decodes a spec file admit let in, found at real.
// It also returns the size of a Jsonnet file's evaluated document.
func loadAdmitted(file, real string, opts Options, diags *diag.List, src diag.Sources) (*catalogue.Catalogue, int) {
	data, ok := readAdmitted(file, real, diags)
	if !ok {
		return nil, 0
	}
	if opts.bound == nil || opts.bound.Contains(real) {
		src[file] = data
	}
	if strings.HasSuffix(file, ".jsonnet") {
		return loadJsonnet(file, data, opts.Jsonnet, diags, src)
	}
	return speccodec.Decode(file, data, diags), 0
}

// readSpecFile is admit and readAdmitted: the file's contents, and whether
// it may be quoted (it lies inside the read boundary).
func readSpecFile(file string, opts Options, diags *diag.List) (data []byte, quotable, ok bool) {
	real, _ := admit(file, opts, diags)
	if real == "" {
		return nil, false, false
	}
	data, ok = readAdmitted(file, real, diags)
	return data, ok && (opts.bound == nil || opts.bound.Contains(real)), ok
}

// admit decides whether a spec file is read, before anything of it is: it
// must resolve inside the read boundary (unless lifted), be within the
// size limit and fit in the run's budget. It returns where the file really
// is and its size, or "" when it is refused (reported).
func admit(file string, opts Options, diags *diag.List) (string, int64) {
	real := file
	if b := opts.bound; b != nil {
		var err error
		real, err = b.Check(file)
		var r *boundary.Refusal
		switch {
		case errors.As(err, &r):
			diags.Errorf(catalogue.Pos{File: file}, "read-boundary", "spec file %s", r.Message())
			return "", 0
		case err != nil:
			diags.Errorf(catalogue.Pos{File: file}, "unreadable", "%s", errText(err))
			return "", 0
		}
	}
	st, err := os.Stat(real)
	switch {
	case err != nil:
		diags.Errorf(catalogue.Pos{File: file}, "unreadable", "%s", errText(err))
		return "", 0
	case st.Mode().IsRegular() && st.Size() > MaxFileSize:
		diags.Errorf(catalogue.Pos{File: file}, "too-large", "file is %d bytes; spec files are limited to %d", st.Size(), MaxFileSize)
		return "", 0
	case !opts.Budget.take(st.Size()):
		overBudget(file, opts.Budget, "this file", diags)
		return "", 0
	}
	return real, st.Size()
}

// readAdmitted reads the spec file file, found at real, within the size
// limit, and checks that it is text.
func readAdmitted(file, real string, diags *diag.List) ([]byte, bool) {
	data, err := boundary.ReadFile(real, MaxFileSize)
	var tl *boundary.TooLargeError
	switch {
	case errors.As(err, &tl):
		diags.Errorf(catalogue.Pos{File: file}, "too-large", "file is %d bytes; spec files are limited to %d", tl.Size, MaxFileSize)
		return nil, false
	case err != nil:
		diags.Errorf(catalogue.Pos{File: file}, "unreadable", "%s", errText(err))
		return nil, false
	}
	if !checkText(file, data, diags) {
		return nil, false
	}
	return data, true
}

// checkText rejects NUL bytes and invalid UTF-8, with the first bad position.
func checkText(file string, data []byte, diags *diag.List) bool {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := lineCol(data, i)
		diags.Errorf(catalogue.Pos{File: file, Line: line, Col: col}, "binary", "file contains a NUL byte; spec files are UTF-8 text")
		return false
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		line, col := lineCol(data, i)
		diags.Errorf(catalogue.Pos{File: file, Line: line, Col: col}, "invalid-utf8", "file is not valid UTF-8")
		return false
	}
	return true
}

// lineCol turns a byte offset into a 1-based line and character column.
func lineCol(data []byte, off int) (int, int) {
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}
