package diff

import (
	"slices"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// metrics compares the service's metrics. A metric under a new name with
// the same type and the same help text (or the same labels) was renamed.
// Removing, renaming or retyping a metric, and removing or renaming one of
// its labels, is breaking: whoever reads the exported series loses data,
// and each dependent in the catalogues is listed with what became of it.
func (sc *serviceCmp) metrics() {
	name := func(m *catalogue.Metric) string { return m.Name }
	typeHelp := func(m *catalogue.Metric) string {
		if m.Help == "" {
			return ""
		}
		return m.Type + "\x00" + m.Help
	}
	typeLabels := func(m *catalogue.Metric) string {
		if len(m.Labels) == 0 {
			return ""
		}
		return m.Type + "\x00" + strings.Join(sortedCopy(m.Labels), ",")
	}
	matched, removed, added := pairs(sc.base.Metrics(), sc.head.Metrics(), name, typeHelp, typeLabels)
	for _, p := range matched {
		if c, ok := sc.metricChange(p[0], p[1]); ok {
			sc.d.add(c)
		}
	}
	for _, b := range removed {
		sc.d.add(Change{Service: sc.name, Kind: KindMetric, Op: Removed, Name: b.Name, Breaking: true,
			Pos: sc.removedAt(), BasePos: sc.d.basePos(b.Pos),
			Dependents: sc.readersOf(metricRead(b), "still reads "+b.Name)})
	}
	for _, h := range added {
		sc.d.add(Change{Service: sc.name, Kind: KindMetric, Op: Added, Name: h.Name, Pos: h.Pos,
			Fields: []Field{{Name: "type", After: h.Type}}})
	}
}

// metricChange compares two versions of a metric; ok is false when
// nothing a report shows changed.
func (sc *serviceCmp) metricChange(b, h *catalogue.Metric) (Change, bool) {
	c := Change{Service: sc.name, Kind: KindMetric, Op: Changed, Name: b.Name, Pos: h.Pos, BasePos: sc.d.basePos(b.Pos)}
	c.Fields = field(c.Fields, "type", b.Type, h.Type)
	c.Fields = field(c.Fields, "unit", b.Unit, h.Unit)
	c.Fields = field(c.Fields, "help", oneLine(b.Help), oneLine(h.Help))
	c.Fields = field(c.Fields, "labels", strings.Join(b.Labels, ", "), strings.Join(h.Labels, ", "))
	c.Fields = field(c.Fields, "snapshot", strconv.FormatBool(b.Snapshot), strconv.FormatBool(h.Snapshot))
	var deps []Dependent
	switch {
	case b.Name != h.Name:
		c.Op, c.NewName, c.Breaking = Renamed, h.Name, true
		deps = sc.readersOf(metricRead(b), "still reads "+b.Name)
	case b.Type != h.Type && b.Exposed() == h.Exposed():
		// The exporter serves what it did (exposed_as): the catalogue
		// only says what the series mean, as lint asks of an untyped
		// family or a counter that is a timestamp. Nobody loses data.
		c.Op = Retyped
		c.Notes = append(c.Notes, "served as before (TYPE "+b.Exposed()+"): the catalogue now reads it as "+withArticle(h.Type))
	case b.Type != h.Type:
		c.Op, c.Breaking = Retyped, true
		deps = sc.readersOf(metricRead(b), "reads it as "+withArticle(b.Type))
	}
	lost := without(b.Labels, h.Labels)
	gained := without(h.Labels, b.Labels)
	if len(lost) == 1 && len(gained) == 1 {
		c.Notes = append(c.Notes, "label "+lost[0]+" renamed to "+gained[0])
	} else {
		for _, l := range lost {
			c.Notes = append(c.Notes, "label "+l+" removed")
		}
	}
	for _, l := range lost {
		c.Breaking = true
		r := metricRead(b)
		r.label = l
		deps = mergeDeps(deps, sc.readersOf(r, "still uses label "+l))
	}
	for _, l := range h.Labels {
		if !slices.Contains(b.Labels, l) {
			continue
		}
		before, after := valuesOf(sc.base, b, l), valuesOf(sc.head, h, l)
		if before == nil || after == nil {
			continue // one side takes any value: none is lost or gained
		}
		if vs := without(after, before); len(vs) > 0 {
			c.Notes = append(c.Notes, "label "+l+" gains "+quotedList(vs))
		}
		for _, v := range without(before, after) {
			c.Notes = append(c.Notes, "label "+l+" no longer takes "+strconv.Quote(v))
			r := metricRead(b)
			r.label, r.value = l, v
			more := sc.readersOf(r, "still selects "+l+"="+strconv.Quote(v))
			if len(more) > 0 {
				c.Breaking = true
			}
			deps = mergeDeps(deps, more)
		}
	}
	c.Dependents = deps
	return c, c.Op != Changed || len(c.Fields) > 0 || len(c.Notes) > 0
}

// valuesOf returns the values metric m of catalogue c takes on label l
// (its label_values, or the values the label declares), nil when it may
// take any.
func valuesOf(c *catalogue.Catalogue, m *catalogue.Metric, l string) []string {
	if vs, ok := m.LabelValues[l]; ok {
		return vs
	}
	if def := c.Label(l); def != nil && len(def.Values) > 0 {
		return def.ValueNames()
	}
	return nil
}

// quotedList writes values quoted, comma-separated.
func quotedList(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = strconv.Quote(v)
	}
	return strings.Join(q, ", ")
}

// without returns the items of a not in b, in a's order.
func without(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// sortedCopy returns a sorted copy of s.
func sortedCopy(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

// mergeDeps adds the dependents of more not already in deps; a dependent
// broken by either stays broken.
func mergeDeps(deps, more []Dependent) []Dependent {
	for _, m := range more {
		i := slices.IndexFunc(deps, func(d Dependent) bool {
			return d.Service == m.Service && d.Kind == m.Kind && d.Name == m.Name
		})
		switch {
		case i < 0:
			deps = append(deps, m)
		case m.Broken && !deps[i].Broken:
			deps[i] = m
		}
	}
	return deps
}

// withArticle writes a metric type with its indefinite article.
func withArticle(typ string) string {
	if typ != "" && strings.ContainsRune("aeiou", rune(typ[0])) {
		return "an " + typ
	}
	return "a " + typ
}
