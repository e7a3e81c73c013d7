package importer

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// mappingOf is one value mapping read from a dashboard, with where Grafana
// lists it (its index) to keep their order.
type mappingOf struct {
	index int
	m     catalogue.ValueMapping
}

// importMappings reads a panel's value mappings as Grafana writes them
// today (type value, range or special, under fieldConfig.defaults) or did
// before 8.0 (type 1 or 2, and a singlestat's valueMaps and rangeMaps),
// and says which it leaves out: text values, regular expressions, true,
// false and empty, and mappings that give a colour only.
func importMappings(mappings, valueMaps, rangeMaps []any) ([]catalogue.ValueMapping, []string) {
	var got []mappingOf
	var lost []string
	add := func(index int, m catalogue.ValueMapping, what string) {
		if m.Text == "" {
			lost = append(lost, "the colour-only mapping of "+what)
			return
		}
		got = append(got, mappingOf{index, m})
	}
	for i, raw := range mappings {
		m, _ := raw.(map[string]any)
		options, _ := m["options"].(map[string]any)
		switch typ := m["type"]; typ {
		case "value":
			for _, key := range slices.Sorted(maps.Keys(options)) {
				r, _ := options[key].(map[string]any)
				v, err := strconv.ParseFloat(strings.TrimSpace(key), 64)
				if err != nil {
					lost = append(lost, fmt.Sprintf("the mapping of the text %q", key))
					continue
				}
				add(listIndex(r), catalogue.ValueMapping{Value: &v, Text: str(r["text"]), Color: str(r["color"])}, "value "+key)
			}
		case "range":
			r, _ := options["result"].(map[string]any)
			from, to := number(options["from"]), number(options["to"])
			add(listIndex(r), catalogue.ValueMapping{From: from, To: to, Text: str(r["text"]), Color: str(r["color"])}, "a range")
		case "special":
			r, _ := options["result"].(map[string]any)
			switch match := str(options["match"]); match {
			case "null", "nan", "null+nan":
				add(listIndex(r), catalogue.ValueMapping{NoValue: true, Text: str(r["text"]), Color: str(r["color"])}, "no value")
			default:
				lost = append(lost, "the mapping of "+cmp.Or(match, "a special value"))
			}
		case "regex":
			lost = append(lost, fmt.Sprintf("the mapping of the pattern %q", str(options["pattern"])))
		case 1.0, 2.0:
			// Before Grafana 8: {type: 1, value, text} or {type: 2, from, to, text}.
			legacy(m, typ == 2.0, 1000+i, add, &lost)
		default:
			lost = append(lost, fmt.Sprintf("a mapping of type %v", typ))
		}
	}
	for i, raw := range valueMaps {
		m, _ := raw.(map[string]any)
		legacy(m, false, 2000+i, add, &lost)
	}
	for i, raw := range rangeMaps {
		m, _ := raw.(map[string]any)
		legacy(m, true, 3000+i, add, &lost)
	}
	slices.SortStableFunc(got, func(a, b mappingOf) int { return cmp.Compare(a.index, b.index) })
	out := make([]catalogue.ValueMapping, len(got))
	for i, g := range got {
		out[i] = g.m
	}
	return out, lost
}

// legacy reads a mapping of Grafana 7 or a singlestat, at place at: a
// value (or the text "null") shown as a text, or a range.
func legacy(m map[string]any, isRange bool, at int, add func(int, catalogue.ValueMapping, string), lost *[]string) {
	text := str(m["text"])
	if isRange {
		if from, to := number(m["from"]), number(m["to"]); from != nil || to != nil {
			add(at, catalogue.ValueMapping{From: from, To: to, Text: text}, "a range")
		}
		return // from and to "null": a singlestat's empty default
	}
	value := fmt.Sprint(m["value"])
	if value == "null" {
		add(at, catalogue.ValueMapping{NoValue: true, Text: text}, "no value")
		return
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
	if err != nil {
		*lost = append(*lost, fmt.Sprintf("the mapping of the text %q", value))
		return
	}
	add(at, catalogue.ValueMapping{Value: &v, Text: text}, "value "+value)
}

// listIndex is a mapping result's place in Grafana's list.
func listIndex(r map[string]any) int {
	if f, ok := r["index"].(float64); ok {
		return int(f)
	}
	return 0
}

// number reads a bound Grafana writes as a number or, before 8.0, a
// string; nil for none.
func number(v any) *float64 {
	switch x := v.(type) {
	case float64:
		return &x
	case string:
		if f, err := strconv.ParseFloat(strings.TrimSpace(x), 64); err == nil {
			return &f
		}
	}
	return nil
}
