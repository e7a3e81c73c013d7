package docs

import (
	"encoding/json"
	"math"
	"strconv"
)

// valueMapping is one of a generated panel's value mappings, as Grafana's
// JSON writes it: a value map (texts by value), a range or a special
// value.
type valueMapping struct {
	Type string
	// Values are a value map's results by value.
	Values map[string]mappingResult
	// From, To, Match and Result are a range's or a special value's.
	From, To *float64
	Match    string
	Result   mappingResult
}

// mappingResult is what a mapping shows.
type mappingResult struct {
	Text  string `json:"text"`
	Color string `json:"color"`
}

// UnmarshalJSON reads a mapping whose options are keyed by value in a
// value map and are fields otherwise.
func (m *valueMapping) UnmarshalJSON(data []byte) error {
	var raw struct {
		Type    string          `json:"type"`
		Options json.RawMessage `json:"options"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	m.Type = raw.Type
	if len(raw.Options) == 0 {
		return nil
	}
	if raw.Type == "value" {
		return json.Unmarshal(raw.Options, &m.Values)
	}
	var o struct {
		From   *float64      `json:"from"`
		To     *float64      `json:"to"`
		Match  string        `json:"match"`
		Result mappingResult `json:"result"`
	}
	if err := json.Unmarshal(raw.Options, &o); err != nil {
		return err
	}
	m.From, m.To, m.Match, m.Result = o.From, o.To, o.Match, o.Result
	return nil
}

// mappedText returns the text and colour Grafana shows v in under
// mappings, tried in order as Grafana tries them: "" for either when none
// gives it (a value map an alert only colours gives no text).
func mappedText(mappings []valueMapping, v float64) (text, color string) {
	for _, m := range mappings {
		var r mappingResult
		switch m.Type {
		case "value":
			if !math.IsNaN(v) {
				r = m.Values[strconv.FormatFloat(v, 'f', -1, 64)]
			}
		case "range":
			if !math.IsNaN(v) && (m.From == nil || v >= *m.From) && (m.To == nil || v <= *m.To) {
				r = m.Result
			}
		case "special":
			if math.IsNaN(v) && (m.Match == "null" || m.Match == "nan" || m.Match == "null+nan") {
				r = m.Result
			}
		}
		if r.Text != "" || r.Color != "" {
			return r.Text, r.Color
		}
	}
	return "", ""
}
