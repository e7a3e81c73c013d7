package naming

import (
	"regexp"
	"strings"
	"testing"
)

// TestShapesAcceptWhatTheCountedPatternsAccepted holds each shape to the
// counted regular expression it replaced, on names of every length around
// its limit and on names with a character it refuses.
func TestShapesAcceptWhatTheCountedPatternsAccepted(t *testing.T) {
	for _, tc := range []struct {
		name    string
		shape   Shape
		counted string
		first   string // a character the name may start with
		rest    string // one it may go on with
		bad     string // one it refuses
	}{
		{"Service", Service, `^[a-z0-9][a-z0-9_-]{0,62}$`, "a", "-", "A"},
		{"Ident", Ident, `^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$`, "Q", ".", "/"},
		{"Component", Component, `^[A-Za-z0-9_][A-Za-z0-9_-]{0,99}$`, "_", "-", "."},
		{"UID", UID, `^[A-Za-z0-9_-]{1,40}$`, "-", "x", " "},
		{"Environment", Environment, `^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$`, "p", ".", "/"},
		{"ESIndex", ESIndex, `^[a-z0-9][a-z0-9._+-]{0,254}$`, "l", "+", "A"},
	} {
		re := regexp.MustCompile(tc.counted)
		var names []string
		for n := 0; n <= tc.shape.max+2; n++ {
			name := ""
			if n > 0 {
				name = tc.first + strings.Repeat(tc.rest, n-1)
			}
			names = append(names, name, tc.bad+name, name+tc.bad, "\n"+name, name+"\n")
		}
		for _, name := range names {
			if got, want := tc.shape.MatchString(name), re.MatchString(name); got != want {
				t.Errorf("%s: %q (%d bytes): matches %v, the counted pattern says %v", tc.name, name, len(name), got, want)
			}
		}
	}
}
