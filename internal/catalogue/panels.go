package catalogue

import (
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
)

// PanelRef is one panel of a dashboard (the spec's, or one obsgen
// generates), with the id the generated dashboard JSON gives it.
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

// PanelIndex indexes dashboards' panels by the metric families their
// queries read, so that finding the panels that show an alert's series is
// linear.
type PanelIndex struct {
	c      *Catalogue
	panels []PanelRef
	// family holds, for each family, the panels' selectors of it, in
	// panel order.
	family map[string][]panelSelector
	// fixing holds, by family, label and value, the selectors that fix the
	// label to the value; open, by family and label, those that do not fix
	// it: every SLO's panels read the same families, each with its SLO's
	// label, and comparing each SLO's alert with every SLO's panels made
	// the docs cost the square of the SLOs.
	fixing map[string]map[string]map[string][]panelSelector
	open   map[string]map[string][]panelSelector
}

// panelSelector is one selector of a family in a panel's queries: the
// panel (its index in PanelIndex.panels) and the label values the
// selector fixes.
type panelSelector struct {
	panel int
	equal map[string]string
}

// IndexPanels indexes the panels of ds, in order, by the families their
// queries read (with Grafana's variables substituted).
func (c *Catalogue) IndexPanels(ds []Dashboard) *PanelIndex {
	x := &PanelIndex{c: c, family: map[string][]panelSelector{}}
	for di := range ds {
		for _, ref := range ds[di].PanelRefs() {
			n := len(x.panels)
			x.panels = append(x.panels, ref)
			for _, q := range ref.Panel.Queries {
				for _, s := range c.familySelectors(q.Expr.Text, true) {
					x.family[s.family] = append(x.family[s.family], panelSelector{panel: n, equal: s.equal})
				}
			}
		}
	}
	x.fixing = map[string]map[string]map[string][]panelSelector{}
	x.open = map[string]map[string][]panelSelector{}
	for family, sels := range x.family {
		fixed := map[string]bool{}
		for _, ps := range sels {
			for l := range ps.equal {
				fixed[l] = true
			}
		}
		x.fixing[family] = map[string]map[string][]panelSelector{}
		x.open[family] = map[string][]panelSelector{}
		for l := range fixed {
			byValue := map[string][]panelSelector{}
			for _, ps := range sels {
				if v, ok := ps.equal[l]; ok {
					byValue[v] = append(byValue[v], ps)
				} else {
					x.open[family][l] = append(x.open[family][l], ps)
				}
			}
			x.fixing[family][l] = byValue
		}
	}
	return x
}

// candidates returns the panels' selectors of s's family that may agree
// with s: all of them, or, through a label s fixes, those that fix it to
// the same value or not at all, whichever are fewest.
func (x *PanelIndex) candidates(s familySelector) []panelSelector {
	out := x.family[s.family]
	for l, v := range s.equal {
		byValue, ok := x.fixing[s.family][l]
		if !ok {
			continue
		}
		if same, open := byValue[v], x.open[s.family][l]; len(same)+len(open) < len(out) {
			out = append(append([]panelSelector(nil), same...), open...)
		}
	}
	return out
}

// PanelIndex returns the index of the dashboards build returns, built on
// first use for key and kept until Reindex (package grafana indexes the
// dashboards it writes, the spec's and its own, under "grafana").
// Generators ask concurrently; build runs once a key.
func (c *Catalogue) PanelIndex(key string, build func() []Dashboard) *PanelIndex {
	x := c.idx()
	x.panelsMu.Lock()
	defer x.panelsMu.Unlock()
	if pi, ok := x.panels[key]; ok {
		return pi
	}
	if x.panels == nil {
		x.panels = map[string]*PanelIndex{}
	}
	pi := c.IndexPanels(build())
	x.panels[key] = pi
	return pi
}

// Showing returns the indexed panels that show series an expression reads,
// the most telling first (see the order below): those whose queries select a family the expression
// selects, unless every such selector fixes a label to another value than
// the expression's selectors of that family do (a panel of
// slo="request-latency" does not show slo="request-availability"). Values
// holding a Grafana variable fix nothing.
func (x *PanelIndex) Showing(expr string) []PanelRef {
	// covered counts, by panel, the expression's families it shows, and
	// first tells whether it shows the first one (a ratio's numerator).
	covered := map[int]int{}
	first := map[int]bool{}
	sels := x.c.familySelectors(expr, false)
	done := map[string]bool{}
	for i, s := range sels {
		if done[s.family] {
			continue
		}
		done[s.family] = true
		seen := map[int]bool{}
		for _, fs := range sels[i:] {
			if fs.family != s.family {
				continue
			}
			for _, ps := range x.candidates(fs) {
				if !seen[ps.panel] && agree(fs.equal, ps.equal) {
					seen[ps.panel] = true
					covered[ps.panel]++
					first[ps.panel] = first[ps.panel] || i == 0
				}
			}
		}
	}
	order := make([]int, 0, len(covered))
	for n := range covered {
		order = append(order, n)
	}
	// The panels showing most of what the expression reads come first,
	// then those showing its first family: an alert on errors over
	// requests links to the errors panel, not the requests one that
	// shows the shared denominator (the squid-mixin's alerts opened
	// "Client requests").
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if covered[a] != covered[b] {
			return covered[a] > covered[b]
		}
		if first[a] != first[b] {
			return first[a]
		}
		return a < b
	})
	out := make([]PanelRef, len(order))
	for i, n := range order {
		out[i] = x.panels[n]
	}
	return out
}

// agree reports whether two selectors' fixed label values can select the
// same series: no label is fixed to two values.
func agree(a, b map[string]string) bool {
	for l, v := range a {
		if w, ok := b[l]; ok && w != v {
			return false
		}
	}
	return true
}

// familySelector is one selector of an expression: the family it selects
// and the label values its equality matchers fix.
type familySelector struct {
	family string
	equal  map[string]string
}

// familySelectors returns the selectors of an expression with the metric
// family each selects, but those that only add labels to the others
// (promql.ShownSelectors): a histogram's or summary's series count as their
// family; other names (recorded series, up) as themselves. grafana
// substitutes Grafana's variables first; a value holding one is not fixed.
func (c *Catalogue) familySelectors(expr string, grafana bool) []familySelector {
	parsed, err := promql.Parse(expr, grafana)
	if err != nil {
		return nil
	}
	var out []familySelector
	for _, vs := range promql.ShownSelectors(parsed.Expr) {
		f := vs.Name
		if m, _ := c.Series(vs.Name); m != nil {
			f = m.Name
		}
		if f == "" {
			continue
		}
		s := familySelector{family: f, equal: map[string]string{}}
		for _, m := range vs.LabelMatchers {
			if m.Type == labels.MatchEqual && m.Name != model.MetricNameLabel && !strings.Contains(m.Value, "$") {
				s.equal[m.Name] = m.Value
			}
		}
		out = append(out, s)
	}
	return out
}
