package grafana

import (
	"maps"
	"slices"
	"strconv"

	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/cog/variants"
	"github.com/grafana/grafana-foundation-sdk/go/common"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	"github.com/obsgen/obsgen/internal/catalogue"
)

// panelBuilder is what every panel builder of the SDK offers and obsgen
// sets on every panel, whatever its type.
type panelBuilder[B any] interface {
	cog.Builder[dashboard.Panel]
	Id(id uint32) B
	Title(title string) B
	Description(description string) B
	Datasource(datasource common.DataSourceRef) B
	GridPos(gridPos dashboard.GridPos) B
	WithTarget(target cog.Builder[variants.Dataquery]) B
	Unit(unit string) B
	Decimals(decimals float64) B
	Min(min float64) B
	Max(max float64) B
	Thresholds(thresholds cog.Builder[dashboard.ThresholdsConfig]) B
	Mappings(mappings []dashboard.ValueMapping) B
	Repeat(repeat string) B
	OverrideByQuery(queryRefID string, properties []dashboard.DynamicConfigValue) B
	ColorScheme(color cog.Builder[dashboard.FieldColor]) B
}

// panelPlan is everything worked out for one panel before it is built.
type panelPlan struct {
	id      uint32
	panel   catalogue.Panel
	box     box
	targets []cog.Builder[variants.Dataquery]
	// unit is the Grafana unit id of what the panel shows ("" unknown),
	// and queryUnits those of the queries that show another (by index).
	unit       string
	queryUnits map[int]string
	// steps are its colour thresholds, from the spec or the alerts, and
	// values the colours of single values alerts fire on.
	steps  []step
	values []valueColor
	// buckets is set when a target returns histogram buckets (format
	// heatmap): the unit then belongs on the heatmap's y axis.
	buckets bool
}

// datasource is the reference every panel and query uses: the dashboard's
// datasource variable, never a fixed uid.
func datasource() common.DataSourceRef {
	return common.DataSourceRef{Type: cog.ToPtr("prometheus"), Uid: cog.ToPtr("${" + catalogue.DatasourceVariable + "}")}
}

// withCommon sets what every panel has: id, title, description, place,
// datasource, targets, the standard field options, and the variable it
// repeats for.
func withCommon[B panelBuilder[B]](b B, pl panelPlan, unit bool) B {
	p := pl.panel
	b.Id(pl.id)
	b.Title(p.Title)
	if p.Description != "" {
		b.Description(p.Description)
	}
	b.GridPos(dashboard.GridPos{X: uint32(pl.box.x), Y: uint32(pl.box.y), W: uint32(pl.box.w), H: uint32(pl.box.h)})
	if len(pl.targets) > 0 {
		b.Datasource(datasource())
	}
	for _, t := range pl.targets {
		b.WithTarget(t)
	}
	if unit && pl.unit != "" {
		b.Unit(pl.unit)
	}
	if p.Decimals != nil {
		b.Decimals(float64(*p.Decimals))
	}
	if p.Min != nil {
		b.Min(*p.Min)
	}
	if p.Max != nil {
		b.Max(*p.Max)
	}
	if len(pl.steps) > 0 {
		b.Thresholds(thresholds(pl.steps))
	}
	if len(pl.values) > 0 || len(p.Mappings) > 0 {
		b.Mappings(valueMappings(p.Mappings, pl.values))
	}
	if p.Repeat != "" {
		b.Repeat(p.Repeat)
	}
	if unit {
		for _, i := range slices.Sorted(maps.Keys(pl.queryUnits)) {
			b.OverrideByQuery(refID(i), []dashboard.DynamicConfigValue{{Id: "unit", Value: pl.queryUnits[i]}})
		}
	}
	return b
}

// thresholds builds Grafana's absolute threshold steps.
func thresholds(steps []step) *dashboard.ThresholdsConfigBuilder {
	out := make([]dashboard.Threshold, len(steps))
	for i, s := range steps {
		out[i] = dashboard.Threshold{Color: s.color}
		if s.value != nil {
			v := *s.value
			out[i].Value = &v
		}
	}
	return dashboard.NewThresholdsConfigBuilder().Mode(dashboard.ThresholdsModeAbsolute).Steps(out)
}

// valueMappings writes the spec's mappings (values, then ranges, then
// no value, in the order Grafana tries them) and colours each value an
// alert fires on, as one value map: Grafana's stat, gauge, table and
// state timeline show the value in that colour, whatever the threshold
// steps say, and a value both map keeps the spec's text in the alert's
// colour (the alerts judge).
func valueMappings(spec []catalogue.ValueMapping, alerts []valueColor) []dashboard.ValueMapping {
	options := map[string]dashboard.ValueMappingResult{}
	var ranges, special []dashboard.ValueMapping
	index := int32(0)
	result := func(m catalogue.ValueMapping) dashboard.ValueMappingResult {
		r := dashboard.ValueMappingResult{Text: cog.ToPtr(m.Text), Index: cog.ToPtr(index)}
		if m.Color != "" {
			r.Color = cog.ToPtr(m.Color)
		}
		index++
		return r
	}
	for _, m := range spec {
		if m.Value != nil {
			options[strconv.FormatFloat(*m.Value, 'f', -1, 64)] = result(m)
		}
	}
	for _, v := range alerts {
		key := strconv.FormatFloat(v.value, 'f', -1, 64)
		r, mapped := options[key]
		if !mapped {
			r = dashboard.ValueMappingResult{Index: cog.ToPtr(index)}
			index++
		}
		r.Color = cog.ToPtr(v.color)
		options[key] = r
	}
	for _, m := range spec {
		switch {
		case m.From != nil || m.To != nil:
			ranges = append(ranges, dashboard.ValueMapping{RangeMap: &dashboard.RangeMap{Type: dashboard.MappingTypeRangeToText,
				Options: dashboard.DashboardRangeMapOptions{From: m.From, To: m.To, Result: result(m)}}})
		case m.NoValue:
			special = append(special, dashboard.ValueMapping{SpecialValueMap: &dashboard.SpecialValueMap{Type: dashboard.MappingTypeSpecialValue,
				Options: dashboard.DashboardSpecialValueMapOptions{Match: dashboard.SpecialValueMatchNullAndNan, Result: result(m)}}})
		}
	}
	var out []dashboard.ValueMapping
	if len(options) > 0 {
		out = append(out, dashboard.ValueMapping{ValueMap: &dashboard.ValueMap{Type: dashboard.MappingTypeValueToText, Options: options}})
	}
	return append(append(out, ranges...), special...)
}

// colorMode builds a field colour setting.
func colorMode(mode dashboard.FieldColorModeId) *dashboard.FieldColorBuilder {
	return dashboard.NewFieldColorBuilder().Mode(mode)
}

// buildPanel builds the panel of the plan's type.
func buildPanel(pl panelPlan) cog.Builder[dashboard.Panel] {
	switch pl.panel.Type {
	case "stat":
		return statPanel(pl)
	case "gauge":
		return gaugePanel(pl)
	case "bargauge":
		return barGaugePanel(pl)
	case "heatmap":
		return heatmapPanel(pl)
	case "histogram":
		return histogramPanel(pl)
	case "table":
		return tablePanel(pl)
	case "state-timeline":
		return stateTimelinePanel(pl)
	case "text":
		return textPanel(pl)
	}
	return timeseriesPanel(pl)
}
