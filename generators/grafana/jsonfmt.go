package grafana

import (
	"bytes"
	"encoding/json"
)

// marshalJSON writes v indented by two spaces with a final newline, and
// with <, > and & as themselves: the SDK's types marshal their parts with
// json.Marshal, which escapes them as \u003c, \u003e and \u0026 whatever
// the outer encoder is told.
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return unescapeHTML(b.Bytes()), nil
}

// htmlEscapes are the escapes encoding/json uses for HTML safety.
var htmlEscapes = map[string]byte{`\u003c`: '<', `\u003e`: '>', `\u0026`: '&'}

// unescapeHTML replaces encoding/json's HTML escapes in valid JSON with the
// characters they stand for. Other escapes are copied as they are, so an
// escaped backslash followed by "u003c" stays what it was.
func unescapeHTML(data []byte) []byte {
	if !bytes.Contains(data, []byte(`\u00`)) {
		return data
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' || i+1 >= len(data) {
			out = append(out, data[i])
			continue
		}
		if i+6 <= len(data) {
			if c, ok := htmlEscapes[string(data[i:i+6])]; ok {
				out = append(out, c)
				i += 5
				continue
			}
		}
		out = append(out, data[i], data[i+1])
		i++
	}
	return out
}
