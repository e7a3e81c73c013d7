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
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
	"github.com/obsgen/obsgen/internal/lint"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/obsgen/obsgen/internal/words"
)

// Entry is the file a mixin folder is evaluated from.
const Entry = "mixin.libsonnet"

// wrapper evaluates the mixin's hidden fields; it is named like a built-in
// file so that error positions prefer the mixin's own files.
const wrapper = "<obsgen-lint-mixin>.jsonnet"

// parts are the mixin's outputs, evaluated one at a time so that one that
// fails (dashboards that need an unvendored library, typically) does not
// keep the others from being linted.
var parts = []string{"prometheusAlerts", "prometheusRules", "grafanaDashboards"}

// program evaluates one of the mixin's outputs ({} when it has none).
func program(part string) string {
	return fmt.Sprintf(`local m = import 'mixin.libsonnet';
if std.objectHasAll(m, '%[1]s') then m['%[1]s'] else {}
`, part)
}

// fileProgram evaluates one output of a mixin made of one published file:
// a Grafana dashboard's JSON is its only dashboard, a Prometheus rule
// file (YAML) its alerts and recording rules. ok is false for a file of
// neither kind.
func fileProgram(part, file string) (string, bool) {
	name := filepath.Base(file)
	quoted := strconv.Quote(name)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		if part == "grafanaDashboards" {
			return fmt.Sprintf("{ %s: import %s }\n", quoted, quoted), true
		}
		return "{}\n", true
	case ".yaml", ".yml":
		kind := map[string]string{"prometheusAlerts": "alert", "prometheusRules": "record"}[part]
		if kind == "" {
			return "{}\n", true
		}
		return fmt.Sprintf(ruleFileProgram, quoted, kind), true
	}
	return "", false
}

// ruleFileProgram reads a rule file's groups (%[1]s the file) as
// Prometheus loads them (groups:), or as a PrometheusRule custom resource
// holds them (spec.groups, each document of a file of several), keeping
// the rules of one kind (%[2]s: alert or record): the alerts are the
// mixin's prometheusAlerts, the recording rules its prometheusRules.
const ruleFileProgram = `local docs = std.parseYaml(importstr %[1]s);
local list = if std.isArray(docs) then docs else [docs];
local groupsOf(d) =
  if !std.isObject(d) then []
  else if std.objectHas(d, 'spec') && std.isObject(d.spec) && std.objectHas(d.spec, 'groups') then d.spec.groups
  else if std.objectHas(d, 'groups') then d.groups
  else [];
{ groups: [
  g { rules: [r for r in (if std.objectHas(g, 'rules') then g.rules else []) if std.objectHas(r, '%[2]s')] }
  for g in std.flattenArrays([groupsOf(d) for d in list])
] }
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
// library path, after opts.JPaths) and lints its expressions against the
// catalogues: the first, with the others as catalogues it uses (a mixin for
// several exporters reads all their metrics). It returns the problems found
// and the mixin's files for excerpts; the error is for a folder that holds
// no mixin, or no catalogue to lint against.
func Lint(dir string, cs []*catalogue.Catalogue, opts jsonnetbox.Options) (diag.List, diag.Sources, error) {
	return LintAll([]string{dir}, cs, opts)
}

// LintAll lints the mixins (folders or published files) in paths as one:
// their alerts, recording rules and dashboards together, as Prometheus
// and Grafana load them together (mysqld-mixin publishes its alerts, its
// recording rules and its dashboard in separate files, the alerts reading
// the recorded series).
func LintAll(paths []string, cs []*catalogue.Catalogue, opts jsonnetbox.Options) (diag.List, diag.Sources, error) {
	var parts []mixinPart
	var diags diag.List
	src := diag.Sources{}
	for _, path := range paths {
		part, d, s, err := evaluate(path, cs, opts)
		if err != nil {
			return nil, nil, err
		}
		parts = append(parts, part)
		diags = append(diags, d...)
		for k, v := range s {
			src[k] = v
		}
	}
	view := viewOf(cs, parts...)
	// The catalogue's own rules (recordedOnlyBy) are its lint's to judge.
	catalogueFiles := map[string]bool{}
	for _, c := range cs {
		for _, f := range c.Files {
			catalogueFiles[f] = true
		}
	}
	for _, d := range lint.Run(view) {
		if !skipped[d.Code] && !catalogueFiles[d.Pos.File] {
			diags = append(diags, d)
		}
	}
	return oncePerPlace(diags.Sort()), src, nil
}

// oncePerPlace keeps one of the findings that are the same at the same
// place of the mixin's source: one literal makes the queries of several
// dashboards (one per platform, say), and its mistake is fixed once. The
// first, by the value's path, is kept; findings without a line keep their
// path and stay apart.
func oncePerPlace(l diag.List) diag.List {
	seen := map[diag.Diagnostic]bool{}
	out := l[:0]
	for _, d := range l {
		if d.Pos.Line > 0 {
			k := d
			k.Pos.Path = ""
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		out = append(out, d)
	}
	return out
}

// build evaluates the mixin in dir and returns the view lint runs over:
// the catalogues with the mixin's rules and dashboards. It also returns
// the problems found on the way and the files evaluation read.
func build(dir string, cs []*catalogue.Catalogue, opts jsonnetbox.Options) (*catalogue.Catalogue, diag.List, diag.Sources, error) {
	part, diags, src, err := evaluate(dir, cs, opts)
	if err != nil {
		return nil, nil, nil, err
	}
	return viewOf(cs, part), diags, src, nil
}

// mixinPart is what one mixin (a folder or a published file) holds, read
// into the catalogue's model: its alerts, recording rules and dashboards.
type mixinPart struct {
	// file is the mixin's entry: its mixin.libsonnet, or the file itself.
	file            string
	alerts, records []catalogue.RuleGroup
	dashboards      []catalogue.Dashboard
}

// evaluate evaluates the mixin in dir (a folder, or one published file) and
// reads what it holds.
func evaluate(dir string, cs []*catalogue.Catalogue, opts jsonnetbox.Options) (mixinPart, diag.List, diag.Sources, error) {
	entry := filepath.Join(dir, Entry)
	programOf := program
	ruleFile := false
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		// One published file: a dashboard's JSON or a rule file.
		file := dir
		if _, ok := fileProgram(parts[0], file); !ok {
			return mixinPart{}, nil, nil, fmt.Errorf("%s: neither a mixin folder nor a dashboard (.json) or rule file (.yaml)", file)
		}
		dir, entry = filepath.Dir(file), file
		programOf = func(part string) string { p, _ := fileProgram(part, file); return p }
		ruleFile = strings.ToLower(filepath.Ext(file)) != ".json"
		if ruleFile {
			if d, data := yamlSyntax(file); len(d) > 0 {
				return mixinPart{file: file}, d, diag.Sources{file: data}, nil
			}
		}
	} else if st, err := os.Stat(entry); err != nil || st.IsDir() {
		return mixinPart{}, nil, nil, fmt.Errorf("%s: no %s in it (a mixin folder holds mixin.libsonnet and, vendored by jsonnet-bundler, vendor/; or give a dashboard's .json or a rule file's .yaml)", dir, Entry)
	}
	if len(cs) == 0 {
		return mixinPart{}, nil, nil, fmt.Errorf("no catalogue to lint the mixin in %s against", dir)
	}
	libs := opts.JPaths
	opts.JPaths = append([]string{dir, filepath.Join(dir, "vendor")}, opts.JPaths...)
	outs := make([]string, len(parts))
	errs := make([]error, len(parts))
	srcs := make([]diag.Sources, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Go(func() {
			outs[i], srcs[i], errs[i] = jsonnetbox.EvaluateSources(filepath.Join(dir, wrapper), programOf(part), opts)
		})
	}
	wg.Wait()
	src := diag.Sources{}
	for _, s := range srcs {
		for k, v := range s {
			src[k] = v
		}
	}
	var diags diag.List
	reportEvalErrors(dir, entry, errs, opts, &diags)
	var m evaluated
	for i, part := range parts {
		if errs[i] != nil {
			continue
		}
		var err error
		switch part {
		case "prometheusAlerts":
			err = json.Unmarshal([]byte(outs[i]), &m.Alerts)
		case "prometheusRules":
			err = json.Unmarshal([]byte(outs[i]), &m.Rules)
		case "grafanaDashboards":
			err = json.Unmarshal([]byte(outs[i]), &m.Dashboards)
		}
		if err != nil {
			diags.Errorf(diag.Pos{File: entry, Path: part}, "mixin-shape", "the mixin's %s could not be read: %v", part, err)
		}
	}
	if ruleFile && len(errs) > 0 && errs[0] == nil && len(m.Alerts.Groups)+len(m.Rules.Groups) == 0 {
		// A rule file is its groups:, or a PrometheusRule's spec.groups.
		diags.Warnf(diag.Pos{File: entry, Line: 1, Col: 1}, "mixin-shape", "%s holds no rule groups (groups:, or a PrometheusRule's spec.groups), so nothing in it was linted", entry)
	}
	b := &builder{file: entry, literals: jsonnetbox.NewLiterals(own(src, dir, libs)), diags: &diags}
	if ruleFile {
		b.at = ruleFilePositions(entry, src[entry])
	}
	return mixinPart{
		file:       entry,
		alerts:     b.groups("prometheusAlerts", m.Alerts),
		records:    b.groups("prometheusRules", m.Rules),
		dashboards: b.dashboards(m.Dashboards),
	}, diags, src, nil
}

// missingImportRE finds the import go-jsonnet could not resolve.
var missingImportRE = regexp.MustCompile(`^couldn't open import "([^"]+)": no match locally or in the Jsonnet library paths`)

// reportEvalErrors reports the outputs that could not be evaluated, once
// per problem. A library import that is not found in a folder with a
// jsonnetfile.json is a dependency jsonnet-bundler was not run to vendor:
// a warning that names it and says to run jb install, since the other
// outputs are still linted (an error when none could be evaluated, as
// nothing was linted).
func reportEvalErrors(dir, entry string, errs []error, opts jsonnetbox.Options, diags *diag.List) {
	type problem struct {
		d     diag.Diagnostic
		parts []string
	}
	var problems []*problem
	failed := 0
	for i, err := range errs {
		if err == nil {
			continue
		}
		failed++
		var one diag.List
		jsonnetbox.ReportError(entry, err, opts, &one)
		var p *problem
		for _, q := range problems {
			if q.d == one[0] {
				p = q
			}
		}
		if p == nil {
			p = &problem{d: one[0]}
			problems = append(problems, p)
		}
		p.parts = append(p.parts, parts[i])
	}
	_, err := os.Stat(filepath.Join(dir, "jsonnetfile.json"))
	bundled := err == nil
	for _, p := range problems {
		m := missingImportRE.FindStringSubmatch(p.d.Message)
		// A relative or absolute path is the mixin's own file, not a
		// dependency: the plain error says it is missing.
		if m == nil || !bundled || strings.HasPrefix(m[1], ".") || filepath.IsAbs(m[1]) {
			*diags = append(*diags, p.d)
			continue
		}
		sev, linted := diag.Warning, "only its other outputs were"
		if failed == len(parts) {
			sev, linted = diag.Error, "nothing was"
		}
		diags.Add(p.d.Pos, sev, "mixin-unvendored",
			"the mixin's %s could not be evaluated, so %s linted: import %q is not vendored; run jb install in %s (jsonnet-bundler fetches the dependencies jsonnetfile.json lists into vendor/) and lint again",
			words.And(p.parts), linted, m[1], dir)
	}
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

// viewOf copies the first catalogue's exported fields (metrics, labels,
// scrape targets, ...) into a new catalogue whose rules and dashboards are
// those of the parts, and which uses the other catalogues besides those the
// first already uses; without the catalogue's own queries, journeys and
// routing, and with its own recording rules only for the series the mixins
// do not record (recordedOnlyBy). A fresh value, so that no lookup index is
// shared.
func viewOf(cs []*catalogue.Catalogue, parts ...mixinPart) *catalogue.Catalogue {
	c := cs[0]
	v := &catalogue.Catalogue{}
	src, dst := reflect.ValueOf(c).Elem(), reflect.ValueOf(v).Elem()
	for i := 0; i < src.NumField(); i++ {
		if src.Type().Field(i).IsExported() {
			dst.Field(i).Set(src.Field(i))
		}
	}
	v.Files = nil // the parts' files, below
	v.Queries, v.Journeys, v.Overview = nil, nil, nil
	// The catalogue's routing names its own alerts, not the mixin's: it
	// is the catalogue's lint to check, not the mixin's.
	v.Routing = nil
	v.Used = append([]*catalogue.Catalogue(nil), c.Used...)
	for _, u := range cs[1:] {
		if u != c && !slices.Contains(v.Used, u) {
			v.Used = append(v.Used, u)
		}
	}
	v.AlertGroups, v.RecordGroups, v.Dashboards = nil, nil, nil
	for _, p := range parts {
		v.Files = append(v.Files, p.file)
		v.AlertGroups = append(v.AlertGroups, p.alerts...)
		v.RecordGroups = append(v.RecordGroups, p.records...)
		v.Dashboards = append(v.Dashboards, p.dashboards...)
	}
	v.RecordGroups = append(v.RecordGroups, recordedOnlyBy(c.RecordGroups, v.RecordGroups)...)
	return v
}

// recordedOnlyBy returns the catalogue's recording rules of series the
// mixin's rules do not record: a mixin of one file of alerts (mysqld-mixin
// ships its alerts and its recording rules apart) reads series the
// catalogue records, having adopted the other file. Where both record a
// series, the mixin's rule is the one linted.
func recordedOnlyBy(catalogueGroups, mixinGroups []catalogue.RuleGroup) []catalogue.RuleGroup {
	mixin := map[string]bool{}
	for _, g := range mixinGroups {
		for _, r := range g.Rules {
			mixin[r.Record] = true
		}
	}
	var out []catalogue.RuleGroup
	for _, g := range catalogueGroups {
		kept := g
		kept.Rules = nil
		for _, r := range g.Rules {
			if !mixin[r.Record] {
				kept.Rules = append(kept.Rules, r)
			}
		}
		if len(kept.Rules) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

// yamlSyntax reports a YAML syntax error of the rule file at its line, as
// a spec file's is reported: std.parseYaml, which evaluation reads it with,
// says only where in the program that reads it it failed. It returns the
// file's text with any report; nothing when it parses or cannot be read
// (evaluation reports that).
func yamlSyntax(file string) (diag.List, []byte) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, nil
	}
	if _, err := speccodec.Documents(data); err != nil {
		var d diag.List
		speccodec.ReportYAMLError(file, data, err, &d)
		return d, data
	}
	return nil, data
}
