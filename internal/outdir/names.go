package outdir

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// Names obsgen gives its own files next to and inside the output folder. Each
// contains reservedMark, so none can clash with a generated path.
const (
	stageMark = ".obsgen-stage-" // staging directory, a sibling of the folder
	keptMark  = ".obsgen-kept-"  // previous tree kept after a failed rescue
	lockMark  = ".obsgen-lock"   // lock file, a sibling of the folder
	tempMark  = ".obsgen-tmp-"   // temporary file next to its target
	suffixLen = 16               // hex digits of a random suffix
)

// randomSuffix returns suffixLen random hex digits.
func randomSuffix() string {
	var b [suffixLen / 2]byte
	_, _ = rand.Read(b[:]) // never fails (see crypto/rand.Read)
	return hex.EncodeToString(b[:])
}

// stageName returns a fresh name for a staging directory of folder base.
func stageName(base string) string { return "." + shorten(base) + stageMark + randomSuffix() }

// keptName returns a fresh name under which the previous tree of folder base
// is kept when it cannot be deleted safely.
func keptName(base string) string { return "." + shorten(base) + keptMark + randomSuffix() }

// lockName returns the name of the lock file of folder base. Folders whose
// names only differ after the first 64 bytes share a lock file, which is
// harmless: their runs are merely serialised together.
func lockName(base string) string { return "." + shorten(base) + lockMark }

// tempName returns a fresh name for a temporary file that will replace the
// file called base.
func tempName(base string) string { return "." + shorten(base) + tempMark + randomSuffix() }

// isStageName reports whether name is a staging directory of folder base.
func isStageName(name, base string) bool {
	rest, ok := strings.CutPrefix(name, "."+shorten(base)+stageMark)
	return ok && isSuffix(rest)
}

// shorten cuts a file name to at most 64 bytes, at a character boundary, so
// that names built from it stay within file name limits.
func shorten(name string) string {
	for len(name) > 64 {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	return name
}

// isTempName reports whether name is a temporary file made by tempName.
func isTempName(name string) bool {
	i := strings.LastIndex(name, tempMark)
	return i > 0 && name[0] == '.' && isSuffix(name[i+len(tempMark):])
}

// isSuffix reports whether s could have come from randomSuffix.
func isSuffix(s string) bool {
	if len(s) != suffixLen {
		return false
	}
	for i := range len(s) {
		if !('0' <= s[i] && s[i] <= '9' || 'a' <= s[i] && s[i] <= 'f') {
			return false
		}
	}
	return true
}
