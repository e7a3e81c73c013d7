package grafana

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/grafana/grafana-foundation-sdk/go/bargauge"
	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	"github.com/grafana/grafana-foundation-sdk/go/gauge"
	"github.com/grafana/grafana-foundation-sdk/go/heatmap"
	"github.com/grafana/grafana-foundation-sdk/go/histogram"
	"github.com/grafana/grafana-foundation-sdk/go/prometheus"
	"github.com/grafana/grafana-foundation-sdk/go/stat"
	"github.com/grafana/grafana-foundation-sdk/go/statetimeline"
	"github.com/grafana/grafana-foundation-sdk/go/table"
	"github.com/grafana/grafana-foundation-sdk/go/text"
	"github.com/grafana/grafana-foundation-sdk/go/timeseries"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/promql"
)

// No Grafana server can run here. These checks stand in for importing the
// JSON: strict decoding into the SDK's typed model (unknown or mistyped
// fields fail, panel options and Prometheus targets included), PromQL that
// parses once Grafana's variables are substituted, variables that exist,
// and a grid without overlaps.

func init() {
	// Strict decoding checks a panel's options and a target's fields only
	// for the panel and datasource types registered with the SDK runtime.
	rt := cog.NewRuntime()
	rt.RegisterPanelcfgVariant(timeseries.VariantConfig())
	rt.RegisterPanelcfgVariant(stat.VariantConfig())
	rt.RegisterPanelcfgVariant(gauge.VariantConfig())
	rt.RegisterPanelcfgVariant(bargauge.VariantConfig())
	rt.RegisterPanelcfgVariant(heatmap.VariantConfig())
	rt.RegisterPanelcfgVariant(histogram.VariantConfig())
	rt.RegisterPanelcfgVariant(table.VariantConfig())
	rt.RegisterPanelcfgVariant(statetimeline.VariantConfig())
	rt.RegisterPanelcfgVariant(text.VariantConfig())
	rt.RegisterDataqueryVariant(prometheus.VariantConfig())
}

// minSchemaVersion is the oldest schemaVersion obsgen accepts as current
// (Grafana 11.0 writes 39; the SDK writes 42, Grafana 12's).
const minSchemaVersion = 39

// checkDashboard returns every problem found in one generated dashboard.
func checkDashboard(uid string, data []byte) []string {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	// The strict pass reports unknown, missing and mistyped fields, but in
	// v0.0.18 it also drops every panel and target it decodes without
	// error (their decoders return an empty cog.BuildErrors as a non-nil
	// error), so the checks below read a second, ordinary decoding.
	var strict dashboard.Dashboard
	if err := buildErr(strict.UnmarshalJSONStrict(data)); err != nil {
		return []string{"strict decoding: " + err.Error()}
	}
	var d dashboard.Dashboard
	if err := json.Unmarshal(data, &d); err != nil {
		return []string{"decoding: " + err.Error()}
	}
	if err := buildErr(d.Validate()); err != nil {
		add("SDK validation: %v", err)
	}
	if again := encode(d); !bytes.Equal(again, data) {
		add("decoding and encoding again changes the JSON: a field is lost or retyped:\n%s", golden.Diff(string(data), string(again)))
	}
	if d.Uid == nil || *d.Uid != uid {
		add("uid %v is not the file name %s", d.Uid, uid)
	}
	if d.SchemaVersion < minSchemaVersion {
		add("schemaVersion %d is older than %d", d.SchemaVersion, minSchemaVersion)
	}
	vars := map[string]bool{}
	for _, v := range d.Templating.List {
		vars[v.Name] = true
	}
	if !vars[catalogue.DatasourceVariable] || d.Templating.List[0].Type != dashboard.VariableTypeDatasource {
		add("the first variable is not the datasource variable")
	}
	for _, l := range d.Links {
		if l.Placement != nil {
			add("link %q is placed in the controls menu", l.Title)
		}
	}
	for _, a := range d.Annotations.List {
		if a.Placement != nil {
			add("annotation %q is placed in the controls menu", a.Name)
		}
	}
	problems = append(problems, checkPanels(d, vars)...)
	problems = append(problems, checkGrid(d)...)
	return problems
}

// buildErr turns the SDK's empty cog.BuildErrors, which it returns as a
// non-nil error when all is well, into nil.
func buildErr(err error) error {
	var be cog.BuildErrors
	if errors.As(err, &be) && len(be) == 0 {
		return nil
	}
	return err
}

func encode(d dashboard.Dashboard) []byte {
	data, _ := marshalJSON(d)
	return data
}

// allPanels lists every panel, open rows' and collapsed rows' alike.
func allPanels(d dashboard.Dashboard) []dashboard.Panel {
	var out []dashboard.Panel
	for _, p := range d.Panels {
		if p.Panel != nil {
			out = append(out, *p.Panel)
		}
		if p.RowPanel != nil {
			out = append(out, p.RowPanel.Panels...)
		}
	}
	return out
}

// variableRef finds $name, ${name} and ${name:format} in a query.
var variableRef = regexp.MustCompile(`\$\{?([A-Za-z_][A-Za-z0-9_]*)`)

func checkPanels(d dashboard.Dashboard, vars map[string]bool) []string {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	ids := map[uint32]bool{}
	for _, p := range d.Panels {
		if p.RowPanel != nil {
			if ids[p.RowPanel.Id] {
				add("row id %d is used twice", p.RowPanel.Id)
			}
			ids[p.RowPanel.Id] = true
		}
	}
	for _, p := range allPanels(d) {
		title := ""
		if p.Title != nil {
			title = *p.Title
		}
		if strings.TrimSpace(title) == "" {
			add("a %s panel has no title", p.Type)
		}
		if p.Id == nil {
			add("panel %q has no id", title)
		} else if ids[*p.Id] {
			add("panel id %d is used twice", *p.Id)
		} else {
			ids[*p.Id] = true
		}
		if p.Type == "text" {
			continue
		}
		if p.Datasource == nil || p.Datasource.Uid == nil || *p.Datasource.Uid != "${"+catalogue.DatasourceVariable+"}" ||
			p.Datasource.Type == nil || *p.Datasource.Type != "prometheus" {
			add("panel %q does not use the ${%s} Prometheus datasource", title, catalogue.DatasourceVariable)
		}
		if len(p.Targets) == 0 {
			add("panel %q has no target", title)
		}
		refs := map[string]bool{}
		for _, t := range p.Targets {
			q, ok := t.(*prometheus.Dataquery)
			if !ok {
				add("panel %q has a target of type %T, not a Prometheus query", title, t)
				continue
			}
			if q.RefId == nil || refs[*q.RefId] {
				add("panel %q has a missing or repeated refId", title)
			} else {
				refs[*q.RefId] = true
			}
			if strings.TrimSpace(q.Expr) == "" {
				add("panel %q has an empty query", title)
			}
			if _, err := promql.Parse(q.Expr, true); err != nil {
				add("panel %q: query %q does not parse: %s", title, q.Expr, err.Msg)
			}
			for _, m := range variableRef.FindAllStringSubmatch(q.Expr, -1) {
				if !vars[m[1]] && !promql.IsGrafanaBuiltin(m[1]) {
					add("panel %q: query uses $%s, which is no variable of the dashboard", title, m[1])
				}
			}
		}
	}
	return problems
}

// checkGrid checks the layout: rows span the grid; open rows hold no
// panels; nothing at the top level overlaps; a collapsed row's panels do
// not overlap each other; every panel fits the 24-column grid.
func checkGrid(d dashboard.Dashboard) []string {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	var top []dashboard.GridPos
	var names []string
	for i, p := range d.Panels {
		switch {
		case p.RowPanel != nil:
			r := p.RowPanel
			if r.GridPos == nil || r.GridPos.W != gridWidth || r.GridPos.X != 0 || r.GridPos.H != 1 {
				add("row %d does not span the grid", i)
				continue
			}
			if !r.Collapsed && len(r.Panels) > 0 {
				add("open row %d holds panels, which Grafana drops", i)
			}
			top = append(top, *r.GridPos)
			names = append(names, fmt.Sprintf("row %d", r.Id))
			var inner []dashboard.GridPos
			var innerNames []string
			for _, q := range r.Panels {
				if q.GridPos == nil {
					add("a panel of row %d has no gridPos", r.Id)
					continue
				}
				inner = append(inner, *q.GridPos)
				innerNames = append(innerNames, panelName(q))
			}
			problems = append(problems, overlaps(inner, innerNames)...)
		case p.Panel != nil:
			if p.Panel.GridPos == nil {
				add("panel %d has no gridPos", i)
				continue
			}
			top = append(top, *p.Panel.GridPos)
			names = append(names, panelName(*p.Panel))
		}
	}
	problems = append(problems, overlaps(top, names)...)
	for _, p := range allPanels(d) {
		g := p.GridPos
		if g != nil && (g.W == 0 || g.H == 0 || g.X+g.W > gridWidth) {
			add("%s does not fit the grid: %+v", panelName(p), *g)
		}
	}
	return problems
}

// panelName names a panel by its id in messages.
func panelName(p dashboard.Panel) string {
	if p.Id == nil {
		return "a panel without id"
	}
	return fmt.Sprintf("panel %d", *p.Id)
}

func overlaps(boxes []dashboard.GridPos, names []string) []string {
	var out []string
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			a, b := boxes[i], boxes[j]
			if a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
				out = append(out, fmt.Sprintf("%s %+v overlaps %s %+v", names[i], a, names[j], b))
			}
		}
	}
	return out
}
