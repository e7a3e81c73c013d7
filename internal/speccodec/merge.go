package speccodec

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

// Merge combines the parts of one service, one per spec file, in file
// order: lists are concatenated, a single-valued section may be set by one
// file only, and the service section is merged field by field (see
// serviceMerger).
func Merge(parts []*catalogue.Catalogue, diags *diag.List) *catalogue.Catalogue {
	c := &catalogue.Catalogue{APIVersion: catalogue.APIVersion}
	var scrapePos, loggingPos, healthPos, overviewPos, routingPos catalogue.Pos
	c.Positions().FieldPos = map[catalogue.Pos]map[string]catalogue.Pos{}
	svc := serviceMerger{c: c, diags: diags}
	for _, p := range parts {
		for k, v := range p.Positions().FieldPos {
			c.Positions().FieldPos[k] = v
		}
		for k := range p.Positions().BadPos {
			if c.Positions().BadPos == nil {
				c.Positions().BadPos = map[catalogue.Pos]bool{}
			}
			c.Positions().BadPos[k] = true
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
	c     *catalogue.Catalogue
	diags *diag.List
	// fields holds the merged field positions of the section (keys as the
	// decoder records them: "title", "uses[0]", "verify.ignore", ...).
	fields map[string]catalogue.Pos
	// setAt holds, per top-level field, where a file set it.
	setAt map[string]catalogue.Pos
}

// serviceFields are the YAML keys of the service section, with their
// struct field indexes.
var serviceFields = yamlFields(reflect.TypeOf(catalogue.Service{}))

// add merges the service section of part p, if it has one.
func (s *serviceMerger) add(p *catalogue.Catalogue) {
	if p.Service.Pos == (catalogue.Pos{}) {
		return
	}
	written := p.Positions().FieldPos[p.Service.Pos]
	if s.setAt == nil {
		s.c.Service = p.Service
		s.fields = map[string]catalogue.Pos{}
		for k, v := range written {
			s.fields[k] = v
		}
		s.setAt = map[string]catalogue.Pos{}
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
					strconv.Quote(p.Service.Name), strconv.Quote(s.c.Service.Name), prev)
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
		s.c.Positions().FieldPos[s.c.Service.Pos] = s.fields
	}
}

// positioned is a section with a position: every section type has a Pos field.
type positioned interface {
	*catalogue.Scrape | *catalogue.Logging | *catalogue.Health | *catalogue.Overview | *catalogue.Routing
}

// single sets *dst from src unless another file already set it.
func single[T positioned](dst *T, src T, seen *catalogue.Pos, name string, diags *diag.List) {
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

func sectionPos(v any) catalogue.Pos {
	switch s := v.(type) {
	case *catalogue.Scrape:
		return s.Pos
	case *catalogue.Logging:
		return s.Pos
	case *catalogue.Health:
		return s.Pos
	case *catalogue.Overview:
		return s.Pos
	case *catalogue.Routing:
		return s.Pos
	}
	return catalogue.Pos{}
}
