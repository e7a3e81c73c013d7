package catalogue

import (
	"path"
	"strings"
)

// verifySettings checks service.verify: every ignore entry is a glob
// path.Match accepts (* and ?, [classes]).
func (v *validator) verifySettings() {
	s := v.c.Service.Verify
	if s == nil {
		return
	}
	for i, g := range s.Ignore {
		p := v.c.At(s.Pos, "ignore["+itoa(i)+"]")
		if strings.TrimSpace(g) == "" {
			v.errorf(p, "missing-field", "verify.ignore entry %d is empty", i+1)
			continue
		}
		if _, err := path.Match(g, ""); err != nil {
			v.errorf(p, "bad-value", "verify.ignore %q is not a valid glob (use * and ?, e.g. go_*)", g)
		}
	}
}
