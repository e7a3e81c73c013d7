package verify

import (
	"path"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
)

// NotCatalogue reports whether an exposed family is never a catalogue
// metric: up (Prometheus's own), an OpenMetrics target_info, and the
// _created series of a counter, histogram or summary written as a family of
// its own (some text-format clients do).
func NotCatalogue(e *exposition.Exposition, f *exposition.Family) bool {
	switch f.Name {
	case "up", "target_info":
		return true
	}
	base, ok := strings.CutSuffix(f.Name, "_created")
	if !ok {
		return false
	}
	for _, name := range []string{base, base + "_total"} {
		if g := e.Family(name); g != nil && g.Type != catalogue.Gauge && g.Type != exposition.Untyped {
			return true
		}
	}
	return false
}

// ValidGlob reports whether g is a non-empty glob path.Match accepts.
func ValidGlob(g string) bool {
	if strings.TrimSpace(g) == "" {
		return false
	}
	_, err := path.Match(g, "")
	return err == nil
}

// Ignored reports whether name matches one of the globs.
func Ignored(name string, globs []string) bool { return catalogue.MatchingGlob(name, globs) != "" }

// undocumented reports exposed families no catalogue metric accounts for,
// and counts the exposed side of the coverage.
func (r *run) undocumented() {
	for _, f := range r.e.Families {
		if r.matched[f.Name] {
			r.cov.Exposed++
			r.cov.ExposedDocumented++
			continue
		}
		if NotCatalogue(r.e, f) || Ignored(f.Name, r.ignore) {
			continue
		}
		r.cov.Exposed++
		if r.nearMiss[f.Name] {
			continue // the absent-metric error about its documented near-miss names it
		}
		r.familyf(diag.Warning, f, "undocumented-metric", "%s %s is exposed but not in the catalogue", f.Type, f.Name)
	}
}
