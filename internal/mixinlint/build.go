package mixinlint

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/words"
	"github.com/prometheus/common/model"
)

// evaluated holds the mixin's outputs, each evaluated and decoded apart.
// Everything is decoded leniently: mixins carry fields obsgen does not
// know.
type evaluated struct {
	Alerts     ruleFile                   `json:"prometheusAlerts"`
	Rules      ruleFile                   `json:"prometheusRules"`
	Dashboards map[string]json.RawMessage `json:"grafanaDashboards"`
}

type ruleFile struct {
	Groups []ruleGroup `json:"groups"`
}

type ruleGroup struct {
	Name  string           `json:"name"`
	Rules []map[string]any `json:"rules"`
}

// builder turns the mixin's values into catalogue values positioned in the
// mixin: at the string literal that wrote an expression when exactly one
// did, else at the mixin file with the value's path.
type builder struct {
	file     string
	literals *jsonnetbox.Literals
	diags    *diag.List
	// at holds where a published rule file writes each value, by path
	// (ruleFilePositions); nil for a mixin.
	at map[string]diag.Pos
}

// pos is where the value at path is reported when no literal of the
// mixin is it alone: in a rule file, where it is written; else the file,
// with the path.
func (b *builder) pos(path string) diag.Pos {
	if p, ok := b.at[path]; ok {
		return p
	}
	return diag.Pos{File: b.file, Path: path}
}

// expr returns an expression at its literal, and reports it when it does
// not parse.
func (b *builder) expr(text, path string, grafana bool) (catalogue.Expr, bool) {
	pos, layout := b.literals.Locate(text, b.pos(path))
	e := catalogue.NewExprWithLayout(text, pos, layout)
	if strings.TrimSpace(text) == "" {
		b.diags.Errorf(e.Pos, "missing-field", "the expression is empty")
		return e, false
	}
	if _, err := promql.Parse(text, grafana); err != nil {
		b.diags.Errorf(e.OffsetPos(err.Offset), "promql-syntax", "%s", err.Msg)
		return e, false
	}
	return e, true
}

// groups converts rule groups; rules whose expression does not parse are
// reported and left out.
func (b *builder) groups(field string, f ruleFile) []catalogue.RuleGroup {
	var out []catalogue.RuleGroup
	type seen struct {
		at   diag.Pos
		expr string
	}
	first := map[string]seen{}
	for gi, g := range f.Groups {
		path := fmt.Sprintf("%s.groups[%d]", field, gi)
		rg := catalogue.RuleGroup{Pos: b.pos(path), Name: g.Name}
		for ri, r := range g.Rules {
			rp := fmt.Sprintf("%s.rules[%d]", path, ri)
			// A rule is where its name is written, when one literal
			// spells it; its annotations' findings point there.
			name := str(r["alert"]) + str(r["record"])
			at, _ := b.literals.Locate(name, b.pos(rp))
			key := name + catalogue.LabelSelector(strMap(r["labels"]))
			text, _ := r["expr"].(string)
			if prev, dup := first[key]; dup {
				same := "the two make the same alerts or series"
				if strings.TrimSpace(prev.expr) != strings.TrimSpace(text) {
					// RabbitMQ's ALERTS:rabbitmq_alert_state_numeric records
					// pending and firing alerts by two rules.
					same = "their expressions differ, so their series collide only where their results carry the same labels"
				}
				b.diags.Warnf(at, "duplicate-rule", "%s is defined twice with the same labels (first at %s): promtool check rules reports it (duplicate rule), and %s", name, where(prev.at), same)
			} else {
				first[key] = seen{at, text}
			}
			e, ok := b.expr(text, rp+".expr", false)
			if !ok {
				continue
			}
			rule := catalogue.Rule{
				Pos:         at,
				Alert:       str(r["alert"]),
				Record:      str(r["record"]),
				Expr:        e,
				Labels:      strMap(r["labels"]),
				Annotations: strMap(r["annotations"]),
			}
			if d, err := model.ParseDuration(str(r["for"])); err == nil {
				rule.For = catalogue.Duration(d)
			}
			rg.Rules = append(rg.Rules, rule)
		}
		out = append(out, rg)
	}
	return out
}

// dashboards converts each dashboard's panels (top-level, inside rows of
// the current schema, and in the rows of the old one) into one row of
// panels with their queries.
func (b *builder) dashboards(all map[string]json.RawMessage) []catalogue.Dashboard {
	names := make([]string, 0, len(all))
	for name := range all {
		names = append(names, name)
	}
	sort.Strings(names)
	var out []catalogue.Dashboard
	for _, name := range names {
		var d dashboard
		path := fmt.Sprintf("grafanaDashboards[%q]", name)
		if err := json.Unmarshal(all[name], &d); err != nil {
			b.diags.Errorf(b.pos(path), "mixin-shape", "dashboard %s could not be read: %v", name, err)
			continue
		}
		row := catalogue.PanelRow{Pos: b.pos(path)}
		sources := promql.DatasourceVariables(templatingList(d.Templating))
		// others counts the queries of other datasources, by type, and
		// othersAt is where the first is: said once, as not linted.
		others := map[string]int{}
		othersAt, othersText := "", ""
		// repeat is the variable a row repeats for: its panels, nested
		// (a collapsed row) or following it (an open one), repeat with it.
		var walk func(ps []panel, at, repeat string)
		walk = func(ps []panel, at, repeat string) {
			rowRepeat := repeat
			for i, p := range ps {
				pp := fmt.Sprintf("%s.panels[%d]", at, i)
				if p.RepeatPanelID != nil || p.RepeatRowID != nil || p.RepeatedByRow {
					// A copy Grafana saved of a panel (or row) it
					// repeats, one value of the variable in each, which
					// it makes anew on load: the original is linted.
					continue
				}
				if p.Type == "row" {
					rowRepeat = cmp.Or(p.Repeat, repeat)
					walk(p.Panels, pp, rowRepeat)
					continue
				}
				if p.Type == "text" {
					// Grafana runs no query of a text panel: a target
					// left over from another type ({{$device_model}} in
					// snmp_exporter's Ubiquiti dashboards) is not sent.
					continue
				}
				cp := catalogue.Panel{Pos: b.pos(pp), Title: p.Title, Type: p.Type, Unit: p.unit(), Repeat: cmp.Or(p.Repeat, rowRepeat)}
				for ti, t := range p.Targets {
					if t.Expr == "" {
						continue
					}
					if ds := promql.TargetDatasource(t.Datasource, p.Datasource, sources); ds != "prometheus" {
						// Another datasource's query (a Loki query of a
						// logs dashboard) is not PromQL.
						if len(others) == 0 {
							othersAt, othersText = fmt.Sprintf("%s.targets[%d].expr", pp, ti), t.Expr
						}
						others[ds]++
						continue
					}
					if e, ok := b.expr(t.Expr, fmt.Sprintf("%s.targets[%d].expr", pp, ti), true); ok {
						cp.Queries = append(cp.Queries, catalogue.PanelQuery{Pos: b.pos(pp), Expr: e, Legend: t.LegendFormat})
					}
				}
				if len(cp.Queries) > 0 {
					row.Panels = append(row.Panels, cp)
				}
				walk(p.Panels, pp, cp.Repeat)
			}
		}
		walk(d.Panels, path, "")
		for ri, r := range d.Rows {
			walk(r.Panels, fmt.Sprintf("%s.rows[%d]", path, ri), r.Repeat)
		}
		if len(others) > 0 {
			var said []string
			for _, ds := range slices.Sorted(maps.Keys(others)) {
				said = append(said, words.Count(others[ds], ds+" query", ds+" queries"))
			}
			at, _ := b.literals.Locate(othersText, b.pos(othersAt))
			b.diags.Infof(at, "other-datasource", "dashboard %s's %s not linted: obsgen lints PromQL", name, words.IsAre(words.And(said)))
		}
		if len(d.Panels) == 0 && len(d.Rows) == 0 {
			// etcd's grafana.json wrapped once more ({"dashboard": {...}})
			// was linted as nothing, silently.
			b.diags.Warnf(b.pos(path), "mixin-shape", "dashboard %s has no panels or rows, so none of its queries is linted%s",
				name, wrapped(all[name]))
		}
		out = append(out, catalogue.Dashboard{
			Pos: b.pos(path), UID: d.UID, Title: d.Title, Rows: []catalogue.PanelRow{row},
			Offered: offered(d.Templating),
		})
	}
	return out
}

// templatingList returns a dashboard's template variables, none when its
// templating does not read.
func templatingList(templating json.RawMessage) []map[string]any {
	var t struct {
		List []map[string]any `json:"list"`
	}
	if len(templating) == 0 || json.Unmarshal(templating, &t) != nil {
		return nil
	}
	return t.List
}

// dashboard is the part of Grafana's dashboard JSON that holds queries
// and template variables.
type dashboard struct {
	UID    string  `json:"uid"`
	Title  string  `json:"title"`
	Panels []panel `json:"panels"`
	Rows   []struct {
		Repeat string  `json:"repeat"`
		Panels []panel `json:"panels"`
	} `json:"rows"`
	// Templating is read apart, leniently: a variable the mixin writes
	// oddly does not keep the dashboard's queries from being linted.
	Templating json.RawMessage `json:"templating"`
}

// offered returns the query and custom variables of a dashboard's
// templating.list as Grafana offers them; values of the wrong type (multi:
// 'true') read as unset.
func offered(templating json.RawMessage) []catalogue.TemplateVariable {
	list := templatingList(templating)
	sources := promql.DatasourceVariables(list)
	// Not nil where none: the dashboard's list is known (lint tells a
	// spec's own dashboards, whose variables the generator makes, by nil).
	out := []catalogue.TemplateVariable{}
	for _, v := range list {
		name, typ := str(v["name"]), str(v["type"])
		if name == "" || (typ != "query" && typ != "custom") || typ == "query" && !promql.IsPromQLTarget(v["datasource"], nil, sources) {
			continue
		}
		multi, _ := v["multi"].(bool)
		all, _ := v["includeAll"].(bool)
		tv := catalogue.TemplateVariable{Name: name, Multi: multi, IncludeAll: all, AllValue: str(v["allValue"])}
		query := str(v["query"])
		if q, ok := v["query"].(map[string]any); ok {
			query = str(q["query"])
		}
		if label, from, ok := promql.LabelValues(query); ok && typ == "query" {
			tv.Lists, tv.From = label, from
		}
		out = append(out, tv)
	}
	return out
}

type panel struct {
	Title string `json:"title"`
	Type  string `json:"type"`
	// Repeat is the variable Grafana repeats the panel (or row) for.
	Repeat string `json:"repeat"`
	// RepeatPanelID and RepeatRowID mark a copy of a repeated panel or
	// row, as Grafana saves them: the id of the one it repeats;
	// RepeatedByRow a panel of a copy of a row.
	RepeatPanelID any     `json:"repeatPanelId"`
	RepeatRowID   any     `json:"repeatRowId"`
	RepeatedByRow bool    `json:"repeatedByRow"`
	Panels        []panel `json:"panels"`
	// Datasource is the panel's, which a target naming none uses.
	Datasource any `json:"datasource"`
	Targets    []struct {
		Datasource   any    `json:"datasource"`
		Expr         string `json:"expr"`
		LegendFormat string `json:"legendFormat"`
	} `json:"targets"`
	// FieldConfig's unit, and a graph panel's axes: the left axis's
	// format is its unit, as Grafana's migration takes it.
	FieldConfig struct {
		Defaults struct {
			Unit string `json:"unit"`
		} `json:"defaults"`
	} `json:"fieldConfig"`
	Yaxes []struct {
		Format string `json:"format"`
	} `json:"yaxes"`
}

// unit is the Grafana unit the panel shows its queries in.
func (p panel) unit() string {
	if p.Type == "graph" && len(p.Yaxes) > 0 && p.Yaxes[0].Format != "" {
		return p.Yaxes[0].Format
	}
	return p.FieldConfig.Defaults.Unit
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// strMap converts a label or annotation object, writing non-string values
// as JSON.
func strMap(v any) map[string]string {
	m, ok := v.(map[string]any)
	if !ok || len(m) == 0 {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, x := range m {
		if s, ok := x.(string); ok {
			out[k] = s
			continue
		}
		data, _ := json.Marshal(x)
		out[k] = string(data)
	}
	return out
}

// where names a position in a message: its line, or the value's path in
// the mixin's output when no literal placed it.
func where(p diag.Pos) string {
	if p.Line == 0 && p.Path != "" {
		return p.Path
	}
	return p.String()
}

// wrapped says which key of a dashboard without panels holds an object
// with panels: a dashboard wrapped in another, as an export or an API
// body ({"dashboard": {...}}) has it.
func wrapped(raw json.RawMessage) string {
	var top map[string]json.RawMessage
	if json.Unmarshal(raw, &top) != nil {
		return ""
	}
	keys := make([]string, 0, len(top))
	for k := range top {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var inner struct {
			Panels []json.RawMessage `json:"panels"`
			Rows   []json.RawMessage `json:"rows"`
		}
		if json.Unmarshal(top[k], &inner) == nil && (len(inner.Panels) > 0 || len(inner.Rows) > 0) {
			return fmt.Sprintf(": its %q holds a dashboard with panels; give that object", k)
		}
	}
	return ""
}
