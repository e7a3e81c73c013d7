package catalogue

import "strconv"

// String writes the mapping as the diff and tests show it: "1: Up
// (green)", "2..5: Busy", "..0: Idle", "no value: N/A".
func (m ValueMapping) String() string {
	bound := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'g', -1, 64)
	}
	var what string
	switch {
	case m.Value != nil:
		what = bound(m.Value)
	case m.NoValue:
		what = "no value"
	default:
		what = bound(m.From) + ".." + bound(m.To)
	}
	s := what + ": " + m.Text
	if m.Color != "" {
		s += " (" + m.Color + ")"
	}
	return s
}
