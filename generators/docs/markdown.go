package docs

import (
	"strings"
	"unicode"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// The functions below make any string from a spec safe in the Markdown
// construct it lands in: a hostile help text or title cannot add table
// cells, headings, HTML, code blocks or links to a scheme other than
// http(s) and mailto (javascript:, data:, ...), and characters that hide or
// reorder text (control characters, bidirectional overrides) are removed.

// cell makes s one table cell: one line, pipes escaped, HTML defused; an
// empty cell shows "-".
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "-"
	}
	return strings.ReplaceAll(defuse(s, asText), "|", `\|`)
}

// inline makes s one line of prose: whitespace collapsed, HTML defused, and
// no leading character that would start a block (heading, list, quote).
func inline(s string) string {
	s = defuse(strings.Join(strings.Fields(s), " "), asText)
	if s != "" && (strings.ContainsRune("#>-+*=|~", rune(s[0])) || opensFence(s)) {
		s = `\` + s
	}
	if len(s) > 1 && unicode.IsDigit(rune(s[0])) {
		// "1." or "1)" at the start of a line begins an ordered list.
		i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
		if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
			s = s[:i] + `\` + s[i:]
		}
	}
	return s
}

// opensFence reports whether a line starting with s would open a fenced
// code block: a run of three or more backticks that closes nowhere on the
// line. A shorter run, or one that closes, is a code span; escaping its
// first backtick would end the span and expose what defuse left inside it.
func opensFence(s string) bool {
	run := len(s) - len(strings.TrimLeft(s, "`"))
	return run >= 3 && closingRun(s[run:], run) < 0
}

// para renders a spec's Markdown-ish prose as a paragraph block: each line
// made safe with inline, paragraphs kept.
func para(s string) string {
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
		if p = inline(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

// How defuse treats a string: Markdown the author wrote (a note), text
// that is data (a help text, a title), or the text of a link obsgen makes.
const (
	asMarkdown = iota
	asText
	asLinkText
)

// defuse stops raw HTML, autolinks, stray emphasis and links to unsafe
// schemes: outside code spans, < becomes &lt;, * is escaped, _ is escaped
// where it could open or close emphasis (at a word boundary; intraword
// underscores are plain text in GFM), and the ] of a link or reference
// definition whose destination is not safe (javascript:, data:, ...) is
// escaped, so that no link is made. Text also has its backslashes escaped,
// so that one written in it cannot undo an escape; link text has every
// bracket escaped. Inside a code span nothing changes: an entity or escape
// would show literally there, and nothing can start. Characters that hide
// or reorder text are removed everywhere.
func defuse(s string, mode int) string {
	s = catalogue.StripHidden(s)
	if !strings.ContainsAny(s, "<*_[]\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '`' {
			run := 1
			for i+run < len(s) && s[i+run] == '`' {
				run++
			}
			fence := strings.Repeat("`", run)
			if end := closingRun(s[i+run:], run); end >= 0 {
				b.WriteString(s[i : i+run+end+run])
				i += run + end + run
				continue
			}
			b.WriteString(fence)
			i += run
			continue
		}
		switch {
		case s[i] == '\\' && mode == asMarkdown && i+1 < len(s):
			// The author's escape: kept, and what it escapes with it.
			b.WriteString(s[i : i+2])
			i += 2
			continue
		case s[i] == '\\' && mode != asMarkdown:
			b.WriteString(`\\`)
		case (s[i] == '[' || s[i] == ']') && mode == asLinkText:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		case s[i] == ']' && unsafeLink(s[i+1:]):
			// [text](javascript:...) or [ref]: javascript:... would be a
			// link; with the bracket escaped it is plain text.
			b.WriteString(`\]`)
		case s[i] == '<':
			b.WriteString("&lt;")
		case s[i] == '*', s[i] == '_' && !(wordByte(s, i-1) && wordByte(s, i+1)):
			b.WriteByte('\\')
			b.WriteByte(s[i])
		default:
			b.WriteByte(s[i])
		}
		i++
	}
	return b.String()
}

// unsafeLink reports whether rest, the text after a "]", makes a link (an
// inline link or image "(dest)", or a reference definition ": dest") whose
// destination is not safe to follow.
func unsafeLink(rest string) bool {
	var dest string
	switch {
	case strings.HasPrefix(rest, "("):
		dest = rest[1:]
	case strings.HasPrefix(rest, ":"):
		dest = rest[1:]
	default:
		return false
	}
	dest = strings.TrimLeft(dest, " \t")
	dest = strings.TrimPrefix(dest, "<")
	return !SafeLink(dest)
}

// SafeLink reports whether a link destination is safe to follow: an
// http(s) or mailto URL, an anchor, or a relative path whose first segment
// holds nothing a renderer could decode into a scheme (a colon, an entity,
// a backslash escape).
func SafeLink(dest string) bool {
	lower := strings.ToLower(dest)
	for _, ok := range []string{"http://", "https://", "mailto:", "#", "/", "./", "../"} {
		if strings.HasPrefix(lower, ok) {
			return true
		}
	}
	first := dest
	if i := strings.IndexAny(first, "/?#) \t"); i >= 0 {
		first = first[:i]
	}
	return !strings.ContainsAny(first, ":&\\")
}

// wordByte reports whether s[i] exists and is a letter or digit.
func wordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// closingRun finds a backtick run of exactly n in s and returns its offset,
// or -1: the end of a code span opened by a run of n.
func closingRun(s string, n int) int {
	for i := 0; i < len(s); {
		if s[i] != '`' {
			i++
			continue
		}
		run := 1
		for i+run < len(s) && s[i+run] == '`' {
			run++
		}
		if run == n {
			return i
		}
		i += run
	}
	return -1
}

// code renders s as an inline code span, with a backtick fence longer than
// any run inside it; in a table the pipes are escaped too (GFM requires it
// inside code spans).
func code(s string) string {
	s = strings.Join(strings.Fields(catalogue.StripHidden(s)), " ")
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return fence + pad + s + pad + fence
}

// cellCode is code for a table cell.
func cellCode(s string) string {
	return strings.ReplaceAll(code(s), "|", `\|`)
}

// fence renders s as a fenced code block in lang, with a fence longer than
// any backtick run in s so the content cannot close it.
func fence(lang, s string) string {
	f := strings.Repeat("`", max(3, longestRun(s, '`')+1))
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return f + lang + "\n" + s + f
}

func longestRun(s string, c byte) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// heading makes s safe as heading text. After the heading marker nothing
// starts a block, so the escape inline puts before a leading block
// character is dropped; any other escape (of a link bracket, a backslash)
// stays.
func heading(s string) string {
	h := inline(s)
	if t := strings.TrimSpace(s); t != "" && (strings.ContainsRune("#>-+*=|~", rune(t[0])) || opensFence(defuse(t, asText))) {
		h = strings.TrimPrefix(h, `\`)
	}
	return h
}

// Slug returns the anchor GitHub gives a heading: lower case, punctuation
// other than - and _ removed, spaces turned into hyphens.
func Slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

// notes renders a spec's free-form Markdown section (lists, code spans):
// kept as written, but raw HTML is defused and headings are demoted below
// the note's own heading.
func notes(s string) string {
	lines := strings.Split(strings.TrimSpace(catalogue.StripHidden(s)), "\n")
	inFence := false
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		if strings.HasPrefix(l, "#") {
			l = "####" + strings.TrimLeft(l, "#")
		}
		lines[i] = defuse(l, asMarkdown)
	}
	if inFence {
		lines = append(lines, "```")
	}
	return strings.Join(lines, "\n")
}

// urlLink renders a URL from a spec as a link: an autolink for an http(s)
// URL, a [url](url) link for a relative one, and plain code for anything
// else (validation refuses other schemes; this is the second line).
func urlLink(u string) string {
	lower := strings.ToLower(u)
	switch {
	case u == "":
		return ""
	case catalogue.StripHidden(u) != u:
		return cellCode(u)
	case (strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")) && !strings.ContainsAny(u, "<> \t\n|"):
		return "<" + u + ">"
	case SafeLink(u) && !strings.ContainsAny(u, "<>()[] \t\n|"):
		return "[" + linkText(u) + "](" + u + ")"
	}
	return cellCode(u)
}

// shellWord quotes s as one word of a POSIX shell command line, when it
// needs quoting: a command or URL shown in an sh block is copied into a
// terminal, where $(...) or ; would run.
func shellWord(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("_@%+=:,./-", r)))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// linkText makes s safe as the text of a [link](...) inside a table or
// prose: one line, pipes and brackets escaped, HTML defused.
func linkText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "-"
	}
	return strings.ReplaceAll(defuse(s, asLinkText), "|", `\|`)
}
