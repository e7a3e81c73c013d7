package pipeline

import (
	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/alertmanager"
	"github.com/obsgen/obsgen/generators/docs"
	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/generators/health"
	"github.com/obsgen/obsgen/generators/kubernetes"
	"github.com/obsgen/obsgen/generators/logging"
	"github.com/obsgen/obsgen/generators/mixin"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/generators/rulers"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/lint"
	"github.com/obsgen/obsgen/internal/preview"
)

// Generators returns every per-service generator, in a fixed order, for
// one run over any number of services. The docs generator comes last: its
// pages quote the others' artifacts; the services' dashboard previews
// share their query results by shape.
func Generators() []generators.Generator {
	artifacts := []generators.Generator{
		prometheus.Generator{},
		rulers.Generator{},
		grafana.Generator{},
		logging.Generator{},
		health.Generator{},
		kubernetes.Generator{},
		mixin.Generator{},
		alertmanager.Generator{},
	}
	return append(artifacts, docs.Generator{Siblings: artifacts, Previews: preview.NewShapes()})
}

// crossService returns the files that span services: the docs index, the
// site's MkDocs configuration and home page, the organisation's
// Alertmanager configuration with its routing cases, and its Grafana
// datasource for the query tier.
func crossService(cs []*catalogue.Catalogue) ([]generators.File, error) {
	if len(cs) == 0 {
		return nil, nil
	}
	index, err := docs.Index(cs)
	if err != nil {
		return nil, err
	}
	site, err := docs.Site(cs)
	if err != nil {
		return nil, err
	}
	home, err := docs.Home(cs)
	if err != nil {
		return nil, err
	}
	am, err := alertmanager.Files(cs)
	if err != nil {
		return nil, err
	}
	ds, err := grafana.Datasources(cs)
	if err != nil {
		return nil, err
	}
	return append(append([]generators.File{index, site, home}, am...), ds...), nil
}

// Lint runs the catalogue-aware checks over one catalogue, on up to
// workers goroutines.
func Lint(c *catalogue.Catalogue, workers int) diag.List { return lint.RunOn(c, workers) }
