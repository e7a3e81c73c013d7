package docs

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// FuzzMarkdownMakesNoUnsafeLink renders any text with every escaper the
// docs use and checks the result: no character that hides or reorders
// text, and no link or reference definition, outside code, whose
// destination is not safe to follow.
func FuzzMarkdownMakesNoUnsafeLink(f *testing.F) {
	for _, s := range []string{
		"see [x](javascript:alert(1))", "![i](data:x)", "[r]: javascript:x", `[x\](javascript:x)`, `\\](javascript:x)`,
		"[x](jav&#97;script:x)", "[x](<javascript:x>)", "`code [x](javascript:x)`", "a\u202eb\x1bc", "[ok](https://x)",
		"``[x](javascript:x)`` [y](javascript:y)", "# [x](vbscript:x)", "1. [x](file:///etc/passwd)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // spec files are UTF-8 by rule
		}
		for name, out := range map[string]string{
			"cell": cell(s), "inline": inline(s), "para": para(s), "notes": notes(s),
			"linkText": "[" + linkText(s) + "](x.md)", "heading": heading(s), "urlLink": urlLink(s), "code": code(s),
		} {
			if catalogue.StripHidden(out) != out {
				t.Fatalf("%s(%q) = %q keeps a hidden character", name, s, out)
			}
			if dest, ok := unsafeLinkIn(out); ok {
				t.Fatalf("%s(%q) = %q links to %q", name, s, out, dest)
			}
		}
	})
}

// unsafeLinkIn finds, outside code, a "](" or "]:" whose bracket is not
// escaped and whose destination is not safe; it returns the destination.
func unsafeLinkIn(md string) (string, bool) {
	inFence := false
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " "), "```") {
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		for i := 0; i < len(line); i++ {
			switch line[i] {
			case '\\':
				i++ // an escaped character
			case '`':
				run := 1
				for i+run < len(line) && line[i+run] == '`' {
					run++
				}
				if end := closingRun(line[i+run:], run); end >= 0 {
					i += run + end + run - 1
				} else {
					i += run - 1
				}
			case ']':
				// A link opens with a literal ( or : after the bracket
				// (an escaped \( or an entity is text); the renderer then
				// reads the destination with its backslash escapes and
				// entities undone: judge it as it reads it.
				if i+1 >= len(line) || line[i+1] != '(' && line[i+1] != ':' {
					continue
				}
				if rest := line[i+1:i+2] + html.UnescapeString(unescape(line[i+2:])); unsafeLink(rest) {
					return rest, true
				}
			}
		}
	}
	return "", false
}

// unescape undoes Markdown backslash escapes of ASCII punctuation.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
