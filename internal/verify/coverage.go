package verify

import (
	"fmt"
	"strings"
)

// Coverage counts how much of the catalogue the exposition shows and how
// much of the exposition the catalogue documents.
type Coverage struct {
	// Documented is how many catalogue metrics are expected;
	// DocumentedPresent how many of them are exposed.
	Documented, DocumentedPresent int
	// OptionalAbsent is how many metrics the catalogue marks optional
	// (a collector, a flag, a platform) are absent; they are not expected,
	// so not counted in Documented.
	OptionalAbsent int
	// NoSeriesYet is how many expected metrics are absent because no
	// exposed series carries one of their labels (a fresh memcached's
	// per-slab families); ServiceDown how many are absent because the
	// exporter could not reach its service. Both are in Documented.
	NoSeriesYet, ServiceDown int
	// Exposed is how many exposed families are considered (ignored and
	// non-catalogue families aside); ExposedDocumented how many of them the
	// catalogue documents.
	Exposed, ExposedDocumented int
}

// Complete reports whether each side fully accounts for the other.
func (c Coverage) Complete() bool {
	return c.Documented == c.DocumentedPresent && c.Exposed == c.ExposedDocumented
}

// String prints both ratios as "coverage: documented metrics present
// 12/12 (100.0%), exposed metrics documented 12/40 (30.0%)", and how many
// optional metrics are absent when some are: "12/12 (100.0%; 3 optional
// absent)", and how many are absent with no series yet or while the
// service is down.
func (c Coverage) String() string {
	present := ratio(c.DocumentedPresent, c.Documented)
	for _, why := range []struct {
		n    int
		said string
	}{{c.OptionalAbsent, "optional absent"}, {c.NoSeriesYet, "with no series yet"}, {c.ServiceDown, "absent while the service is down"}} {
		if why.n > 0 {
			present = strings.TrimSuffix(present, ")") + fmt.Sprintf("; %d %s)", why.n, why.said)
		}
	}
	return fmt.Sprintf("coverage: documented metrics present %s, exposed metrics documented %s",
		present, ratio(c.ExposedDocumented, c.Exposed))
}

func ratio(n, d int) string {
	if d == 0 {
		return "0/0 (n/a)"
	}
	return fmt.Sprintf("%d/%d (%.1f%%)", n, d, 100*float64(n)/float64(d))
}
