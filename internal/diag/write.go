package diag

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Formats are the formats Write prints diagnostics in, as --format names
// them.
var Formats = []string{"text", "json", "github", "sarif"}

// CheckFormat returns a usage error when format is not one of offered: the
// formats a command prints, listed as its help says them.
func CheckFormat(format string, offered []string) error {
	if slices.Contains(offered, format) {
		return nil
	}
	return fmt.Errorf("unknown --format %q (want %s)", format, Choices(offered))
}

// Choices lists words as a sentence does, for help and messages: "a, b or
// c".
func Choices(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// Text says what the text format prints around the diagnostics.
type Text struct {
	// Least is the least severity shown; the summary still counts the
	// others, and says Hidden after them.
	Least  Severity
	Hidden string
	// Summary ends the output with the count of each severity; Quiet
	// leaves it out when there is nothing to count.
	Summary bool
	Quiet   bool
}

// Write prints l in format: text (excerpts of the lines in src, and what t
// asks for), json, github or sarif.
func Write(w io.Writer, l List, src Sources, format string, t Text) error {
	switch format {
	case "json":
		return WriteJSON(w, l)
	case "github":
		return WriteGitHub(w, l)
	case "sarif":
		return WriteSARIF(w, l)
	case "", "text":
		return writeTextReport(w, l, src, t)
	}
	return CheckFormat(format, Formats)
}

// writeTextReport prints the diagnostics t shows, then the summary.
func writeTextReport(w io.Writer, l List, src Sources, t Text) error {
	shown := l.AtLeast(t.Least)
	if len(shown) > 0 {
		if err := WriteText(w, shown, src); err != nil {
			return err
		}
	}
	if !t.Summary || t.Quiet && len(l) == 0 {
		return nil
	}
	summary := l.Summary()
	if len(shown) < len(l) {
		summary += t.Hidden
	}
	_, err := fmt.Fprintln(w, summary)
	return err
}

// AtLeast returns the diagnostics at least as serious as min, in order.
func (l List) AtLeast(min Severity) List {
	var out List
	for _, d := range l {
		if d.Severity >= min {
			out = append(out, d)
		}
	}
	return out
}
