package promql

import (
	"regexp"
	"strings"

	"github.com/prometheus/prometheus/model/labels"
)

// SelectedValues returns label values a matcher selects by name: its value
// for =, and for =~ the alternatives of its regex that are written out
// (handler=~"commit|rollback|savepoint.*|prepare" gives commit, rollback,
// savepoint and prepare: an alternative that is a literal, or a literal
// followed by .*, which the literal itself matches). Each value returned
// matches the whole regex, as Prometheus anchors it.
func SelectedValues(m *labels.Matcher) []string {
	switch m.Type {
	case labels.MatchEqual:
		return []string{m.Value}
	case labels.MatchRegexp:
	default:
		return nil
	}
	if set := m.SetMatches(); len(set) > 0 {
		return set
	}
	if strings.ContainsAny(m.Value, "()") {
		return nil
	}
	var out []string
	for _, alt := range strings.Split(m.Value, "|") {
		alt = strings.TrimSuffix(alt, ".*")
		if alt == "" || regexp.QuoteMeta(alt) != alt || !m.Matches(alt) {
			continue
		}
		out = append(out, alt)
	}
	return out
}
