package docs

import (
	"sync"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/preview"
)

// familyRelease counts, for each metric family, the dashboard previews
// left to draw that read it, so that the healthy history of a family is
// dropped once the last of them is drawn (preview.Evaluator.Forget): the
// history of a large catalogue is then never held whole. A family read
// again after all (by a recording rule, say) is worked out again, to the
// same values, so the counts only decide what memory is held.
type familyRelease struct {
	mu   sync.Mutex
	left map[string]int
	// of holds the families each dashboard's panels read.
	of [][]string
}

// newFamilyRelease counts the families the panels of each dashboard read
// (those of collapsed rows too).
func newFamilyRelease(c *catalogue.Catalogue, dashboards []dashboardJSON) *familyRelease {
	r := &familyRelease{left: map[string]int{}, of: make([][]string, len(dashboards))}
	for i, dj := range dashboards {
		seen := map[string]bool{}
		for _, p := range flatPanels(dj.Panels) {
			for _, t := range p.Targets {
				// A query that does not parse reads nothing here; its
				// panel shows the error.
				fams, _ := preview.Families(c, t.Expr)
				for _, f := range fams {
					if !seen[f] {
						seen[f] = true
						r.of[i] = append(r.of[i], f)
						r.left[f]++
					}
				}
			}
		}
	}
	return r
}

// done records that dashboard i is drawn and returns the families no
// dashboard left to draw reads.
func (r *familyRelease) done(i int) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, f := range r.of[i] {
		if r.left[f]--; r.left[f] == 0 {
			out = append(out, f)
		}
	}
	return out
}
