// Package naming holds, in one place, the shapes the catalogue's names must
// have: a service's, an identifier's, a log component's, a dashboard uid,
// an environment's. Validation reports a name that does not fit; the
// generators, the importer and the scaffold refuse one before it names a
// file or is written into a configuration.
package naming

import "regexp"

// Shape is a name pattern with a length limit. A regular expression with a
// counted repeat (x{0,254}) compiles into that many copies of x, which
// cost every obsgen command milliseconds and hundreds of kilobytes at
// start; a shape's pattern has no count and its length is checked apart.
type Shape struct {
	re  *regexp.Regexp
	max int // bytes; the patterns' characters are ASCII
}

// NewShape compiles pattern, whose names are at most max bytes long.
func NewShape(pattern string, max int) Shape {
	return Shape{re: regexp.MustCompile(pattern), max: max}
}

// MatchString reports whether name is within the limit and matches.
func (s Shape) MatchString(name string) bool {
	return len(name) <= s.max && s.re.MatchString(name)
}

var (
	// Service is a service name (its out/ folder and scrape job), and an
	// SLO's name: lower case, digits, _ and -, at most 63.
	Service = NewShape(`^[a-z0-9][a-z0-9_-]*$`, 63)
	// Ident names queries, components, scrape and probe variants and
	// receivers, and may name a file: at most 100.
	Ident = NewShape(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`, 100)
	// Component is a Vector component id and a Fluentd tag prefix.
	Component = NewShape(`^[A-Za-z0-9_][A-Za-z0-9_-]*$`, 100)
	// UID is a Grafana dashboard uid, which names its file: at most 40.
	UID = NewShape(`^[A-Za-z0-9_-]+$`, 40)
	// Environment is an overlay's environment name (specs/<service>/<env>/).
	Environment = NewShape(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`, 63)
	// ESIndex is an Elasticsearch index name once its strftime fields are
	// filled.
	ESIndex = NewShape(`^[a-z0-9][a-z0-9._+-]*$`, 255)
)
