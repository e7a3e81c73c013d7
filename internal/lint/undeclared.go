package lint

import "github.com/obsgen/obsgen/internal/diag"

// undeclared gathers, for one check, the findings on labels nothing in the
// catalogue declares (no metric, scrape job or organisation), so that a
// label many queries rely on (a multi-cluster mixin's cluster) is reported
// once rather than once per query.
type undeclared struct {
	byLabel map[string]*undeclaredUse
	order   []string
}

// undeclaredUse is what one undeclared label gathered.
type undeclaredUse struct {
	first   diag.Pos
	queries map[*Expression]bool
	// replays report each finding on its own, when few queries use it.
	replays []func()
	// broken counts the uses that select nothing (rather than having no
	// effect), none those filled by a variable that lists no value, and
	// fallback those on one side of an or whose other side reads the
	// series without the label.
	broken, none, fallback int
}

// none counts one use of label l filled by a variable that lists no
// value of it (after add).
func (u *undeclared) none(l string) { u.byLabel[l].none++ }

// fallback counts one use of label l on a side of an or whose other side
// the query gives where no series carries l (after add).
func (u *undeclared) fallback(l string) { u.byLabel[l].fallback++ }

// add records one finding on label l in expression e at pos; report
// reports it on its own, broken says it makes the query select nothing.
func (u *undeclared) add(l string, e *Expression, pos diag.Pos, broken bool, report func()) {
	if u.byLabel == nil {
		u.byLabel = map[string]*undeclaredUse{}
	}
	use := u.byLabel[l]
	if use == nil {
		use = &undeclaredUse{first: pos, queries: map[*Expression]bool{}}
		u.byLabel[l] = use
		u.order = append(u.order, l)
	}
	use.queries[e] = true
	use.replays = append(use.replays, report)
	if broken {
		use.broken++
	}
}

// manyQueries is how many queries must rely on an undeclared label for it
// to be reported once: below it, a lone use is more likely a typo.
const manyQueries = 3

// declareHow says how to declare a target label.
const declareHow = "declare it in organisation.yaml beside the service folders (organisation.external_labels) if your Prometheus " +
	"servers add it, or under the scrape target's target_labels if relabelling does, or turn off the option that adds it " +
	"(a mixin's multi-cluster setting)"

// reportedOnce reports whether label l is used by enough queries to be
// reported once for all of them.
func (u *undeclared) reportedOnce(l string) bool {
	use := u.byLabel[l]
	return use != nil && len(use.queries) >= manyQueries
}

// report reports what was gathered: once per label used by many queries
// (an error when some of them select nothing, else info), else each
// finding on its own. verb says what the queries do with the label, and
// detail what that does to them.
func (u *undeclared) report(r *reporter, verb string, detail func(use *undeclaredUse) string) {
	for _, l := range u.order {
		use := u.byLabel[l]
		if !u.reportedOnce(l) {
			for _, f := range use.replays {
				f()
			}
			continue
		}
		sev := diag.Info
		switch {
		case use.broken > 0:
			sev = diag.Error
		case use.fallback > 0:
			// As unknown-metric on a side of an or: the query works, but
			// one side of it never does here.
			sev = diag.Warning
		}
		if use.fallback == len(use.replays) {
			// A metric's label of another version of the exporter, not
			// one relabelling or the organisation adds: detail says so.
			r.sev(sev, use.first, len(l), "%d queries %s %s, a label no metric, scrape job or organisation of the catalogue declares: %s",
				len(use.queries), verb, l, detail(use))
			continue
		}
		r.sev(sev, use.first, len(l), "%d queries %s %s, a label no metric, scrape job or organisation of the catalogue declares (%s): %s",
			len(use.queries), verb, l, detail(use), declareHow)
	}
}
