package catalogue

import (
	"fmt"
	"strings"
	"unicode"
)

// Text that means more than it says: a spec's strings reach docs, comments,
// YAML, shell scripts and terminals, so characters that hide or reorder
// what a reader sees (an escape sequence, a right-to-left override that
// makes "admin" read as "nimda", a line separator some parsers break on)
// never get through. In a name — an identifier, a reference, a PromQL
// expression, a map key — such a character is an error; in free text it is
// a warning and the character is removed, so no output carries it.

// hiddenRune reports whether r hides or reorders text: a C0 or C1 control
// character (but tab and newline, in text), DEL, a bidirectional override,
// embedding, isolate or mark, or a Unicode line or paragraph separator. In
// a name, the other invisible format characters (zero-width space, joiner,
// byte order mark) count too.
func hiddenRune(r rune, text bool) bool {
	switch {
	case r >= 0x20 && r < 0x7f:
		return false // printable ASCII, nearly every character of a spec
	case r == '\t' || r == '\n':
		return !text
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true // bidirectional controls
	case r == 0x2028, r == 0x2029:
		return true
	}
	return !text && unicode.Is(unicode.Cf, r)
}

// DescribeRune names a hidden character for a message.
func DescribeRune(r rune) string {
	switch {
	case r == '\n':
		return "a line break"
	case r == '\t':
		return "a tab"
	case r == 0x1b:
		return "an escape character (U+001B)"
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return fmt.Sprintf("a control character (U+%04X)", r)
	case r == 0x202e:
		return "a right-to-left override (U+202E)"
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return fmt.Sprintf("a bidirectional control (U+%04X)", r)
	case r == 0x2028, r == 0x2029:
		return fmt.Sprintf("a line or paragraph separator (U+%04X)", r)
	}
	return fmt.Sprintf("an invisible character (U+%04X)", r)
}

// FirstHidden returns the first character of s that hides or reorders
// text, and its character index, or false; text says whether s is free
// text (where tabs and line breaks are fine) rather than a name.
func FirstHidden(s string, text bool) (rune, int, bool) {
	i := 0
	for _, r := range s {
		if hiddenRune(r, text) {
			return r, i, true
		}
		i++
	}
	return 0, 0, false
}

// StripHidden removes the characters hiddenRune finds in free text.
func StripHidden(s string) string {
	if _, _, found := FirstHidden(s, true); !found {
		return s
	}
	return strings.Map(func(r rune) rune {
		if hiddenRune(r, true) {
			return -1
		}
		return r
	}, s)
}
