package catalogue

import "github.com/obsgen/obsgen/internal/diag"

// merge combines the parts of one service, one per spec file, in file
// order: lists are concatenated, and a single-valued section may be set by
// one file only.
func merge(parts []*Catalogue, diags *diag.List) *Catalogue {
	c := &Catalogue{APIVersion: APIVersion}
	var servicePos Pos
	var scrapePos, loggingPos, healthPos, overviewPos Pos
	c.fieldPos = map[Pos]map[string]Pos{}
	for _, p := range parts {
		for k, v := range p.fieldPos {
			c.fieldPos[k] = v
		}
		for k := range p.badPos {
			if c.badPos == nil {
				c.badPos = map[Pos]bool{}
			}
			c.badPos[k] = true
		}
		if p.Service.Pos != (Pos{}) {
			if servicePos != (Pos{}) {
				diags.Errorf(p.Service.Pos, "duplicate-section", "section service is already set at %s", servicePos)
			} else {
				servicePos = p.Service.Pos
				c.Service = p.Service
			}
		}
		single(&c.Scrape, p.Scrape, &scrapePos, "scrape", diags)
		single(&c.Logging, p.Logging, &loggingPos, "logging", diags)
		single(&c.Health, p.Health, &healthPos, "health", diags)
		single(&c.Overview, p.Overview, &overviewPos, "overview", diags)
		c.Labels = append(c.Labels, p.Labels...)
		c.MetricGroups = append(c.MetricGroups, p.MetricGroups...)
		c.Endpoints = append(c.Endpoints, p.Endpoints...)
		c.Queries = append(c.Queries, p.Queries...)
		c.Dashboards = append(c.Dashboards, p.Dashboards...)
		c.AlertGroups = append(c.AlertGroups, p.AlertGroups...)
		c.RecordGroups = append(c.RecordGroups, p.RecordGroups...)
		c.Journeys = append(c.Journeys, p.Journeys...)
		c.Notes = append(c.Notes, p.Notes...)
		c.Corrections = append(c.Corrections, p.Corrections...)
	}
	for gi := range c.MetricGroups {
		g := &c.MetricGroups[gi]
		for mi := range g.Metrics {
			g.Metrics[mi].Group = g.Name
		}
	}
	return c
}

// positioned is a section with a position: every section type has a Pos field.
type positioned interface {
	*Scrape | *Logging | *Health | *Overview
}

// single sets *dst from src unless another file already set it.
func single[T positioned](dst *T, src T, seen *Pos, name string, diags *diag.List) {
	if src == nil {
		return
	}
	pos := sectionPos(src)
	if *dst != nil {
		diags.Errorf(pos, "duplicate-section", "section %s is already set at %s", name, *seen)
		return
	}
	*dst = src
	*seen = pos
}

func sectionPos(v any) Pos {
	switch s := v.(type) {
	case *Scrape:
		return s.Pos
	case *Logging:
		return s.Pos
	case *Health:
		return s.Pos
	case *Overview:
		return s.Pos
	}
	return Pos{}
}
