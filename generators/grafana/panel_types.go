package grafana

import (
	"github.com/grafana/grafana-foundation-sdk/go/bargauge"
	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/common"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	"github.com/grafana/grafana-foundation-sdk/go/gauge"
	"github.com/grafana/grafana-foundation-sdk/go/heatmap"
	"github.com/grafana/grafana-foundation-sdk/go/histogram"
	"github.com/grafana/grafana-foundation-sdk/go/stat"
	"github.com/grafana/grafana-foundation-sdk/go/statetimeline"
	"github.com/grafana/grafana-foundation-sdk/go/table"
	"github.com/grafana/grafana-foundation-sdk/go/text"
	"github.com/grafana/grafana-foundation-sdk/go/timeseries"
	"github.com/obsgen/obsgen/internal/catalogue"
)

// The SDK's zero values are not Grafana's defaults (an empty tooltip mode, a
// hidden legend, no reducer): every option a panel type shows is set here.

// lastValue is the reducer of single-value panels: the latest sample.
func lastValue() *common.ReduceDataOptionsBuilder {
	return common.NewReduceDataOptionsBuilder().Calcs([]string{"lastNotNull"}).Values(false).Fields("")
}

// legend is a visible list legend below the graph.
func legend() *common.VizLegendOptionsBuilder {
	return common.NewVizLegendOptionsBuilder().
		ShowLegend(true).
		DisplayMode(common.LegendDisplayModeList).
		Placement(common.LegendPlacementBottom).
		Calcs([]string{})
}

// tooltip shows every series at the cursor, highest first.
func tooltip() *common.VizTooltipOptionsBuilder {
	return common.NewVizTooltipOptionsBuilder().Mode(common.TooltipDisplayModeMulti).Sort(common.SortOrderDescending)
}

// okSteps is the single step of a single-value panel that no alert
// watches: the theme's text colour, which judges no value. Without a step
// Grafana's default turns values above 80 red; green called any value
// fine (HAProxy's servers down, PostgreSQL's connections used at 97 %).
func okSteps() []step { return []step{{color: neutralColor}} }

// neutralColor colours a value nothing judges.
const neutralColor = "text"

// timeseriesPanel is a line graph; alert thresholds show as dashed lines.
func timeseriesPanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	b := withCommon(timeseries.NewPanelBuilder(), pl, true).
		ColorScheme(colorMode(dashboard.FieldColorModeIdPaletteClassic)).
		Legend(legend()).
		Tooltip(tooltip()).
		DrawStyle(common.GraphDrawStyleLine).
		LineWidth(1).
		FillOpacity(10).
		ShowPoints(common.VisibilityModeNever)
	mode := common.GraphThresholdsStyleModeOff
	if len(pl.steps) > 0 {
		mode = common.GraphThresholdsStyleModeDashed
	}
	if s := pl.panel.Stack; s != "" {
		b = b.Stacking(common.NewStackingConfigBuilder().Mode(common.StackingMode(s)))
	}
	return b.ThresholdsStyle(common.NewGraphThresholdsStyleConfigBuilder().Mode(mode))
}

// statPanel is a big latest value with a sparkline, coloured by thresholds.
func statPanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	if len(pl.steps) == 0 {
		pl.steps = okSteps()
	}
	return withCommon(stat.NewPanelBuilder(), pl, true).
		ColorScheme(colorMode(dashboard.FieldColorModeIdThresholds)).
		ReduceOptions(lastValue()).
		GraphMode(common.BigValueGraphModeArea).
		ColorMode(common.BigValueColorModeValue).
		TextMode(statTextModes[pl.panel.TextMode]).
		JustifyMode(common.BigValueJustifyModeAuto).
		Orientation(common.VizOrientationAuto)
}

// statTextModes are Grafana's text modes of a stat by the catalogue's
// text_mode; auto when it says none.
var statTextModes = map[string]common.BigValueTextMode{
	"":               common.BigValueTextModeAuto,
	"value":          common.BigValueTextModeValue,
	"name":           common.BigValueTextModeName,
	"value_and_name": common.BigValueTextModeValueAndName,
}

// gaugePanel is a latest value on a dial with threshold markers.
func gaugePanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	if len(pl.steps) == 0 {
		pl.steps = okSteps()
	}
	pl.panel.Min = orZero(pl.panel.Min)
	return withCommon(gauge.NewPanelBuilder(), pl, true).
		ColorScheme(colorMode(dashboard.FieldColorModeIdThresholds)).
		ReduceOptions(lastValue()).
		ShowThresholdMarkers(true).
		ShowThresholdLabels(false).
		Sizing(common.BarGaugeSizingAuto).
		Orientation(common.VizOrientationAuto)
}

// barGaugePanel is one horizontal bar per series.
func barGaugePanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	if len(pl.steps) == 0 {
		pl.steps = okSteps()
	}
	pl.panel.Min = orZero(pl.panel.Min)
	return withCommon(bargauge.NewPanelBuilder(), pl, true).
		ColorScheme(colorMode(dashboard.FieldColorModeIdThresholds)).
		ReduceOptions(lastValue()).
		DisplayMode(common.BarGaugeDisplayModeGradient).
		ShowUnfilled(true).
		Sizing(common.BarGaugeSizingAuto).
		Orientation(common.VizOrientationHorizontal)
}

// orZero is a gauge's minimum: the spec's, or 0 (without one Grafana takes
// the smallest value shown, and a single value fills the whole gauge).
func orZero(v *float64) *float64 {
	if v != nil {
		return v
	}
	zero := 0.0
	return &zero
}

// heatmapPanel shows either Prometheus histogram buckets (format heatmap:
// the unit is the bucket bounds', on the y axis) or one row per series, such
// as one per peer (the unit is the cells' values).
func heatmapPanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	unit := pl.unit
	pl.unit = ""
	b := withCommon(heatmap.NewPanelBuilder(), pl, false).
		Calculate(false).
		Color(heatmap.NewHeatmapColorOptionsBuilder().
			Mode(heatmap.HeatmapColorModeScheme).
			Scheme("Oranges").
			Fill("dark-orange").
			Scale(heatmap.HeatmapColorScaleExponential).
			Exponent(0.5).
			Steps(64).
			Reverse(false)).
		ShowValue(common.VisibilityModeNever).
		CellGap(1).
		ShowLegend().
		Tooltip(heatmap.NewHeatmapTooltipBuilder().Mode(common.TooltipDisplayModeSingle).YHistogram(pl.buckets).ShowColorScale(true)).
		ExemplarsColor("rgba(255,0,255,0.7)")
	yAxis := heatmap.NewYAxisConfigBuilder().AxisPlacement(common.AxisPlacementLeft).Reverse(false)
	cells := heatmap.NewCellValuesBuilder()
	if pl.buckets {
		b.RowsFrame(heatmap.NewRowsHeatmapOptionsBuilder().Layout(common.HeatmapCellLayoutAuto))
		if unit != "" {
			yAxis.Unit(unit)
		}
		cells.Unit("short")
	} else if unit != "" {
		cells.Unit(unit)
	}
	return b.YAxis(yAxis).CellValues(cells)
}

// histogramPanel is Grafana's own histogram of the values of the series.
func histogramPanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	return withCommon(histogram.NewPanelBuilder(), pl, true).
		ColorScheme(colorMode(dashboard.FieldColorModeIdPaletteClassic)).
		Legend(legend()).
		Tooltip(tooltip()).
		BucketCount(30).
		FillOpacity(80)
}

// tablePanel is a table of the latest values.
func tablePanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	b := withCommon(table.NewPanelBuilder(), pl, true).
		ShowHeader(true).
		CellHeight(common.TableCellHeightSm).
		// The SDK's default footer has a null reducer, which its own
		// strict decoding (and Grafana's schema) rejects.
		Footer(common.NewTableFooterOptionsBuilder().Show(false).Reducer([]string{"sum"}).CountRows(false))
	if len(pl.steps) > 0 {
		b.ColorScheme(colorMode(dashboard.FieldColorModeIdThresholds))
	}
	return b.Transformations(tableTransformations(pl.panel))
}

// tableTransformations join a table's queries into one table: Grafana
// shows each query's frame apart (a frame picker under the node-mixin's
// Disk Space Usage, a bare Value column in each) until they are merged on
// their labels, a column of each query's value, named by its legend
// ("Value #A" otherwise).
func tableTransformations(p catalogue.Panel) []dashboard.DataTransformerConfig {
	if len(p.Queries) < 2 {
		return nil
	}
	out := []dashboard.DataTransformerConfig{{Id: "merge", Options: map[string]any{}}}
	rename := map[string]string{}
	for i, q := range p.Queries {
		if q.Legend != "" {
			rename["Value #"+refID(i)] = q.Legend
		}
	}
	if len(rename) > 0 {
		out = append(out, dashboard.DataTransformerConfig{Id: "organize", Options: map[string]any{
			"renameByName": rename, "excludeByName": map[string]bool{"Time": true}, "indexByName": map[string]int{},
		}})
	}
	return out
}

// stateTimelinePanel shows each series as bands coloured by thresholds.
func stateTimelinePanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	if len(pl.steps) == 0 {
		pl.steps = okSteps()
	}
	return withCommon(statetimeline.NewPanelBuilder(), pl, true).
		ColorScheme(colorMode(dashboard.FieldColorModeIdThresholds)).
		Legend(legend()).
		Tooltip(tooltip()).
		ShowValue(common.VisibilityModeAuto).
		MergeValues(true).
		AlignValue(common.TimelineValueAlignmentLeft).
		RowHeight(0.9)
}

// textPanel shows the panel's description as Markdown.
func textPanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	content := pl.panel.Description
	pl.panel.Description = ""
	return withCommon(text.NewPanelBuilder(), pl, false).
		Mode(text.TextModeMarkdown).
		Content(content)
}
