package validate

import (
	"fmt"
	"github.com/obsgen/obsgen/internal/catalogue"
	"net/url"
	"regexp"
	"strings"
)

// commandRE is a command as a shell finds it: a name or path of POSIX
// portable file name characters, not starting with "-" (an option).
var commandRE = regexp.MustCompile(`^[A-Za-z0-9._/+][A-Za-z0-9._/+-]*$`)

// command reports a command name that a shell would read as more than one
// word, or as an option.
func (v *validator) command(p catalogue.Pos, s, what string) bool {
	if s == "" || commandRE.MatchString(s) {
		return true
	}
	v.errorf(p, "bad-name", "%s %q is not a command name: use letters, digits, ., _, +, - and / (a path), not starting with -", what, s)
	return false
}

// linkURL reports a URL a reader follows (runbook links, published docs)
// that is neither an http(s) URL with a host nor a relative reference:
// javascript:, data:, file: and the like are refused, including spellings
// a Markdown renderer decodes into one (an entity, a backslash).
func (v *validator) linkURL(p catalogue.Pos, s, what string) bool {
	if s == "" {
		return true
	}
	if !v.oneLine(p, s, what) {
		return false
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		v.errorf(p, "bad-url", "%s %q is not a URL: %s", what, s, strings.TrimPrefix(err.Error(), "parse "+fmt.Sprintf("%q", s)+": "))
		return false
	case u.Scheme == "http" || u.Scheme == "https":
		if u.Host == "" || u.Hostname() == "" {
			v.errorf(p, "bad-url", "%s %q has no host", what, s)
			return false
		}
		return true
	case u.Scheme != "":
		v.errorf(p, "bad-url", "%s %q uses the %s: scheme; links are http://, https:// or relative", what, s, u.Scheme)
		return false
	case strings.ContainsAny(s, "&\\ ") || strings.HasPrefix(s, "//"):
		v.errorf(p, "bad-url", "%s %q: a relative link holds no &, \\ or space and does not start with // (a renderer may decode them into a scheme)", what, s)
		return false
	}
	return true
}
