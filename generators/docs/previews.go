package docs

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/chart"
	"github.com/obsgen/obsgen/internal/parallel"
	"github.com/obsgen/obsgen/internal/preview"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
)

// Preview is the page of one dashboard's preview.
type Preview struct {
	UID, Title, Description string
	// JSON is the dashboard file, relative to the preview page.
	JSON string
	// Picture is the SVG beside the page.
	Picture string
	Panels  []PreviewPanel
}

// PreviewPanel is one panel as the preview page lists it.
type PreviewPanel struct {
	Row, Title, Type, Unit string
	Queries                []string
}

// dashboardJSON is what a preview reads of a generated dashboard: the
// panels, their grid positions, queries, legends and units.
type dashboardJSON struct {
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Panels      []panelJSON `json:"panels"`
	Templating  struct {
		List []struct {
			Name string `json:"name"`
		} `json:"list"`
	} `json:"templating"`
}

type panelJSON struct {
	Type      string      `json:"type"`
	Title     string      `json:"title"`
	Collapsed bool        `json:"collapsed"`
	Panels    []panelJSON `json:"panels"`
	GridPos   struct {
		X int `json:"x"`
		Y int `json:"y"`
		W int `json:"w"`
		H int `json:"h"`
	} `json:"gridPos"`
	Targets []struct {
		Expr         string `json:"expr"`
		LegendFormat string `json:"legendFormat"`
	} `json:"targets"`
	FieldConfig struct {
		Defaults struct {
			Unit     string         `json:"unit"`
			Mappings []valueMapping `json:"mappings"`
			Custom   struct {
				Stacking struct {
					Mode string `json:"mode"`
				} `json:"stacking"`
			} `json:"custom"`
		} `json:"defaults"`
	} `json:"fieldConfig"`
	Options struct {
		Content  string `json:"content"`
		TextMode string `json:"textMode"`
	} `json:"options"`
}

// dashboardsDir is where grafana writes a service's dashboards, under its
// folder.
const dashboardsDir = "grafana/dashboards/"

// previewPictures reads every generated dashboard of the service, by path
// under its folder, and returns its preview page and how to draw its
// picture, in the order grafana writes them.
func previewPictures(c *catalogue.Catalogue, dashboards map[string][]byte, dir string, ev func() (*preview.Evaluator, error)) ([]*Preview, []picture, error) {
	var ds []catalogue.Dashboard
	for _, d := range grafana.Dashboards(c) {
		if _, ok := dashboards[dashboardsDir+d.UID+".json"]; ok {
			ds = append(ds, d)
		}
	}
	// Decoding a hundred dashboards' JSON is a tenth of the docs of a
	// large catalogue: it is done on every core.
	decoded := make([]dashboardJSON, len(ds))
	errs := make([]error, len(ds))
	parallel.ForEach(len(ds), parallel.Cores(), func(i int) {
		errs[i] = json.Unmarshal(dashboards[dashboardsDir+ds[i].UID+".json"], &decoded[i])
	})
	for i, d := range ds {
		if errs[i] != nil {
			return nil, nil, fmt.Errorf("docs: dashboard %s: %w", d.UID, errs[i])
		}
	}
	release := newFamilyRelease(c, decoded)
	var pages []*Preview
	var pics []picture
	for i, d := range ds {
		dj := decoded[i]
		pg := &Preview{UID: d.UID, Title: dj.Title, Description: dj.Description,
			JSON: "../../grafana/dashboards/" + d.UID + ".json", Picture: d.UID + ".svg"}
		row := ""
		for _, p := range flatPanels(dj.Panels) {
			if p.Type == "row" {
				row = p.Title
				continue
			}
			pp := PreviewPanel{Row: row, Title: p.Title, Type: p.Type, Unit: p.FieldConfig.Defaults.Unit}
			for _, t := range p.Targets {
				pp.Queries = append(pp.Queries, strings.TrimSpace(t.Expr))
			}
			pg.Panels = append(pg.Panels, pp)
		}
		pages = append(pages, pg)
		weight := len(pg.Panels)
		for _, p := range pg.Panels {
			weight += len(p.Queries)
		}
		pics = append(pics, picture{path: dir + "/dashboards/" + pg.Picture, weight: weight, draw: func() ([]byte, error) {
			e, err := ev()
			if err != nil {
				return nil, err
			}
			svg, err := dashboardSVG(e, dj)
			e.Forget(release.done(i)...)
			return svg, err
		}})
	}
	return pages, pics, nil
}

// flatPanels lists the panels in order, those of collapsed rows after
// their row.
func flatPanels(ps []panelJSON) []panelJSON {
	var out []panelJSON
	for _, p := range ps {
		out = append(out, p)
		out = append(out, p.Panels...)
	}
	return out
}

// atAll is a title as Grafana shows it with every variable of the
// dashboard at All, as the preview draws the panels: "Status of $instance"
// reads "Status of All".
func (dj dashboardJSON) atAll(title string) string {
	return promql.ShowVariables(title, func(name string) (string, bool) {
		for _, v := range dj.Templating.List {
			if v.Name == name {
				return "All", true
			}
		}
		return "", false
	})
}

// dashboardSVG draws the preview: every panel at its grid position,
// evaluated over the healthy history. A collapsed row shows its title and
// how many panels it hides.
func dashboardSVG(e *preview.Evaluator, dj dashboardJSON) ([]byte, error) {
	d := chart.Dashboard{
		Title: dj.atAll(dj.Title),
		Note:  "Preview, not Grafana: panels drawn from obsgen simulate's healthy series over an hour, every variable at All.",
	}
	for _, p := range dj.Panels {
		p.Title = dj.atAll(p.Title)
		placed := chart.Placed{X: p.GridPos.X, Y: p.GridPos.Y, W: p.GridPos.W, H: p.GridPos.H, Title: p.Title}
		if p.Type == "row" {
			placed.Row = true
			if p.Collapsed {
				placed.Title += " (collapsed: " + strconv.Itoa(len(p.Panels)) + " panels)"
			}
			d.Panels = append(d.Panels, placed)
			continue
		}
		drawer, err := panelDrawer(e, p)
		if err != nil {
			// A query Prometheus refuses to evaluate is the reviewer's
			// business: the panel says so instead of the picture failing.
			drawer = chart.Note{Title: p.Title, Text: "Not drawn: " + err.Error()}
		}
		placed.Panel = drawer
		d.Panels = append(d.Panels, placed)
	}
	return chart.DashboardSVG(d), nil
}

// panelDrawer evaluates a panel's queries and chooses how to draw them by
// the panel's type.
func panelDrawer(e *preview.Evaluator, p panelJSON) (chart.Drawer, error) {
	unit := p.FieldConfig.Defaults.Unit
	switch p.Type {
	case "text":
		return chart.Note{Title: p.Title, Text: p.Options.Content}, nil
	case "stat", "gauge", "bargauge":
		st := chart.Stat{Title: p.Title, Unit: unit, ShowName: p.Options.TextMode == "name", Now: preview.End}
		err := eachSeries(e, p, func(name string, s preview.Series) {
			v := last(s.Values)
			text, color := mappedText(p.FieldConfig.Defaults.Mappings, v)
			st.Values = append(st.Values, chart.Value{Name: name, Value: v, Text: text, Color: color})
		})
		return st, err
	case "heatmap":
		return heatmap(e, p)
	case "table", "logs", "nodeGraph", "news", "dashlist", "alertlist":
		return chart.Note{Title: p.Title, Text: "A " + p.Type + " panel: not drawn in a preview."}, nil
	}
	ln := chart.Lines{Title: p.Title, Unit: unit, Small: true, Legend: true, XMax: preview.Span.Seconds()}
	x := stepSeconds()
	err := eachSeries(e, p, func(name string, s preview.Series) {
		ln.Series = append(ln.Series, chart.Series{Name: name, X: x, Y: s.Values})
	})
	stack(ln.Series, p.FieldConfig.Defaults.Custom.Stacking.Mode)
	return ln, err
}

// stack draws series stacked as Grafana does: normal, each on the sum of
// those before it (a host's per-CPU busy shares add up to its usage);
// percent, as shares of their sum at each step. A missing value counts 0.
func stack(ss []chart.Series, mode string) {
	if mode != "normal" && mode != "percent" || len(ss) == 0 {
		return
	}
	sums := make([]float64, len(ss[0].Y))
	for i := range ss {
		y := slices.Clone(ss[i].Y)
		for j := range y {
			if j < len(sums) && !math.IsNaN(y[j]) {
				sums[j] += y[j]
			}
			if j < len(sums) {
				y[j] = sums[j]
			}
		}
		ss[i].Y = y
	}
	if mode == "percent" {
		for i := range ss {
			for j := range ss[i].Y {
				if j < len(sums) && sums[j] != 0 {
					ss[i].Y[j] /= sums[j]
				}
			}
		}
	}
}

// eachSeries evaluates every query of a panel and hands on each series
// with its legend.
func eachSeries(e *preview.Evaluator, p panelJSON, f func(name string, s preview.Series)) error {
	for _, t := range p.Targets {
		if strings.TrimSpace(t.Expr) == "" {
			continue
		}
		got, err := e.Query(t.Expr)
		if err != nil {
			return fmt.Errorf("%s: %w", t.Expr, err)
		}
		for _, s := range got {
			f(legend(t.LegendFormat, t.Expr, s.Labels), s)
		}
	}
	return nil
}

// heatmap evaluates a heatmap's bucket query: a series per le, turned
// from cumulative counts into each bucket's own, as Grafana does for the
// heatmap format.
func heatmap(e *preview.Evaluator, p panelJSON) (chart.Drawer, error) {
	hm := chart.Heatmap{Title: p.Title, Unit: p.FieldConfig.Defaults.Unit}
	type bucket struct {
		le   float64
		vals []float64
	}
	var bs []bucket
	err := eachSeries(e, p, func(_ string, s preview.Series) {
		le, err := strconv.ParseFloat(s.Labels.Get("le"), 64)
		if err == nil {
			bs = append(bs, bucket{le, s.Values})
		}
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(bs, func(a, b bucket) int {
		switch {
		case a.le < b.le:
			return -1
		case a.le > b.le:
			return 1
		}
		return 0
	})
	for i, b := range bs {
		row := make([]float64, len(b.vals))
		for j, v := range b.vals {
			row[j] = v
			if i > 0 {
				row[j] = v - bs[i-1].vals[j]
			}
		}
		hm.Buckets = append(hm.Buckets, b.le)
		hm.Cells = append(hm.Cells, row)
	}
	return hm, nil
}

// legendRef is a {{label}} reference in a legend format.
var legendRef = regexp.MustCompile(`\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}`)

// legend names a series as Grafana does with the query's legend format:
// {{label}} is the label's value; without a format, the series' labels
// (or the query, when it has none).
func legend(format, expr string, ls labels.Labels) string {
	if format != "" && format != "__auto" {
		return legendRef.ReplaceAllStringFunc(format, func(m string) string {
			return ls.Get(legendRef.FindStringSubmatch(m)[1])
		})
	}
	if ls.IsEmpty() {
		return strings.TrimSpace(expr)
	}
	return seriesName(ls)
}

// last is the last value that is a number, as the stat's lastNotNull
// reducer takes it.
func last(vals []float64) float64 {
	for i := len(vals) - 1; i >= 0; i-- {
		if !math.IsNaN(vals[i]) {
			return vals[i]
		}
	}
	return math.NaN()
}

// stepSeconds are the preview's steps in seconds from its start.
func stepSeconds() []float64 {
	steps := preview.Steps()
	out := make([]float64, len(steps))
	for i, s := range steps {
		out[i] = s.Seconds()
	}
	return out
}
