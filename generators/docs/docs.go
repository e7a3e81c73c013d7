// Package docs generates the Markdown reference of each service
// (out/<service>/docs/monitoring.md), one runbook page per alert name
// (out/<service>/docs/alerts/<Alert>.md, which describes every rule sharing
// the name, such as a warning and a critical variant) and an index across
// services (out/docs/index.md), from embedded templates. Configuration snippets in
// the pages are the generated artifacts themselves, so the docs cannot
// drift from what is deployed.
package docs

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"sync"
	"text/template"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/preview"
	"github.com/obsgen/obsgen/internal/ruletest"
	"github.com/obsgen/obsgen/templates"
)

// Generator writes out/<service>/docs/.
type Generator struct {
	// Siblings are the generators whose outputs the pages quote (rule
	// files, scrape configs, log shipping configs, probes, scripts).
	Siblings []generators.Generator
	// Previews, when set, holds the dashboard previews' query results by
	// shape for every service the generator runs over: alike services'
	// panels are evaluated once (preview.Shapes). Without it each service
	// shares within itself.
	Previews *preview.Shapes
}

// Name implements generators.Generator.
func (Generator) Name() string { return "docs" }

// pageTemplates are the pages' templates. Parsing them takes about 1.6 ms,
// a tenth of the time every package of the program takes to initialise,
// which runs on one core: they are parsed on a goroutine started as this
// package initialises, on the core initialisation leaves idle, and waited
// for when a page is first rendered.
var pageTemplates = inBackground(func() *template.Template {
	return template.Must(template.New("docs").Funcs(template.FuncMap{
		"cell":        cell,
		"cellCode":    cellCode,
		"linkText":    linkText,
		"alertPage":   catalogue.AlertPage,
		"code":        code,
		"fence":       fence,
		"inline":      inline,
		"para":        para,
		"heading":     heading,
		"slug":        Slug,
		"join":        strings.Join,
		"add":         func(a, b int) int { return a + b },
		"stripHeader": stripHeader,
		"notes":       notes,
		"runbookAt":   runbookAt,
		"pagingAt":    pagingAt,
		"urlLink":     urlLink,
		"shellWord":   shellWord,
		"hasPrefix":   strings.HasPrefix,
		"specsOf":     specsOf,
	}).ParseFS(templates.FS, "docs/*.tmpl"))
})

// inBackground runs f on a goroutine of its own at once and returns a
// function that waits for its result.
func inBackground[T any](f func() T) func() T {
	var v T
	done := make(chan struct{})
	go func() {
		defer close(done)
		v = f()
	}()
	return func() T {
		<-done
		return v
	}
}

// Generate implements generators.Generator: it runs the siblings for the
// files it quotes, then renders the pages.
func (g Generator) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	var generated []generators.File
	for _, s := range g.Siblings {
		files, err := s.Generate(c)
		if err != nil {
			return nil, fmt.Errorf("docs: %s: %w", s.Name(), err)
		}
		generated = append(generated, files...)
	}
	return g.GenerateQuoting(c, generated)
}

// GenerateQuoting implements generators.Quoting: it renders the pages from
// files the other generators already produced for this service, and
// returns them with the pictures, sorted by path.
func (g Generator) GenerateQuoting(c *catalogue.Catalogue, generated []generators.File) ([]generators.File, error) {
	return generators.Collect(func(emit func(generators.File) error) error {
		return g.GenerateQuotingTo(c, generated, emit)
	})
}

// GenerateQuotingTo implements generators.Emitting: GenerateQuoting
// handing each page and picture to emit as it is rendered or drawn.
func (g Generator) GenerateQuotingTo(c *catalogue.Catalogue, generated []generators.File, emit func(generators.File) error) error {
	// The pages quote the small artifacts, and the previews read the
	// dashboards: kept apart, the dashboards (the most of a large
	// service's output) are let go once the previews have decoded them,
	// before the pictures are drawn.
	artifacts, dashboards := map[string][]byte{}, map[string][]byte{}
	prefix := c.Service.Name + "/"
	for _, f := range generated {
		rel, ok := strings.CutPrefix(f.Path, prefix)
		switch {
		case !ok, strings.HasPrefix(rel, "mixin/"):
			// Another service's, or the mixin's copies: nothing quotes them.
		case strings.HasPrefix(rel, dashboardsDir):
			dashboards[rel] = f.Data
		default:
			artifacts[rel] = f.Data
		}
	}
	// Given up by the caller (generators.Quoting): cleared, the
	// dashboards are held by the previews alone, and the other files by
	// the pages alone, while the pictures are drawn.
	clear(generated)
	page := newPage(c, artifacts)
	dir := generators.Join(c.Service.Name, "docs")
	tracer, err := ruletest.NewTracer(c)
	if err != nil {
		return fmt.Errorf("docs: %w", err)
	}
	evaluator := sync.OnceValues(func() (*preview.Evaluator, error) {
		if g.Previews != nil {
			return preview.NewSharing(c, g.Previews)
		}
		return preview.New(c)
	})
	previews, previewPics, err := previewPictures(c, dashboards, dir, evaluator)
	if err != nil {
		return err
	}
	page.Previews = previews
	if ds := grafana.Dashboards(c); len(c.SLOs) > 0 && len(ds) > 0 {
		// The SLO dashboard comes last.
		page.SLODashboard = "dashboards/" + ds[len(ds)-1].UID + ".md"
	}
	for i := range page.Dashboards {
		for _, pv := range previews {
			if pv.UID == page.Dashboards[i].UID {
				page.Dashboards[i].Preview = "dashboards/" + pv.UID + ".md"
			}
		}
	}
	ts := newTraces(tracer)
	sloPics := sloPictures(c, page, ts, dir)
	pics := append(alertPictures(page, ts, dir), sloPics...)
	// The pages need nothing the pictures make: they are rendered while
	// the pictures are drawn, on a goroutine of their own.
	rendered := make(chan error, 1)
	go func() { rendered <- renderPages(page, previews, dir, emit) }()
	err = drawAll(append(pics, previewPics...), emit)
	if rerr := <-rendered; rerr != nil {
		return rerr
	}
	return err
}

// renderPages renders the Markdown pages of a service's docs and hands
// each to emit: the reference, a page per alert name, the SLOs and journeys
// when there are any, and a page per dashboard preview.
func renderPages(page *Page, previews []*Preview, dir string, emit func(generators.File) error) error {
	data, err := render("monitoring.md.tmpl", page)
	if err != nil {
		return err
	}
	if err := emit(generators.File{Path: generators.Join(dir, "monitoring.md"), Data: data}); err != nil {
		return err
	}
	for _, a := range page.AlertPages {
		data, err := render("alert.md.tmpl", alertPage{Page: page, Alert: a})
		if err != nil {
			return err
		}
		if err := emit(generators.File{Path: generators.Join(dir, "alerts", catalogue.AlertPage(a.Name)+".md"), Data: data}); err != nil {
			return err
		}
	}
	for _, extra := range []struct {
		tmpl, file string
		want       bool
	}{{"slos.md.tmpl", "slos.md", len(page.SLOs) > 0}, {"journeys.md.tmpl", "journeys.md", len(page.Journeys) > 0}} {
		if !extra.want {
			continue
		}
		data, err := render(extra.tmpl, page)
		if err != nil {
			return err
		}
		if err := emit(generators.File{Path: generators.Join(dir, extra.file), Data: data}); err != nil {
			return err
		}
	}
	for _, pv := range previews {
		data, err := render("dashboard.md.tmpl", pv)
		if err != nil {
			return err
		}
		if err := emit(generators.File{Path: generators.Join(dir, "dashboards", pv.UID+".md"), Data: data}); err != nil {
			return err
		}
	}
	return nil
}

// runbookView is a runbook with the heading level its sections take.
type runbookView struct {
	Runbook *catalogue.Runbook
	H       string
}

// runbookAt pairs a runbook with the heading level of its sections: "##"
// on a page of one rule, "###" in a variant's section.
func runbookAt(rb *catalogue.Runbook, h string) runbookView { return runbookView{rb, h} }

// pagingView is an alert with the heading level its paging section takes.
type pagingView struct {
	A *Alert
	H string
}

func pagingAt(a *Alert, h string) pagingView { return pagingView{a, h} }

// alertPage is the data of one runbook page: one alert name and every
// rule (variant) that shares it.
type alertPage struct {
	*Page
	Alert *AlertPage
}

func render(name string, data any) ([]byte, error) {
	var b bytes.Buffer
	if err := pageTemplates().ExecuteTemplate(&b, name, data); err != nil {
		return nil, fmt.Errorf("docs: %s: %w", name, err)
	}
	return tidy(b.Bytes()), nil
}

// Index renders out/docs/index.md across services.
func Index(cs []*catalogue.Catalogue) (generators.File, error) {
	var rows []indexRow
	for _, c := range cs {
		rows = append(rows, indexRow{
			Name:       c.Service.Name,
			Specs:      path.Dir(c.SpecFolder()),
			Title:      titleOf(c),
			Summary:    c.Service.Description,
			Metrics:    len(c.Metrics()),
			Alerts:     len(c.Alerts()),
			Dashboards: len(c.Dashboards),
		})
	}
	data, err := render("index.md.tmpl", rows)
	if err != nil {
		return generators.File{}, err
	}
	return generators.File{Path: "docs/index.md", Data: data}, nil
}

type indexRow struct {
	// Specs is the folder the service's spec folder is in (specs).
	Specs                       string
	Name, Title, Summary        string
	Metrics, Alerts, Dashboards int
}

func titleOf(c *catalogue.Catalogue) string {
	if c.Service.Title != "" {
		return c.Service.Title
	}
	return c.Service.Name
}

// specsOf names the folder the services' spec folders are in, as the
// pages across services say where they come from: `specs/`, or several
// folders.
func specsOf(rows []indexRow) string {
	if len(rows) == 0 {
		return "`specs/`"
	}
	for _, r := range rows[1:] {
		if r.Specs != rows[0].Specs {
			return "several folders"
		}
	}
	return "`" + rows[0].Specs + "/`"
}
