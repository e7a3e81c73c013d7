package grafana

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestHTMLEscapesAreUndoneAndNothingElse(t *testing.T) {
	tests := map[string]string{
		"a less-than sign is written as itself":     "lag < 60s",
		"every HTML character is written as itself": "a<b>c&d",
		"an escaped backslash before u003c stays":   `\u003c is how Go escapes <`,
		"other unicode escapes are untouched":       "tab\there \u2028 end",
	}
	for name, s := range tests {
		t.Run(name, func(t *testing.T) {
			escaped, _ := json.Marshal(map[string]string{"s": s})
			out := appendUnescapedHTML(nil, escaped)
			var back map[string]string
			if err := json.Unmarshal(out, &back); err != nil {
				t.Fatalf("%s is no longer JSON: %v", out, err)
			}
			if back["s"] != s {
				t.Errorf("got %q, want %q", back["s"], s)
			}
		})
	}
	if got := string(appendUnescapedHTML(nil, []byte(`{"s":"\u003c"}`))); got != `{"s":"<"}` {
		t.Errorf("got %s", got)
	}
}

// unescapeHTML is how marshalJSON undid encoding/json's HTML escapes
// before indentJSON, kept as the reference indentJSON is compared with.
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

// indentedByEncodingJSON is what marshalJSON wrote before indentJSON:
// encoding/json's own indentation, then unescapeHTML.
func indentedByEncodingJSON(t testing.TB, compact []byte) []byte {
	var b bytes.Buffer
	if err := json.Indent(&b, compact, "", "  "); err != nil {
		t.Fatalf("json.Indent: %v", err)
	}
	return unescapeHTML(b.Bytes())
}

func TestIndentJSONWritesWhatJSONIndentAndUnescapeHTMLWrite(t *testing.T) {
	tests := map[string]string{
		"empty objects and arrays stay on one line":  `{"a":{},"b":[],"c":[{}],"d":{"e":[]}}` + "\n",
		"nesting indents by two spaces a level":      `{"a":{"b":{"c":[1,2,[3,{"d":null}]]}}}` + "\n",
		"a quote escaped in a string ends nothing":   `{"expr":"rate(x{job=\"a,b\"}[5m])","k":"{[:,]}"}` + "\n",
		"a backslash before the closing quote":       `["a\\","\\\\",{"b\\\"":"\\"}]` + "\n",
		"HTML escapes are written as the characters": `{"s":"a\u003cb\u003ec\u0026d","t":"\\u003c stays"}` + "\n",
		"other escapes stay escaped":                 `{"s":"tab\there\u2028\ud83d\ude00 \u0000"}` + "\n",
		"a lone scalar":                              `"x"` + "\n",
		"numbers and literals":                       `[-1.5e+10,0,true,false,null]` + "\n",
	}
	for name, compact := range tests {
		t.Run(name, func(t *testing.T) {
			want := indentedByEncodingJSON(t, []byte(compact))
			if got := indentJSON([]byte(compact)); !bytes.Equal(got, want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestIndentJSONOfEverySeedDashboardIsJSONIndents(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testtool.Root(t), "out", "*", "grafana", "*", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no committed dashboards: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		compact.WriteByte('\n')
		if got, want := indentJSON(compact.Bytes()), indentedByEncodingJSON(t, compact.Bytes()); !bytes.Equal(got, want) {
			t.Errorf("%s: indentJSON differs from json.Indent", f)
		}
	}
}

func FuzzIndentJSONIsJSONIndent(f *testing.F) {
	for _, s := range []string{`{"a":[1,{}],"b":"x\"y"}`, `["\u003c","\\u003c"]`, `{}`, `[[],[[]]]`, `"s"`, `1`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var v any
		if json.Unmarshal(in, &v) != nil {
			return
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return
		}
		// What an SDK type's MarshalJSON hands the encoder, HTML escapes
		// and all, the encoder compacts as it is.
		var compact bytes.Buffer
		if err := json.Compact(&compact, in); err == nil {
			compact.WriteByte('\n')
			if got, want := indentJSON(compact.Bytes()), indentedByEncodingJSON(t, compact.Bytes()); !bytes.Equal(got, want) {
				t.Fatalf("compact input %q: got %q, want %q", compact.Bytes(), got, want)
			}
		}
		if got, want := indentJSON(b.Bytes()), indentedByEncodingJSON(t, b.Bytes()); !bytes.Equal(got, want) {
			t.Fatalf("encoded %q: got %q, want %q", b.Bytes(), got, want)
		}
	})
}

func TestIndentJSONOfAnUnterminatedStringKeepsItWhole(t *testing.T) {
	// Never written by the encoder; indenting it must not panic.
	tests := map[string]string{
		`"abc`:      `"abc`,
		`"abc\`:     `"abc\`,
		`{"a":"b\"`: "{\n  \"a\": \"b\\\"",
		`["\`:       "[\n  \"\\",
	}
	for in, want := range tests {
		if got := string(indentJSON([]byte(in))); got != want {
			t.Errorf("indentJSON(%q) = %q, want %q", in, got, want)
		}
	}
}
