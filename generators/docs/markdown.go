package docs

import (
	"strings"
	"unicode"
)

// The functions below make any string from a spec safe in the Markdown
// construct it lands in: a hostile help text or title cannot add table
// cells, headings, HTML or code blocks.

// cell makes s one table cell: one line, pipes escaped, HTML defused; an
// empty cell shows "-".
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "-"
	}
	s = strings.ReplaceAll(s, "|", `\|`)
	return defuseHTML(s)
}

// inline makes s one line of prose: whitespace collapsed, HTML defused, and
// no leading character that would start a block (heading, list, quote).
func inline(s string) string {
	s = defuseHTML(strings.Join(strings.Fields(s), " "))
	if s != "" && strings.ContainsRune("#>-+*=|`~", rune(s[0])) {
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

// defuseHTML stops raw HTML, autolinks and stray emphasis: outside code
// spans, < becomes &lt;, * is escaped, and _ is escaped where it could open
// or close emphasis (at a word boundary; intraword underscores are plain
// text in GFM). Inside a code span nothing changes: an entity or escape
// would show literally there, and nothing can start.
func defuseHTML(s string) string {
	if !strings.ContainsAny(s, "<*_") {
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
	s = strings.Join(strings.Fields(s), " ")
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

// heading makes s safe as heading text.
func heading(s string) string {
	return strings.TrimLeft(inline(s), `\`)
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
	lines := strings.Split(strings.TrimSpace(s), "\n")
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
		lines[i] = defuseHTML(l)
	}
	if inFence {
		lines = append(lines, "```")
	}
	return strings.Join(lines, "\n")
}

// linkText makes s safe as the text of a [link](...) inside a table or
// prose: one line, pipes and brackets escaped, HTML defused.
func linkText(s string) string {
	return strings.NewReplacer("[", `\[`, "]", `\]`).Replace(cell(s))
}
