package catalogue

import "path"

// MatchingGlob returns the first of globs (path.Match's: * and ?) that
// name matches, or "": how service.verify.ignore and --ignore leave
// exposed families out of verify and import.
func MatchingGlob(name string, globs []string) string {
	for _, g := range globs {
		if ok, err := path.Match(g, name); err == nil && ok {
			return g
		}
	}
	return ""
}

// VerifyIgnores returns the glob of service.verify.ignore that leaves the
// exposed family name out of the catalogue, or "".
func (c *Catalogue) VerifyIgnores(name string) string {
	if c.Service.Verify == nil {
		return ""
	}
	return MatchingGlob(name, c.Service.Verify.Ignore)
}
