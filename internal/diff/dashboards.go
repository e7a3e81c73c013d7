package diff

import (
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// dashboards compares the service's dashboards by uid (a dashboard with a
// new uid and the same title was renamed), then the panels of each.
func (sc *serviceCmp) dashboards() {
	base, head := dashboardPtrs(sc.base), dashboardPtrs(sc.head)
	uid := func(d *catalogue.Dashboard) string { return d.UID }
	title := func(d *catalogue.Dashboard) string { return d.Title }
	matched, removed, added := pairs(base, head, uid, title)
	for _, p := range matched {
		b, h := p[0], p[1]
		c := Change{Service: sc.name, Kind: KindDashboard, Op: Changed, Name: b.UID, Pos: h.Pos, BasePos: sc.d.basePos(b.Pos)}
		c.Fields = field(c.Fields, "title", b.Title, h.Title)
		if b.UID != h.UID {
			c.Op, c.NewName = Renamed, h.UID
		}
		if c.Op == Renamed || len(c.Fields) > 0 {
			sc.d.add(c)
		}
		sc.panels(b, h)
	}
	for _, b := range removed {
		sc.d.add(Change{Service: sc.name, Kind: KindDashboard, Op: Removed, Name: b.UID,
			Pos: sc.removedAt(), BasePos: sc.d.basePos(b.Pos), Notes: []string{panelCount(b)}})
	}
	for _, h := range added {
		sc.d.add(Change{Service: sc.name, Kind: KindDashboard, Op: Added, Name: h.UID, Pos: h.Pos, Notes: []string{panelCount(h)}})
	}
}

// dashboardPtrs returns pointers to a catalogue's dashboards.
func dashboardPtrs(c *catalogue.Catalogue) []*catalogue.Dashboard {
	out := make([]*catalogue.Dashboard, len(c.Dashboards))
	for i := range c.Dashboards {
		out[i] = &c.Dashboards[i]
	}
	return out
}

// panelCount says how many panels a dashboard has.
func panelCount(d *catalogue.Dashboard) string {
	n := 0
	for _, r := range d.Rows {
		n += len(r.Panels)
	}
	if n == 1 {
		return "1 panel"
	}
	return strconv.Itoa(n) + " panels"
}

// panel is one panel of a dashboard, with how it is told apart.
type panel struct {
	p *catalogue.Panel
	// key is the panel's title, with #2, #3... for repeated titles.
	key string
	// queries are its expressions, normalised, one a line.
	queries string
}

// panelsOf lists a dashboard's panels.
func panelsOf(d *catalogue.Dashboard) []panel {
	var out []panel
	seen := map[string]int{}
	for ri := range d.Rows {
		for pi := range d.Rows[ri].Panels {
			p := &d.Rows[ri].Panels[pi]
			seen[p.Title]++
			key := p.Title
			if n := seen[p.Title]; n > 1 {
				key += " #" + strconv.Itoa(n)
			}
			qs := make([]string, len(p.Queries))
			for i, q := range p.Queries {
				qs[i] = normExpr(q.Expr.Text, true)
			}
			out = append(out, panel{p: p, key: key, queries: strings.Join(qs, "\n")})
		}
	}
	return out
}

// panels compares the panels of two versions of a dashboard by title; a
// panel with a new title and the same queries was renamed.
func (sc *serviceCmp) panels(bd, hd *catalogue.Dashboard) {
	key := func(p panel) string { return p.key }
	queries := func(p panel) string { return p.queries }
	matched, removed, added := pairs(panelsOf(bd), panelsOf(hd), key, queries)
	for _, m := range matched {
		b, h := m[0], m[1]
		c := Change{Service: sc.name, Kind: KindPanel, Op: Changed, Name: panelName(bd, b.key), Pos: h.p.Pos, BasePos: sc.d.basePos(b.p.Pos)}
		if b.key != h.key {
			c.Op, c.NewName = Renamed, panelName(hd, h.key)
		}
		c.Fields = field(c.Fields, "type", b.p.Type, h.p.Type)
		c.Fields = field(c.Fields, "unit", b.p.Unit, h.p.Unit)
		c.Fields = field(c.Fields, "stack", b.p.Stack, h.p.Stack)
		c.Fields = field(c.Fields, "query units", queryUnits(b.p), queryUnits(h.p))
		c.Fields = field(c.Fields, "value mappings", mappings(b.p), mappings(h.p))
		c.Fields = field(c.Fields, "query min intervals", minIntervals(b.p), minIntervals(h.p))
		if b.queries != h.queries {
			c.Fields = field(c.Fields, "queries", panelQueries(b.p), panelQueries(h.p))
		}
		if c.Op == Renamed || len(c.Fields) > 0 {
			sc.d.add(c)
		}
	}
	for _, b := range removed {
		sc.d.add(Change{Service: sc.name, Kind: KindPanel, Op: Removed, Name: panelName(bd, b.key), Pos: hd.Pos, BasePos: sc.d.basePos(b.p.Pos)})
	}
	for _, h := range added {
		sc.d.add(Change{Service: sc.name, Kind: KindPanel, Op: Added, Name: panelName(hd, h.key), Pos: h.p.Pos})
	}
}

// minIntervals writes the min intervals a panel's queries set, by their
// place: "query 1 2m".
func minIntervals(p *catalogue.Panel) string {
	var ms []string
	for i, q := range p.Queries {
		if q.MinInterval > 0 {
			ms = append(ms, "query "+strconv.Itoa(i+1)+" "+q.MinInterval.String())
		}
	}
	return strings.Join(ms, ", ")
}

// mappings writes a panel's value mappings: "0: Down (red), 1: Up".
func mappings(p *catalogue.Panel) string {
	var ms []string
	for _, m := range p.Mappings {
		ms = append(ms, m.String())
	}
	return strings.Join(ms, ", ")
}

// queryUnits writes the units a panel's queries set, by their place, ""
// when none does: "query 1 Bps, query 3 percentunit".
func queryUnits(p *catalogue.Panel) string {
	var us []string
	for i, q := range p.Queries {
		if q.Unit != "" {
			us = append(us, "query "+strconv.Itoa(i+1)+" "+q.Unit)
		}
	}
	return strings.Join(us, ", ")
}

// panelQueries writes a panel's expressions as written, one a line.
func panelQueries(p *catalogue.Panel) string {
	qs := make([]string, len(p.Queries))
	for i, q := range p.Queries {
		qs[i] = oneLine(q.Expr.Text)
	}
	return strings.Join(qs, "\n")
}

// queries compares the example queries by name (by title when unnamed); a
// query with a new name and the same expression was renamed.
func (sc *serviceCmp) queries() {
	base, head := queryPtrs(sc.base), queryPtrs(sc.head)
	name := func(q *catalogue.Query) string { return queryName(q) }
	expr := func(q *catalogue.Query) string { return normExpr(q.Expr.Text, false) }
	matched, removed, added := pairs(base, head, name, expr)
	for _, p := range matched {
		b, h := p[0], p[1]
		c := Change{Service: sc.name, Kind: KindQuery, Op: Changed, Name: queryName(b), Pos: h.Pos, BasePos: sc.d.basePos(b.Pos)}
		if queryName(b) != queryName(h) {
			c.Op, c.NewName = Renamed, queryName(h)
		}
		if normExpr(b.Expr.Text, false) != normExpr(h.Expr.Text, false) {
			c.Fields = field(c.Fields, "expr", oneLine(b.Expr.Text), oneLine(h.Expr.Text))
		}
		c.Fields = field(c.Fields, "title", b.Title, h.Title)
		if c.Op == Renamed || len(c.Fields) > 0 {
			sc.d.add(c)
		}
	}
	for _, b := range removed {
		sc.d.add(Change{Service: sc.name, Kind: KindQuery, Op: Removed, Name: queryName(b), Pos: sc.removedAt(), BasePos: sc.d.basePos(b.Pos)})
	}
	for _, h := range added {
		sc.d.add(Change{Service: sc.name, Kind: KindQuery, Op: Added, Name: queryName(h), Pos: h.Pos})
	}
}

// queryPtrs returns pointers to a catalogue's example queries.
func queryPtrs(c *catalogue.Catalogue) []*catalogue.Query {
	var out []*catalogue.Query
	for gi := range c.Queries {
		for qi := range c.Queries[gi].Queries {
			out = append(out, &c.Queries[gi].Queries[qi])
		}
	}
	return out
}

// queryName names an example query: its name, or its title.
func queryName(q *catalogue.Query) string {
	if q.Name != "" {
		return q.Name
	}
	return q.Title
}
