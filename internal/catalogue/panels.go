package catalogue

import (
	"sort"

	"github.com/obsgen/obsgen/internal/promql"
)

// PanelRef is one panel of a spec dashboard, with the id the generated
// dashboard gives it.
type PanelRef struct {
	Dashboard *Dashboard
	Row       *PanelRow
	Panel     *Panel
	// ID is the panel's id in the generated dashboard JSON: rows and
	// panels are numbered from 1 in order, each row before its panels.
	ID uint32
}

// PanelRefs returns every panel of d in order, with its id. The grafana
// generator numbers the panels it writes by this, and links to a panel
// (an alert's dashboard_url) use it, so the two cannot disagree.
func (d *Dashboard) PanelRefs() []PanelRef {
	var out []PanelRef
	id := uint32(1)
	for ri := range d.Rows {
		r := &d.Rows[ri]
		id++ // the row's own id
		for pi := range r.Panels {
			out = append(out, PanelRef{Dashboard: d, Row: r, Panel: &r.Panels[pi], ID: id})
			id++
		}
	}
	return out
}

// RowID returns the id of the row at index ri of d (see PanelRefs).
func (d *Dashboard) RowID(ri int) uint32 {
	id := uint32(1)
	for i := 0; i < ri && i < len(d.Rows); i++ {
		id += 1 + uint32(len(d.Rows[i].Panels))
	}
	return id
}

// panelIndex maps a metric family to the spec dashboards' panels that read
// it, in dashboard order, so that finding an alert's panels is linear.
type panelIndex struct {
	panels []PanelRef
	family map[string][]int
}

// panelsByFamily indexes every panel by the metric families its queries
// read; it is built once, on first use.
func (c *Catalogue) panelsByFamily() *panelIndex {
	x := c.idx()
	x.panelsOnce.Do(func() {
		pi := &panelIndex{family: map[string][]int{}}
		for di := range c.Dashboards {
			for _, ref := range c.Dashboards[di].PanelRefs() {
				n := len(pi.panels)
				pi.panels = append(pi.panels, ref)
				seen := map[string]bool{}
				for _, q := range ref.Panel.Queries {
					for f := range c.Families(q.Expr.Text, true) {
						if !seen[f] {
							seen[f] = true
							pi.family[f] = append(pi.family[f], n)
						}
					}
				}
			}
		}
		x.panels = pi
	})
	return x.panels
}

// PanelsShowing returns the panels of the spec's dashboards whose queries
// read a metric family the expression reads, in dashboard order: the
// panels that show an alert's series.
func (c *Catalogue) PanelsShowing(expr string) []PanelRef {
	x := c.panelsByFamily()
	hit := map[int]bool{}
	for f := range c.Families(expr, false) {
		for _, n := range x.family[f] {
			hit[n] = true
		}
	}
	order := make([]int, 0, len(hit))
	for n := range hit {
		order = append(order, n)
	}
	sort.Ints(order)
	out := make([]PanelRef, len(order))
	for i, n := range order {
		out[i] = x.panels[n]
	}
	return out
}

// Families returns the metric families an expression selects: a
// histogram's or summary's series count as their family; other names
// (recorded series, up) as themselves. grafana substitutes Grafana's
// variables first.
func (c *Catalogue) Families(expr string, grafana bool) map[string]bool {
	out := map[string]bool{}
	parsed, err := promql.Parse(expr, grafana)
	if err != nil {
		return out
	}
	for _, vs := range promql.Selectors(parsed.Expr) {
		if m, _ := c.Series(vs.Name); m != nil {
			out[m.Name] = true
		} else if vs.Name != "" {
			out[vs.Name] = true
		}
	}
	return out
}
