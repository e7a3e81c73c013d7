package importer

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/obsgen/obsgen/internal/words"
	"github.com/prometheus/common/model"
)

// A published Grafana dashboard (its JSON, as a mixin's dashboards_out or
// grafana.com serve it) becomes a catalogue dashboard: its rows, each
// panel's title, type, description, unit, bounds, size, repeat and
// thresholds, and each Prometheus query as written, with its legend. Old
// panel types become the ones Grafana migrates them to (graph to
// timeseries, singlestat to stat). What the catalogue cannot hold
// (overrides, transformations, text and pattern mappings, variables other
// than label_values) is reported per panel and left out, so the user knows
// what the generated dashboard draws differently.

// DashboardImport is what an import of a dashboard produced: the spec file
// and what could not be carried over.
type DashboardImport struct {
	Spec  []byte
	Diags diag.List
	// Panels counts the panels written.
	Panels int
}

// ImportDashboard converts a Grafana dashboard's JSON (or an export
// wrapping it as {"dashboard": {...}}) into a spec for service.
func ImportDashboard(file string, data []byte, service, adoptedFrom string) (DashboardImport, error) {
	var out DashboardImport
	var d gDashboard
	var odd *json.UnmarshalTypeError
	at := indexJSON(file, data)
	switch err := json.Unmarshal(data, &d); {
	case errors.As(err, &odd):
		// A field of another type than Grafana writes today (an old
		// schema's): the rest reads, and only that field is lost.
		out.Diags.Warnf(at.ending(odd.Offset), "import-dashboard", "%s holds %s where a %s was expected: left out", cmp.Or(odd.Field, "a value"), odd.Value, odd.Type)
	case err != nil:
		return out, fmt.Errorf("%s does not read as a Grafana dashboard's JSON: %w", file, err)
	}
	root := ""
	if len(d.Panels) == 0 && len(d.Rows) == 0 && d.Dashboard != nil {
		d, root = *d.Dashboard, "dashboard"
	}
	if len(d.Panels) == 0 && len(d.Rows) == 0 {
		return out, fmt.Errorf("%s holds no dashboard panels (panels or rows)", file)
	}
	r := dashboardReader{at: at, diags: &out.Diags, sources: promql.DatasourceVariables(d.Templating.List)}
	cd := catalogue.Dashboard{
		UID:   cmp.Or(d.UID, uidOf(d.Title)),
		Title: cmp.Or(d.Title, file),
		Tags:  d.Tags,
		From:  d.Time.From,
	}
	if cd.From == "now-6h" {
		cd.From = "" // the generator's default
	}
	cd.Variables = r.variables(d.Templating.List, joinPath(root, "templating.list"))
	r.offered = cd.Variables
	row := -1
	// repeat is the variable the current row is repeated for, "" for none.
	repeat := ""
	// add adds panel p, at path in the document, to the current row (a
	// first row named as the dashboard when there is none yet).
	add := func(p gPanel, path string) {
		if row < 0 {
			cd.Rows = append(cd.Rows, catalogue.PanelRow{Title: cd.Title})
			row = 0
		}
		if p.Repeat == "" && repeat != "" {
			// Side by side, the copies are told apart by their titles.
			p.Repeat = repeat
			if !slices.ContainsFunc(promql.VariableRefs(p.Title), func(ref promql.VariableRefAt) bool { return ref.Name == repeat }) {
				p.Title = p.name() + " ($" + repeat + ")"
			}
		}
		if cp, ok := r.panel(p, path); ok {
			cd.Rows[row].Panels = append(cd.Rows[row].Panels, cp)
			out.Panels++
		}
	}
	// newRow starts a row at path, repeated for a variable in Grafana:
	// obsgen's rows are not, so each of its panels is repeated instead
	// (in every copy the variable holds one value, as in a copy of the
	// row), and the import says so.
	newRow := func(title string, collapsed bool, repeatFor, path string) {
		cd.Rows = append(cd.Rows, catalogue.PanelRow{Title: r.titled(cmp.Or(title, "Row")), Collapsed: collapsed})
		row, repeat = len(cd.Rows)-1, r.repeatOf(repeatFor, "row "+strconv.Quote(cmp.Or(title, "Row")), path)
		if repeat != "" {
			r.warnf(path, "row %q is repeated for $%s, one copy of the row per value chosen; obsgen repeats each of its panels for $%s instead, one copy per value, side by side, each titled with its value",
				cmp.Or(title, "Row"), repeatFor, r.variable(repeatFor))
		}
	}
	clones := 0 // the copies Grafana saved of repeated panels and rows, left out
	for i, p := range d.Panels {
		path := joinPath(root, "panels") + index(i)
		if p.clone() {
			clones++
			continue
		}
		if p.Type != "row" {
			add(p, path)
			continue
		}
		newRow(p.Title, p.Collapsed, p.Repeat, path)
		for j, inner := range p.Panels {
			if !inner.clone() {
				add(inner, path+".panels"+index(j))
			}
		}
	}
	if clones > 0 {
		r.diags.Infof(r.at.at(root), "import-dashboard", "%s left out: copies Grafana saved of the panels and rows it repeats, which it makes anew on load, as the generated dashboard does", words.IsAre(words.Count(clones, "panel")))
	}
	for i, gr := range d.Rows {
		path := joinPath(root, "rows") + index(i)
		newRow(gr.Title, gr.Collapse, gr.Repeat, path)
		for j, p := range gr.Panels {
			add(p, path+".panels"+index(j))
		}
	}
	r.sayRewrites()
	r.sayLeftOut()
	if r.coarse > 0 {
		what := "this query asks"
		if r.coarse > 1 {
			what = words.Count(r.coarse, "query", "queries") + " (this one the first) ask"
		}
		r.warnf(r.coarseAt, "%s a resolution of 1/%d (Grafana's intervalFactor): left out, so the generated panels query at Grafana's resolution", what, r.coarseFactor)
	}
	cd.Rows = slices.DeleteFunc(cd.Rows, func(pr catalogue.PanelRow) bool { return len(pr.Panels) == 0 })
	for _, sel := range r.selections {
		gen, _ := cd.Variable(&catalogue.Catalogue{}, sel.label)
		if change := selectionChange(sel.v, sel.label, gen); change != "" {
			r.warnf(sel.path, "variable %s %s", sel.name, change)
		}
	}
	if out.Panels == 0 {
		return out, fmt.Errorf("%s: no panel could be carried over (each is reported): nothing imported", file)
	}
	c := &catalogue.Catalogue{APIVersion: catalogue.APIVersion, Service: catalogue.Service{Name: service}, Dashboards: []catalogue.Dashboard{cd}}
	header := "Imported by obsgen import --dashboard from " + file + ": " + words.Count(out.Panels, "panel") + ", queries as written."
	if adoptedFrom != "" {
		header = "Adopted from " + adoptedFrom + ".\n" + header
	}
	header += "\nKeep it beside the service's catalogue, whose metrics the queries read: obsgen lint checks them."
	spec, err := speccodec.Encode(c, header)
	if err != nil {
		return out, err
	}
	out.Spec = spec
	return out, nil
}

// gDashboard is the part of a Grafana dashboard's JSON the import reads.
type gDashboard struct {
	UID    string   `json:"uid"`
	Title  string   `json:"title"`
	Tags   []string `json:"tags"`
	Panels []gPanel `json:"panels"`
	// Rows are the rows of the schema before Grafana 5.
	Rows []struct {
		Title    string   `json:"title"`
		Collapse bool     `json:"collapse"`
		Repeat   string   `json:"repeat"`
		Panels   []gPanel `json:"panels"`
	} `json:"rows"`
	Time struct {
		From string `json:"from"`
	} `json:"time"`
	Templating struct {
		List []map[string]any `json:"list"`
	} `json:"templating"`
	// Dashboard is the dashboard an export or an API body wraps.
	Dashboard *gDashboard `json:"dashboard"`
}

// gPanel is the part of a panel the import reads; Raw keeps what it
// reports as left out.
type gPanel struct {
	Title       string `json:"title"`
	Type        string `json:"type"`
	Description string `json:"description"`
	Repeat      string `json:"repeat"`
	// RepeatPanelID and RepeatRowID mark a copy Grafana saved of a panel
	// or row it repeats (the id of the one it repeats), RepeatedByRow a
	// panel of a copy of a row: Grafana makes them anew on load.
	RepeatPanelID any  `json:"repeatPanelId"`
	RepeatRowID   any  `json:"repeatRowId"`
	RepeatedByRow bool `json:"repeatedByRow"`
	Collapsed     bool `json:"collapsed"`
	// Prefix and Postfix are the text a singlestat shows beside its
	// value: what an untitled one is about ("Uptime").
	Prefix  string   `json:"prefix"`
	Postfix string   `json:"postfix"`
	Panels  []gPanel `json:"panels"`
	Format  string   `json:"format"`
	// LegacyThresholds are a singlestat's "thresholds": "1,1" beside its
	// colors.
	LegacyThresholds any `json:"thresholds"`
	// Colors, ColorValue and ColorBackground are a singlestat's colours
	// of its thresholds' bands and whether it draws them.
	Colors          []string `json:"colors"`
	ColorValue      bool     `json:"colorValue"`
	ColorBackground bool     `json:"colorBackground"`
	Stack           bool     `json:"stack"`
	Percentage      bool     `json:"percentage"`
	Yaxes           []gAxis  `json:"yaxes"`
	// SeriesOverrides are a graph's per-series settings (a second y-axis).
	SeriesOverrides []map[string]any `json:"seriesOverrides"`
	// TableColumn and ValueName are what a singlestat shows: a label of
	// its series ("version") and how its values are reduced (avg).
	TableColumn string             `json:"tableColumn"`
	ValueName   string             `json:"valueName"`
	GridPos     struct{ W, H int } `json:"gridPos"`
	Options     struct {
		Content   string `json:"content"`
		TextMode  string `json:"textMode"`
		ColorMode string `json:"colorMode"`
		// Color is a heatmap's colour scheme.
		Color struct {
			Mode   string `json:"mode"`
			Scheme string `json:"scheme"`
		} `json:"color"`
	} `json:"options"`
	FieldConfig struct {
		Defaults struct {
			Unit       string   `json:"unit"`
			Min        *float64 `json:"min"`
			Max        *float64 `json:"max"`
			Decimals   *int     `json:"decimals"`
			Mappings   []any    `json:"mappings"`
			Thresholds struct {
				Mode  string `json:"mode"`
				Steps []struct {
					Value *float64 `json:"value"`
					Color string   `json:"color"`
				} `json:"steps"`
			} `json:"thresholds"`
			Custom struct {
				Stacking struct {
					Mode string `json:"mode"`
				} `json:"stacking"`
				ThresholdsStyle struct {
					Mode string `json:"mode"`
				} `json:"thresholdsStyle"`
				CellOptions struct {
					Type string `json:"type"`
				} `json:"cellOptions"`
			} `json:"custom"`
		} `json:"defaults"`
		Overrides []gOverride `json:"overrides"`
	} `json:"fieldConfig"`
	Transformations []any `json:"transformations"`
	// ValueMaps and RangeMaps are a singlestat's mappings.
	ValueMaps   []any `json:"valueMaps"`
	RangeMaps   []any `json:"rangeMaps"`
	MappingType int   `json:"mappingType"`
	// Styles are an old table's column styles.
	Styles []any `json:"styles"`
	// Datasource is the panel's, which a target naming none uses.
	Datasource any `json:"datasource"`
	// Interval is the panel's min interval.
	Interval string `json:"interval"`
	Targets  []struct {
		Datasource     any    `json:"datasource"`
		Expr           string `json:"expr"`
		Interval       string `json:"interval"`
		IntervalFactor int    `json:"intervalFactor"`
		LegendFormat   string `json:"legendFormat"`
		Instant        bool   `json:"instant"`
		Format         string `json:"format"`
		Hide           bool   `json:"hide"`
		RefID          string `json:"refId"`
	} `json:"targets"`
}

// panelTypes maps Grafana's panel types to the catalogue's: the ones it
// has, and those Grafana migrates on load.
var panelTypes = map[string]string{
	"timeseries": "timeseries", "graph": "timeseries", "stat": "stat", "singlestat": "stat",
	"gauge": "gauge", "bargauge": "bargauge", "heatmap": "heatmap", "histogram": "histogram",
	"table": "table", "table-old": "table", "state-timeline": "state-timeline", "text": "text",
}

// dashboardReader converts panels, reporting at the line and column of
// what it reports on.
type dashboardReader struct {
	at    *jsonPositions
	diags *diag.List
	// sources are the dashboard's datasource variables' types.
	sources map[string]string
	// coarse counts the queries asking a resolution below Grafana's
	// (intervalFactor, said once), the first at coarseAt.
	coarse, coarseFactor int
	coarseAt             string
	// renamed maps a variable to the label it lists, where they differ:
	// the generated dashboard offers the label's name.
	renamed map[string]string
	// leftOut are the variables obsgen does not offer, by name, in the
	// dashboard's order.
	leftOut      map[string]*leftOutVariable
	leftOutOrder []string
	// selections are the label variables, to compare with obsgen's.
	selections []selection
	// offered are the labels the generated dashboard offers variables of.
	offered []string
	// rewrites are the matchers rewritten, by what they were, in order.
	rewrites     map[string]*rewritten
	rewriteOrder []string
}

// warnf reports at the value at path in the document.
func (r *dashboardReader) warnf(path, format string, args ...any) {
	r.diags.Warnf(r.at.at(path), "import-dashboard", format, args...)
}

// index is a path's element index: [3].
func index(i int) string { return "[" + strconv.Itoa(i) + "]" }

// gAxis is one of an AngularJS graph's y-axes: min, max and decimals are
// numbers, strings ("0") or null, as the graph editor saved them.
type gAxis struct {
	Format   string `json:"format"`
	Min      any    `json:"min"`
	Max      any    `json:"max"`
	Decimals any    `json:"decimals"`
}

// axisNumber reads an axis setting as Grafana's migration does
// (validNumber): a number, or a string that is one; ok is false for null,
// an empty string and anything else.
func axisNumber(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		return f, err == nil && !math.IsInf(f, 0) && !math.IsNaN(f)
	}
	return 0, false
}

// panel converts one panel; ok is false for one of a type the catalogue
// cannot hold, or without a Prometheus query (a text panel aside).
func (r *dashboardReader) panel(p gPanel, path string) (catalogue.Panel, bool) {
	typ, known := panelTypes[p.Type]
	if !known {
		r.warnf(path, "panel %q is a %s panel, which obsgen does not write: left out", p.Title, p.Type)
		return catalogue.Panel{}, false
	}
	d := p.FieldConfig.Defaults
	cp := catalogue.Panel{
		Title: r.titled(p.name()), Type: typ, Description: p.Description, Repeat: r.variable(r.repeatOf(p.Repeat, "panel "+strconv.Quote(p.Title), path)),
		Unit: cmp.Or(d.Unit, p.Format), Min: d.Min, Max: d.Max, Decimals: d.Decimals,
		Width: p.GridPos.W, Height: p.GridPos.H,
	}
	if len(p.Yaxes) > 0 {
		// An AngularJS graph: Grafana migrates it to a time series
		// with its left y-axis's format, min, max and decimals over
		// fieldConfig.defaults ("Keep the y-axis unit", in
		// graphToTimeseriesOptions). mysqld-mixin's graphs say unit
		// short in their defaults and Bps or bytes on the axis, which
		// Grafana shows.
		y := p.Yaxes[0]
		cp.Unit = cmp.Or(y.Format, cp.Unit)
		if v, ok := axisNumber(y.Min); ok {
			cp.Min = &v
		}
		if v, ok := axisNumber(y.Max); ok {
			cp.Max = &v
		}
		if v, ok := axisNumber(y.Decimals); ok && v == math.Trunc(v) && v >= 0 && v <= 20 {
			n := int(v)
			cp.Decimals = &n
		}
	}
	if typ == "text" {
		cp.Description = cmp.Or(p.Options.Content, p.Description)
		return cp, true
	}
	refs := map[string]int{}
	for i, t := range p.Targets {
		ds := promql.TargetDatasource(t.Datasource, p.Datasource, r.sources)
		switch {
		case t.Expr == "":
			continue // an empty target
		case ds != "prometheus":
			r.warnf(path+".targets"+index(i), "panel %q: its %s query %s is left out: obsgen writes Prometheus queries", p.Title, ds, strings.TrimSpace(t.Expr))
			continue
		case t.Hide:
			r.warnf(path+".targets"+index(i), "panel %q: hidden query %s is left out", p.Title, t.Expr)
			continue
		}
		expr := t.Expr
		expr = r.readLeftOut(expr)
		if renamed, parts := promql.RenameVariables(expr, r.renamed); renamed != expr {
			expr = renamed
			if len(parts) > 0 {
				parts = slices.Compact(slices.Sorted(slices.Values(parts)))
				r.rewrite(path+".targets"+index(i), fmt.Sprintf("panel %q: query %s builds %s from variables that list parts of it: written as %s, the whole value chosen",
					p.Title, strings.TrimSpace(t.Expr), strings.Join(parts, ", "), strings.TrimSpace(renamed)), strings.Join(parts, ", "))
			}
		}
		q := catalogue.PanelQuery{Expr: catalogue.NewExpr(expr, catalogue.Pos{}), Instant: t.Instant}
		// A query's min step, else the panel's min interval, which
		// Grafana applies to each of its queries.
		if d, err := model.ParseDuration(cmp.Or(strings.TrimPrefix(t.Interval, ">"), strings.TrimPrefix(p.Interval, ">"))); err == nil && d > 0 {
			q.MinInterval = catalogue.Duration(d)
		} else if cmp.Or(t.Interval, p.Interval) != "" {
			r.warnf(path+".targets"+index(i), "panel %q: the min interval %s of query %s is left out: obsgen writes Prometheus durations", p.Title, cmp.Or(t.Interval, p.Interval), t.Expr)
		}
		if t.IntervalFactor > 1 {
			if r.coarse == 0 {
				r.coarseAt, r.coarseFactor = path+".targets"+index(i), t.IntervalFactor
			}
			r.coarse++
		}
		if t.LegendFormat != "__auto" {
			q.Legend = t.LegendFormat
		}
		if t.Format != "time_series" {
			q.Format = t.Format
		}
		if t.RefID != "" {
			refs[t.RefID] = len(cp.Queries)
		}
		cp.Queries = append(cp.Queries, q)
	}
	if len(cp.Queries) == 0 {
		r.warnf(path, "panel %q has no Prometheus query: left out", p.Title)
		return cp, false
	}
	cp.Thresholds = r.thresholds(p, path+".fieldConfig.defaults.thresholds")
	var lost []string
	if r.overrides(p, &cp, refs) {
		lost = append(lost, "its overrides (per-series colours, axes, units other than a query's own)")
	}
	if len(p.Transformations) > 0 {
		lost = append(lost, "its transformations")
	}
	lost = append(lost, legacyLost(p)...)
	if c := p.Options.Color; typ == "heatmap" && (c.Scheme != "" && c.Scheme != "Oranges" || c.Mode == "opacity") {
		// obsgen draws every heatmap in its Oranges scheme.
		lost = append(lost, "its colour scheme ("+cmp.Or(c.Scheme, c.Mode)+"; obsgen's heatmaps are Oranges)")
	}
	if len(p.Styles) > 0 {
		lost = append(lost, "its column styles (units, names, hidden columns)")
	}
	switch m := d.Custom.Stacking.Mode; {
	case m == "normal" || m == "percent":
		cp.Stack = m
	case p.Stack && p.Percentage:
		cp.Stack = "percent"
	case p.Stack:
		cp.Stack = "normal"
	}
	if cp.Stack != "" && cp.Type != "timeseries" {
		lost = append(lost, "stacking ("+cp.Stack+", which obsgen draws in graphs only)")
		cp.Stack = ""
	}
	// A singlestat uses its value maps or its range maps, as its
	// mappingType says (1, the default, or 2).
	valueMaps, rangeMaps := p.ValueMaps, []any(nil)
	if p.MappingType == 2 {
		valueMaps, rangeMaps = nil, p.RangeMaps
	}
	if ms, left := importMappings(d.Mappings, valueMaps, rangeMaps); len(ms) > 0 && !slices.Contains(catalogue.MappingPanelTypes, typ) {
		lost = append(lost, "its value mappings (a "+typ+" shows none)")
	} else {
		cp.Mappings = ms
		if len(left) > 0 {
			lost = append(lost, words.And(left))
		}
	}
	if t, ok := p.LegacyThresholds.(string); ok && strings.TrimSpace(t) != "" {
		if colourMapped(cp.Mappings, t, p.Colors, p.ColorValue || p.ColorBackground) {
			lost = append(lost, "its thresholds "+t+" but as the colours of its mapped values (the alerts watching it colour the rest)")
		} else {
			lost = append(lost, "its thresholds "+t+" (the alerts watching it colour it)")
		}
	}
	switch m := p.Options.TextMode; {
	case typ == "stat" && (m == "value" || m == "name" || m == "value_and_name"):
		cp.TextMode = m
	case m != "" && m != "auto" && (typ == "stat" || m != "value"):
		lost = append(lost, "its text mode "+m)
	}
	if len(lost) > 0 {
		r.warnf(path, "panel %q: obsgen does not write %s; the generated panel draws without them", p.Title, words.And(lost))
	}
	return cp, true
}

// legacyLost says what of an AngularJS graph or singlestat the generated
// panel does not draw: a second y-axis (jonnenauha's Varnish "Cache"
// graph drew memory in bytes beside rates), the label a singlestat showed
// instead of its value (its Version panel showed "7.1.1", the stat then 1
// in its unit, "1 second") and a reduction other than the last value.
func legacyLost(p gPanel) []string {
	var lost []string
	var right []string
	for _, o := range p.SeriesOverrides {
		if y, ok := o["yaxis"].(float64); ok && y == 2 {
			right = append(right, fmt.Sprint(o["alias"]))
		}
	}
	if len(right) > 0 {
		unit := ""
		if len(p.Yaxes) > 1 && p.Yaxes[1].Format != "" && p.Yaxes[1].Format != "none" && p.Yaxes[1].Format != "short" {
			unit = " in " + p.Yaxes[1].Format
		}
		lost = append(lost, fmt.Sprintf("its second y-axis (%s%s; obsgen's panel has one axis, one unit)", strings.Join(right, ", "), unit))
	}
	if p.Type != "singlestat" {
		return lost
	}
	table := false
	for _, t := range p.Targets {
		// A singlestat reads tableColumn from a table query's columns only.
		table = table || t.Format == "table"
	}
	if c := p.TableColumn; c != "" && c != "Value" && table {
		lost = append(lost, fmt.Sprintf("the label it showed (tableColumn %s: the generated stat shows the series' value)", c))
	}
	if v := p.ValueName; v != "" && v != "current" {
		lost = append(lost, "its reduction "+v+" (the generated stat shows the last value)")
	}
	return lost
}

// thresholds returns a panel's absolute threshold steps above a green
// base, as the catalogue holds them, where the panel draws them; others
// are reported and left out (the alerts watching the panel then colour
// it). Steps a panel does not draw are left out unsaid: grafonnet writes
// green with red at 80 into every panel, and the apache-http-mixin's
// uptime stat (colour mode none) would have turned red after 80 s.
func (r *dashboardReader) thresholds(p gPanel, path string) []catalogue.Threshold {
	t := p.FieldConfig.Defaults.Thresholds
	if len(t.Steps) == 0 || !drawsThresholds(p) {
		return nil
	}
	if t.Mode == "percentage" || t.Steps[0].Value != nil || t.Steps[0].Color != "green" {
		if len(t.Steps) > 1 {
			r.warnf(path, "panel %q: its thresholds (%s mode, base %s) are left out: obsgen writes absolute steps above green", p.Title, cmp.Or(t.Mode, "absolute"), t.Steps[0].Color)
		} else {
			r.warnf(path, "panel %q: its fixed colour %s is left out: obsgen colours a value by the alerts watching it, else in the text colour", p.Title, t.Steps[0].Color)
		}
		return nil
	}
	var out []catalogue.Threshold
	for _, s := range t.Steps[1:] {
		if s.Value != nil {
			out = append(out, catalogue.Threshold{Value: *s.Value, Color: s.Color})
		}
	}
	return out
}

// colourMapped gives each mapped value without a colour of its own the
// colour a singlestat drew it in: thresholds "a,b" split values into
// three bands (below a, below b, the rest), coloured colors[0..2]. It
// reports whether it coloured any (nginx's Up and Down kept their red and
// green only so).
func colourMapped(ms []catalogue.ValueMapping, thresholds string, colors []string, drawn bool) bool {
	parts := strings.Split(thresholds, ",")
	if !drawn || len(parts) != 2 || len(colors) != 3 {
		return false
	}
	var bounds [2]float64
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return false
		}
		bounds[i] = v
	}
	coloured := false
	for i := range ms {
		m := &ms[i]
		if m.Value == nil || m.Color != "" {
			continue
		}
		switch v := *m.Value; {
		case v < bounds[0]:
			m.Color = colors[0]
		case v < bounds[1]:
			m.Color = colors[1]
		default:
			m.Color = colors[2]
		}
		coloured = true
	}
	return coloured
}

// uidOf makes a dashboard uid of its title when it has none: lower-case
// words joined by -.
func uidOf(title string) string {
	f := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
	return cmp.Or(strings.Join(f, "-"), "dashboard")
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// name is the panel's title, or for an untitled one what it shows
// beside its value (a singlestat's prefix or postfix, markuslindenberg's
// SNMP "Uptime"), or its one query's legend; "Panel" when nothing says.
func (p gPanel) name() string {
	if t := strings.TrimSpace(p.Title); t != "" {
		return p.Title
	}
	for _, s := range []string{p.Prefix, p.Postfix} {
		if s = strings.TrimSpace(s); s != "" && !strings.Contains(s, "{{") {
			return s
		}
	}
	if len(p.Targets) == 1 && !strings.Contains(p.Targets[0].LegendFormat, "{{") && strings.TrimSpace(p.Targets[0].LegendFormat) != "" && p.Targets[0].LegendFormat != "__auto" {
		return strings.TrimSpace(p.Targets[0].LegendFormat)
	}
	return "Panel"
}

// clone reports whether p is a copy Grafana saved of a repeated panel or
// row, or a panel of such a row.
func (p gPanel) clone() bool {
	return p.RepeatPanelID != nil || p.RepeatRowID != nil || p.RepeatedByRow
}

// gOverride is one of a panel's field overrides.
type gOverride struct {
	Matcher struct {
		ID      string `json:"id"`
		Options any    `json:"options"`
	} `json:"matcher"`
	Properties []struct {
		ID    string `json:"id"`
		Value any    `json:"value"`
	} `json:"properties"`
}

// overrides takes the overrides that set one query's unit as that
// query's unit (the catalogue writes them back as they were): matched by
// the query's refId, or by the name its series are shown with, a legend
// without templating (the apache-http-mixin's "Bytes sent" in Bps beside
// its calls in req/s). It reports whether the panel has other overrides,
// or other properties in these, which it leaves out.
func (r *dashboardReader) overrides(p gPanel, cp *catalogue.Panel, refs map[string]int) (others bool) {
	for _, o := range p.FieldConfig.Overrides {
		i := overriddenQuery(o, cp, refs)
		unit := ""
		for _, prop := range o.Properties {
			if prop.ID == "unit" && unit == "" {
				unit, _ = prop.Value.(string)
				continue
			}
			others = true
		}
		if i < 0 || unit == "" {
			others = true
			continue
		}
		cp.Queries[i].Unit = unit
	}
	return others
}

// overriddenQuery returns the index of the query of cp whose every series
// override o matches, or -1: a byFrameRefID of its refId, or a byName of
// the name a legend without templating gives all its series.
func overriddenQuery(o gOverride, cp *catalogue.Panel, refs map[string]int) int {
	name, _ := o.Matcher.Options.(string)
	switch o.Matcher.ID {
	case "byFrameRefID":
		if i, ok := refs[name]; ok {
			return i
		}
	case "byName":
		found := -1
		for i, q := range cp.Queries {
			if name == "" || q.Legend != name || strings.Contains(q.Legend, "{{") {
				continue
			}
			if found >= 0 {
				return -1 // two queries' series share the name
			}
			found = i
		}
		return found
	}
	return -1
}

// drawsThresholds reports whether a panel shows its threshold steps: a
// graph whose thresholds style is not off, a stat coloured by them (its
// default), a gauge or bar gauge, a state timeline, a table whose cells
// are coloured.
func drawsThresholds(p gPanel) bool {
	c := p.FieldConfig.Defaults.Custom
	switch panelTypes[p.Type] {
	case "timeseries":
		return c.ThresholdsStyle.Mode != "" && c.ThresholdsStyle.Mode != "off"
	case "stat":
		return p.Options.ColorMode != "none"
	case "gauge", "bargauge", "state-timeline":
		return true
	case "table":
		return strings.Contains(c.CellOptions.Type, "color")
	}
	return false
}
