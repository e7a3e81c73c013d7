package outdir

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// File is one file to write. Path is slash-separated and relative to the
// output folder, for example "rstmdb/prometheus/alerts.yaml". It has the same
// shape as generators.File, so callers convert with File(f).
type File struct {
	Path string
	Data []byte
	// Exec marks a program: it is written with mode 0755, and Compare
	// reports it stale when it has lost its execute permission.
	Exec bool
}

// reservedMark is the part of a name that obsgen keeps for itself: the
// manifest, the lock file, staging directories and temporary files all carry
// it, so no generated path segment may contain it.
const reservedMark = ".obsgen-"

// CheckPath returns an error if p cannot be the path of a generated file:
// if it is empty, absolute, starts with a Windows drive letter, contains a
// backslash, NUL or another control character, or is not valid UTF-8, or if
// any of its slash-separated segments is empty, ".", "..", or contains
// ".obsgen-" (reserved for the manifest, the lock file and obsgen's own
// temporary names). CheckPath looks at one path; Write and Compare also
// refuse duplicate paths and a path that is both a file and a directory of
// another path in the same set.
func CheckPath(p string) error {
	if reason := pathProblem(p); reason != "" {
		return fmt.Errorf("output path %q: %s", p, reason)
	}
	return nil
}

// pathProblem says in a few words what is wrong with p, or "" if nothing.
func pathProblem(p string) string {
	switch {
	case p == "":
		return "is empty"
	case !utf8.ValidString(p):
		return "is not valid UTF-8"
	case strings.ContainsFunc(p, unicode.IsControl):
		return "contains a control character"
	case strings.Contains(p, `\`):
		return "contains a backslash"
	case strings.HasPrefix(p, "/"):
		return "is absolute"
	case len(p) >= 2 && p[1] == ':' && isASCIILetter(p[0]):
		return "starts with a drive letter"
	}
	for seg := range strings.SplitSeq(p, "/") {
		switch {
		case seg == "":
			return "has an empty segment"
		case seg == "." || seg == "..":
			return "has a " + seg + " segment"
		case strings.Contains(seg, reservedMark):
			return "uses a name reserved by obsgen (" + reservedMark + "...)"
		}
	}
	return ""
}

// isASCIILetter reports whether c is a letter from A to Z, in either case.
func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// checkFiles checks every path with CheckPath and refuses duplicates and a
// path that is also a directory of another path.
func checkFiles(files []File) error {
	seen := make(map[string]bool, len(files))
	for _, f := range files {
		if err := CheckPath(f.Path); err != nil {
			return err
		}
		if seen[f.Path] {
			return fmt.Errorf("output path %q: appears twice", f.Path)
		}
		seen[f.Path] = true
	}
	for _, f := range files {
		for _, dir := range ancestors(f.Path) {
			if seen[dir] {
				return fmt.Errorf("output path %q: is a file and also the directory of %q", dir, f.Path)
			}
		}
	}
	return nil
}

// ancestors returns the directories of slash path p, outermost first:
// "a/b/c" gives "a" and "a/b".
func ancestors(p string) []string {
	var dirs []string
	for i := range len(p) {
		if p[i] == '/' {
			dirs = append(dirs, p[:i])
		}
	}
	return dirs
}
