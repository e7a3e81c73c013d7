// Package mixinlint lints an existing monitoring mixin against a catalogue:
// it evaluates the mixin's prometheusAlerts, prometheusRules and
// grafanaDashboards, turns their expressions into an in-memory view of the
// catalogue (the catalogue's metrics, labels and scrape targets with the
// mixin's rules and panels) and runs obsgen's lint checks over it, so that a
// team can check the upstream mixins it runs (obsgen lint --mixin DIR SPEC).
package mixinlint

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/lint"
)

// Entry is the file a mixin folder is evaluated from.
const Entry = "mixin.libsonnet"

// wrapper evaluates the mixin's hidden fields; it is named like a built-in
// file so that error positions prefer the mixin's own files.
const wrapper = "<obsgen-lint-mixin>.jsonnet"

const program = `local m = import 'mixin.libsonnet';
local get(name) = if std.objectHasAll(m, name) then m[name] else {};
{
  prometheusAlerts: get('prometheusAlerts'),
  prometheusRules: get('prometheusRules'),
  grafanaDashboards: get('grafanaDashboards'),
}
`

// skipped are the checks that judge a catalogue, not a mixin's queries: a
// mixin covers part of the service (unused-metric), and the hygiene of its
// alerts is its authors' style (severity, summary and runbook conventions).
var skipped = map[string]bool{
	"unused-metric":     true,
	"alert-no-for":      true,
	"alert-no-severity": true,
	"alert-no-summary":  true,
	"alert-no-runbook":  true,
}

// Lint evaluates dir/mixin.libsonnet (with dir/vendor and dir on the
// library path, after opts.JPaths) and lints its expressions against c. It
// returns the problems found and the mixin's files for excerpts; the error
// is for a folder that holds no mixin.
func Lint(dir string, c *catalogue.Catalogue, opts catalogue.JsonnetOptions) (diag.List, diag.Sources, error) {
	entry := filepath.Join(dir, Entry)
	if st, err := os.Stat(entry); err != nil || st.IsDir() {
		return nil, nil, fmt.Errorf("%s: no %s in it (a mixin folder holds mixin.libsonnet and, vendored by jsonnet-bundler, vendor/)", dir, Entry)
	}
	libs := opts.JPaths
	opts.JPaths = append([]string{dir, filepath.Join(dir, "vendor")}, opts.JPaths...)
	var diags diag.List
	out, src, err := catalogue.EvaluateJsonnetSources(filepath.Join(dir, wrapper), program, opts)
	if src == nil {
		src = diag.Sources{}
	}
	if err != nil {
		catalogue.ReportJsonnetError(entry, err, &diags)
		return diags, src, nil
	}
	var m evaluated
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		diags.Errorf(diag.Pos{File: entry, Line: 1, Col: 1}, "mixin-shape", "the mixin's outputs could not be read: %v", err)
		return diags, src, nil
	}
	b := &builder{file: entry, literals: catalogue.NewJsonnetLiterals(own(src, dir, libs)), diags: &diags}
	view := b.view(c, &m)
	for _, d := range lint.Run(view) {
		if !skipped[d.Code] {
			diags = append(diags, d)
		}
	}
	return diags.Sort(), src, nil
}

// own keeps the mixin's own files: not the libraries it vendors (dir/vendor
// and the library folders given, unless the mixin is inside one), whose
// literals are shared by many callers, nor obsgen's wrapper and built-in
// libraries.
func own(src diag.Sources, dir string, libs []string) map[string][]byte {
	out := map[string][]byte{}
	outside := []string{filepath.Join(dir, "vendor")}
	for _, lib := range libs {
		if !within(lib, dir) {
			outside = append(outside, lib)
		}
	}
next:
	for name, data := range src {
		if strings.HasPrefix(name, "<") || strings.HasPrefix(filepath.Base(name), "<") {
			continue
		}
		for _, lib := range outside {
			if within(lib, name) {
				continue next
			}
		}
		out[name] = data
	}
	return out
}

// within reports whether path is folder or inside it.
func within(folder, path string) bool {
	rel, err := filepath.Rel(folder, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// view copies the catalogue's exported fields (metrics, labels, scrape
// targets, ...) into a new catalogue whose rules and dashboards are the
// mixin's. A fresh value, so that no lookup index of c is shared.
func (b *builder) view(c *catalogue.Catalogue, m *evaluated) *catalogue.Catalogue {
	v := &catalogue.Catalogue{}
	src, dst := reflect.ValueOf(c).Elem(), reflect.ValueOf(v).Elem()
	for i := 0; i < src.NumField(); i++ {
		if src.Type().Field(i).IsExported() {
			dst.Field(i).Set(src.Field(i))
		}
	}
	v.Files = []string{b.file}
	v.Queries, v.Journeys, v.Overview = nil, nil, nil
	v.AlertGroups = b.groups("prometheusAlerts", m.Alerts)
	v.RecordGroups = b.groups("prometheusRules", m.Rules)
	v.Dashboards = b.dashboards(m.Dashboards)
	return v
}
