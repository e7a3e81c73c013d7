package grafana

import (
	"encoding/json"
	"testing"
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
			out := unescapeHTML(escaped)
			var back map[string]string
			if err := json.Unmarshal(out, &back); err != nil {
				t.Fatalf("%s is no longer JSON: %v", out, err)
			}
			if back["s"] != s {
				t.Errorf("got %q, want %q", back["s"], s)
			}
		})
	}
	if got := string(unescapeHTML([]byte(`{"s":"\u003c"}`))); got != `{"s":"<"}` {
		t.Errorf("got %s", got)
	}
}
