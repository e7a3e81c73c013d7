package catalogue

import (
	"reflect"
	"strings"

	"github.com/obsgen/obsgen/internal/diag"
)

// merge combines the parts of one service, one per spec file, in file
// order: lists are concatenated, a single-valued section may be set by one
// file only, and the service section is merged field by field (see
// serviceMerger).
func merge(parts []*Catalogue, diags *diag.List) *Catalogue {
	c := &Catalogue{APIVersion: APIVersion}
	var scrapePos, loggingPos, healthPos, overviewPos, routingPos Pos
	c.positions.FieldPos = map[Pos]map[string]Pos{}
	svc := serviceMerger{c: c, diags: diags}
	for _, p := range parts {
		for k, v := range p.positions.FieldPos {
			c.positions.FieldPos[k] = v
		}
		for k := range p.positions.BadPos {
			if c.positions.BadPos == nil {
				c.positions.BadPos = map[Pos]bool{}
			}
			c.positions.BadPos[k] = true
		}
		svc.add(p)
		single(&c.Scrape, p.Scrape, &scrapePos, "scrape", diags)
		single(&c.Logging, p.Logging, &loggingPos, "logging", diags)
		single(&c.Health, p.Health, &healthPos, "health", diags)
		single(&c.Overview, p.Overview, &overviewPos, "overview", diags)
		single(&c.Routing, p.Routing, &routingPos, "routing", diags)
		c.Labels = append(c.Labels, p.Labels...)
		c.MetricGroups = append(c.MetricGroups, p.MetricGroups...)
		c.Endpoints = append(c.Endpoints, p.Endpoints...)
		c.Queries = append(c.Queries, p.Queries...)
		c.Dashboards = append(c.Dashboards, p.Dashboards...)
		c.AlertGroups = append(c.AlertGroups, p.AlertGroups...)
		c.RecordGroups = append(c.RecordGroups, p.RecordGroups...)
		c.Journeys = append(c.Journeys, p.Journeys...)
		c.SLOs = append(c.SLOs, p.SLOs...)
		c.Notes = append(c.Notes, p.Notes...)
		c.Corrections = append(c.Corrections, p.Corrections...)
	}
	svc.finish()
	for gi := range c.MetricGroups {
		g := &c.MetricGroups[gi]
		for mi := range g.Metrics {
			g.Metrics[mi].Group = g.Name
		}
	}
	return c
}

// serviceMerger merges the service sections of several files field by
// field: `obsgen import` writes service: {name, verify} into metrics.yaml
// while a hand-written service.yaml sets name, title, description, ... A
// field may be set by one file only, except name, which every file may
// repeat as long as it is the same. The merged section keeps the position
// of the first file's section, and its field positions point into the file
// that set each field, so diagnostics about a field land where it is
// written.
type serviceMerger struct {
	c     *Catalogue
	diags *diag.List
	// fields holds the merged field positions of the section (keys as the
	// decoder records them: "title", "uses[0]", "verify.ignore", ...).
	fields map[string]Pos
	// setAt holds, per top-level field, where a file set it.
	setAt map[string]Pos
}

// serviceFields are the YAML keys of the service section, with their
// struct field indexes.
var serviceFields = yamlFields(reflect.TypeOf(Service{}))

// add merges the service section of part p, if it has one.
func (s *serviceMerger) add(p *Catalogue) {
	if p.Service.Pos == (Pos{}) {
		return
	}
	written := p.positions.FieldPos[p.Service.Pos]
	if s.setAt == nil {
		s.c.Service = p.Service
		s.fields = map[string]Pos{}
		for k, v := range written {
			s.fields[k] = v
		}
		s.setAt = map[string]Pos{}
		for _, f := range serviceFields {
			if at, ok := written[f.key]; ok {
				s.setAt[f.key] = at
			}
		}
		return
	}
	dst := reflect.ValueOf(&s.c.Service).Elem()
	src := reflect.ValueOf(&p.Service).Elem()
	for _, f := range serviceFields {
		at, ok := written[f.key]
		if !ok {
			continue
		}
		if prev, dup := s.setAt[f.key]; dup {
			if f.key == "name" && p.Service.Name == s.c.Service.Name {
				continue // every file may name the service it belongs to
			}
			if f.key == "name" {
				s.diags.Errorf(at, "duplicate-section", "service name %s differs from %s set at %s: the files of one folder describe one service",
					quote(p.Service.Name), quote(s.c.Service.Name), prev)
				continue
			}
			s.diags.Errorf(at, "duplicate-section", "service.%s is already set at %s: each field of the service section may be set in one file only", f.key, prev)
			continue
		}
		s.setAt[f.key] = at
		dst.Field(f.index).Set(src.Field(f.index))
		for k, v := range written {
			if k == f.key || strings.HasPrefix(k, f.key+"[") || strings.HasPrefix(k, f.key+".") {
				s.fields[k] = v
			}
		}
	}
}

// finish records the merged field positions under the section's position.
func (s *serviceMerger) finish() {
	if s.setAt != nil {
		s.c.positions.FieldPos[s.c.Service.Pos] = s.fields
	}
}

// positioned is a section with a position: every section type has a Pos field.
type positioned interface {
	*Scrape | *Logging | *Health | *Overview | *Routing
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
	case *Routing:
		return s.Pos
	}
	return Pos{}
}
