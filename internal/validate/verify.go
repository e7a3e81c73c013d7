package validate

import (
	"path"
	"slices"
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

// outSettings checks service.out.allow: globs relative to the service's
// output folder, which cannot leave it.
func (v *validator) outSettings() {
	s := v.c.Service.Out
	if s == nil {
		return
	}
	for i, g := range s.Allow {
		p := v.c.At(s.Pos, "allow["+itoa(i)+"]")
		_, err := path.Match(g, "")
		switch {
		case strings.TrimSpace(g) == "":
			v.errorf(p, "missing-field", "out.allow entry %d is empty", i+1)
		case err != nil:
			v.errorf(p, "bad-value", "out.allow %q is not a valid glob (use * and ? within a path segment, e.g. kubernetes/*.yaml)", g)
		case strings.HasPrefix(g, "/") || strings.Contains(g, `\`) || slices.Contains(strings.Split(g, "/"), ".."):
			v.errorf(p, "bad-value", "out.allow %q must be a slash path inside the service's output folder, without .. or a leading /", g)
		}
	}
}
