package jsonnetbox

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/diag"
)

func TestValuesMadeByFormatStringsPointIntoTheirLiterals(t *testing.T) {
	const config = "local c = { sel: 'job=\"node\"', r: '5m', n: 3 };\n"
	cases := []struct {
		name string
		// src evaluates to the value; its literals are the index.
		src string
		// at is a substring of the value whose first byte is looked up.
		at   string
		want string // line:col, or "fallback"
	}{
		{"a text block's fixed text maps to its character, below the indentation",
			config + "|||\n  rate(x{%(sel)s}[%(r)s])\n||| % c\n", "x{", "3:8"},
		{"an offset inside a placeholder's value maps to the placeholder",
			config + "|||\n  rate(x{%(sel)s}[%(r)s])\n||| % c\n", "node", "3:10"},
		{"fixed text after a placeholder maps past the placeholder as written",
			config + "|||\n  rate(x{%(sel)s}[%(r)s])\n||| % c\n", "}[", "3:17"},
		{"the second line of a text block maps to its own line",
			config + "|||\n  sum(\n    up{%(sel)s}\n  )\n||| % c\n", "up", "4:5"},
		{"a blank line inside a text block keeps the lines in step",
			config + "|||\n  a{%(sel)s}\n\n  or b\n||| % c\n", "or b", "5:3"},
		{"a quoted format string maps after its quote",
			config + "'up{%(sel)s} == 0' % c\n", "==", "2:14"},
		{"%% is one percent sign of the value",
			config + "'x{%(sel)s} %% 2 == 1' % c\n", "2 ==", "2:16"},
		{"a number placeholder (%d) is a placeholder too",
			config + "'up{%(sel)s} > %(n)d' % c\n", "3", "2:16"},
		{"positional placeholders (%s with an array) work alike",
			config + "'rate(%s[%s])' % ['node_cpu_seconds_total', '5m']\n", "[", "2:9"},
		{"escapes in a quoted string shift the columns after them",
			config + "'up{%(sel)s, x=\\'a\\'} == 0' % c\n", "==", "2:23"},
		{"characters beyond ASCII count as one column each",
			config + "'up{%(sel)s, x=\"é\"} == 0' % c\n", "==", "2:21"},
		{"a verbatim string's doubled quote is one character",
			config + "@'up{%(sel)s, x=''a''} == 0' % c\n", "==", "2:24"},
		{"in a verbatim string only its own quote is doubled",
			"@\"up{x=''a''} == \"\"0\"\"\"\n", "0", "1:20"},
		{"a value equal to a literal maps exactly, escapes included",
			"'up{x=\\'a\\'} == 0'\n", "==", "1:14"},
		{"a value spelled by a multi-line quoted literal maps to its second line",
			"'sum(\n  up\n)'\n", "up", "2:3"},
		{"PromQL's modulo is not a format string",
			"'x % 2 == 1'\n", "2", "1:6"},
		{"a format string with too little fixed text is not used",
			config + "'%(sel)s{%(r)s}' % c\n", "job", "fallback"},
		{"the format string with the most fixed text wins",
			config + "local a = 'rate(%(sel)s)' % c;\nlocal b = '%(sel)s[5m])' % c;\n'rate(%(sel)s[5m])' % c\n", "[5m]", "4:14"},
		{"two identical format strings are ambiguous and keep the fallback",
			config + "local a = 'up{%(sel)s} == 0' % c;\nlocal b = 'up{%(sel)s} == 0' % c;\nb\n", "==", "fallback"},
		{"a value no literal made keeps the fallback",
			config + "std.join(' ', ['up', '==', '0'])\n", "==", "fallback"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := Evaluate("a.libsonnet", tc.src, Options{InProcess: true, Timeout: 10 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			var value string
			if err := json.Unmarshal([]byte(out), &value); err != nil {
				t.Fatalf("%s: %v", out, err)
			}
			off := strings.Index(value, tc.at)
			if off < 0 {
				t.Fatalf("%q is not in the value %q", tc.at, value)
			}
			lits := NewLiterals(map[string][]byte{"a.libsonnet": []byte(tc.src)})
			start, layout := lits.Locate(value, diag.Pos{File: "mixin.libsonnet", Path: "v"})
			p := layout.Pos(start, value, off)
			got := fmt.Sprintf("%d:%d", p.Line, p.Col)
			if p.Line == 0 {
				got = "fallback"
				if p.File != "mixin.libsonnet" || p.Path != "v" {
					t.Errorf("fallback position %+v, want mixin.libsonnet with path v", p)
				}
			} else if p.File != "a.libsonnet" || p.Path != "v" {
				t.Errorf("position %+v, want a.libsonnet with path v", p)
			}
			if got != tc.want {
				t.Errorf("%q of %q is at %s, want %s", tc.at, value, got, tc.want)
			}
			if end := layout.Pos(start, value, len(value)); p.Line != 0 && end.Line == 0 {
				t.Errorf("the end of the value has no position")
			}
		})
	}
}

func TestFormatStringsSplitIntoFixedTextAndPlaceholders(t *testing.T) {
	cases := []struct {
		name   string
		format string
		frags  []string
		ok     bool
	}{
		{"named placeholders split the fixed text", "a{%(x)s}[%(y)s]", []string{"a{", "}[", "]"}, true},
		{"flags, width and precision belong to the placeholder", "%-5.2f|%05d|%*s", []string{"", "|", "|", ""}, true},
		{"%% stays in the fixed text as one %", "100%% of %s", []string{"100% of ", ""}, true},
		{"only %% is no format string", "100%%", nil, false},
		{"a modulo is no format string", "a % b", nil, false},
		{"an unclosed key is no format string", "%(x s", nil, false},
		{"a trailing % is no format string", "%s %", nil, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			frags, holes, ok := parseJsonnetFormat(tc.format)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			var got []string
			for _, f := range frags {
				got = append(got, f.text)
				if len(f.offs) != len(f.text) {
					t.Errorf("fragment %q has %d offsets", f.text, len(f.offs))
				}
			}
			if strings.Join(got, "\x00") != strings.Join(tc.frags, "\x00") || len(holes) != len(frags)-1 {
				t.Errorf("fragments %q and %d placeholders, want %q", got, len(holes), tc.frags)
			}
		})
	}
}

func FuzzJsonnetLiterals(f *testing.F) {
	f.Add("local c = { s: 'a' };\n|||\n  up{%(s)s}\n\n  or x\n||| % c\n", "up{a}\n\nor x\n")
	f.Add("'x{%s} %% %d' % ['a', 3]", "x{a} % 3")
	f.Add("@'a''%s'''", "a'b'")
	f.Add("'a\\'\\u00e9\\n%s'", "a'é\nb")
	f.Fuzz(func(t *testing.T, src, value string) { locatesInside(t, "a.libsonnet", src, value) })
}

// locatesInside checks that every offset of value, located among the
// strings of the one file named file holding src, lands inside that file,
// or at the fallback.
func locatesInside(t *testing.T, file, src, value string) {
	t.Helper()
	if len(src) > 4096 || len(value) > 4096 {
		return
	}
	start, layout := NewLiterals(map[string][]byte{file: []byte(src)}).Locate(value, diag.Pos{File: "m", Path: "p"})
	lines := strings.Split(src, "\n")
	for off := 0; off <= len(value); off++ {
		p := layout.Pos(start, value, off)
		if p.Line == 0 {
			if p.File != "m" || p.Path != "p" {
				t.Fatalf("offset %d: fallback %+v", off, p)
			}
			continue
		}
		if p.File != file || p.Path != "p" || p.Line > len(lines) || p.Col < 1 ||
			p.Col > len([]rune(lines[p.Line-1]))+1 {
			t.Fatalf("offset %d of %q: position %+v outside the source", off, value, p)
		}
	}
}
