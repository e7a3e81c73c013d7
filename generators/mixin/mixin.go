// Package mixin exports a service's alerts, recording rules and dashboards
// as a monitoring mixin (https://monitoring.mixins.dev), so that
// kube-prometheus and other Jsonnet users can vendor them with
// jsonnet-bundler:
//
//	out/<service>/mixin/mixin.libsonnet    prometheusAlerts, prometheusRules, grafanaDashboards and _config
//	out/<service>/mixin/config.json        the _config defaults: datasource, job selectors, alert thresholds
//	out/<service>/mixin/expressions.json   where _config enters the alert expressions
//	out/<service>/mixin/alerts.yaml        the alerting rules, as the prometheus generator writes them
//	out/<service>/mixin/recording.yaml     the recording rules, when there are any
//	out/<service>/mixin/dashboards/*.json  the dashboards, as the grafana generator writes them
//	out/<service>/mixin/jsonnetfile.json   jsonnet-bundler's manifest (no dependencies)
//
// The rules and dashboards are the other generators' own output, byte for
// byte; mixin.libsonnet only reads them (std.parseYaml and import), so with
// the default _config it evaluates to exactly the generated rules and
// dashboards. It needs nothing but a Jsonnet evaluator (go-jsonnet ≥ 0.18).
package mixin

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"text/template"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/templates"
)

// Generator writes out/<service>/mixin/.
type Generator struct{}

// Name implements generators.Generator.
func (Generator) Name() string { return "mixin" }

var tmpl = template.Must(template.New("mixin").Funcs(template.FuncMap{
	"str": jsonnetString,
}).ParseFS(templates.FS, "mixin/*.tmpl"))

// page is what mixin.libsonnet.tmpl renders.
type page struct {
	Header     string
	Service    string
	Alerts     bool
	Recording  bool
	SLOs       bool
	Dashboards []string
	// Adopted are the rule groups taken verbatim from another mixin, as
	// "group (from ...)": their expressions keep that mixin's selectors,
	// which _config.selectors does not change.
	Adopted []string
}

// Generate implements generators.Generator: it runs the prometheus and
// grafana generators for the files the mixin carries.
func (g Generator) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	var generated []generators.File
	for _, sibling := range []generators.Generator{prometheus.Generator{}, grafana.Generator{}} {
		files, err := sibling.Generate(c)
		if err != nil {
			return nil, err
		}
		generated = append(generated, files...)
	}
	return g.GenerateQuoting(c, generated)
}

// GenerateQuoting implements generators.Quoting: the mixin carries byte
// copies of the rule files and dashboards the pipeline already generated.
func (Generator) GenerateQuoting(c *catalogue.Catalogue, generated []generators.File) ([]generators.File, error) {
	byPath := make(map[string][]byte, len(generated))
	for _, f := range generated {
		byPath[f.Path] = f.Data
	}
	dir := generators.Join(c.Service.Name, "mixin")
	var files []generators.File
	add := func(name string, data []byte) {
		files = append(files, generators.File{Path: generators.Join(dir, name), Data: data})
	}
	p := page{
		Header:  generators.Header(c.Service.Name, "//"),
		Service: c.Service.Name,
	}
	for _, g := range append(slices.Clip(c.AlertGroups), c.RecordGroups...) {
		if g.AdoptedFrom != "" {
			p.Adopted = append(p.Adopted, g.Name+" (from "+g.AdoptedFrom+")")
		}
	}
	rules := generators.Join(c.Service.Name, "prometheus")
	if data, ok := byPath[generators.Join(rules, "alerts.yaml")]; ok {
		add("alerts.yaml", data)
		p.Alerts = true
	}
	if data, ok := byPath[generators.Join(rules, "recording.yaml")]; ok {
		add("recording.yaml", data)
		p.Recording = true
	}
	if data, ok := byPath[generators.Join(rules, prometheus.SLOFile)]; ok {
		add(prometheus.SLOFile, data)
		p.SLOs = true
	}
	prefix := generators.Join(c.Service.Name, "grafana", "dashboards") + "/"
	for _, f := range generated {
		name, ok := strings.CutPrefix(f.Path, prefix)
		if !ok {
			continue // provisioning: Grafana's, not the mixin's
		}
		add(generators.Join("dashboards", name), f.Data)
		p.Dashboards = append(p.Dashboards, name)
	}
	cfg, exprs := configure(c)
	for _, part := range []struct {
		name string
		v    any
	}{
		{"config.json", cfg},
		{"expressions.json", exprs},
		{"jsonnetfile.json", jsonnetFile{Version: 1, Dependencies: []struct{}{}, LegacyImports: true}},
	} {
		data, err := indentJSON(part.v)
		if err != nil {
			return nil, fmt.Errorf("mixin: %s: %w", part.name, err)
		}
		add(part.name, data)
	}
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, "mixin.libsonnet.tmpl", p); err != nil {
		return nil, fmt.Errorf("mixin: %w", err)
	}
	add("mixin.libsonnet", b.Bytes())
	return files, nil
}

// jsonnetFile is jsonnet-bundler's jsonnetfile.json (spec v1).
type jsonnetFile struct {
	Version       uint       `json:"version"`
	Dependencies  []struct{} `json:"dependencies"`
	LegacyImports bool       `json:"legacyImports"`
}

// indentJSON marshals v with two-space indentation and a final newline,
// leaving <, > and & as they are.
func indentJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// jsonnetString quotes s as a single-quoted Jsonnet string literal, the
// style jsonnetfmt writes.
func jsonnetString(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\'' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}
