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
	Text string `json:"text"`
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

// mappedText returns the text Grafana shows for v under mappings, tried in
// order as Grafana tries them: "" when none maps it to a text (a value map
// an alert only colours).
func mappedText(mappings []valueMapping, v float64) string {
	for _, m := range mappings {
		var text string
		switch m.Type {
		case "value":
			if !math.IsNaN(v) {
				text = m.Values[strconv.FormatFloat(v, 'f', -1, 64)].Text
			}
		case "range":
			if !math.IsNaN(v) && (m.From == nil || v >= *m.From) && (m.To == nil || v <= *m.To) {
				text = m.Result.Text
			}
		case "special":
			if math.IsNaN(v) && (m.Match == "null" || m.Match == "nan" || m.Match == "null+nan") {
				text = m.Result.Text
			}
		}
		if text != "" {
			return text
		}
	}
	return ""
}
