// Package diag holds the problems obsgen finds in user input: a position, a
// severity, a stable code and a message, and the formats they are printed in.
package diag

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/words"
)

// Severity says how bad a diagnostic is; higher is worse.
type Severity int

// The severities, from least to most serious.
const (
	Info Severity = iota
	Warning
	Error
)

// String returns the lower-case name used in every output format.
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "info"
	}
}

// ParseSeverity turns "error", "warning" or "info" into a Severity.
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return Info, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Pos is a place in a source file; Line and Col count from 1, Col in
// characters. A zero Line means the position within the file is unknown (a
// value that came out of Jsonnet evaluation); Path then names the value.
type Pos struct {
	File string
	Line int
	Col  int
	// Path is the value's path in the document, e.g. metric_groups[0].name.
	Path string
}

// String renders the position as file:line:col.
func (p Pos) String() string {
	line, col := p.Line, p.Col
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	return fmt.Sprintf("%s:%d:%d", p.File, line, col)
}

// Less orders positions by file, line and column.
func (p Pos) Less(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	if p.Col != q.Col {
		return p.Col < q.Col
	}
	return p.Path < q.Path
}

// Diagnostic is one problem found in user input.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Code     string
	Message  string
	// Len is how many bytes the caret excerpt underlines (0 or 1: a single caret).
	Len int
}

// String renders the diagnostic as file:line:col: severity: code: message.
// When the line is unknown the value's path follows the message.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s: %s", d.Pos, d.Severity, d.Code, d.FullMessage())
}

// FullMessage is the message, followed by the value's path when the
// position has no line.
func (d Diagnostic) FullMessage() string {
	if d.Pos.Line == 0 && d.Pos.Path != "" {
		return d.Message + " (at " + d.Pos.Path + ")"
	}
	return d.Message
}

// List is a set of diagnostics collected over a run.
type List []Diagnostic

// MaxMessage bounds a message in bytes: a value quoted in it (a name
// megabytes long) is cut, so that no message carries a whole file.
const MaxMessage = 1000

// Add appends a diagnostic built from its parts; a message over MaxMessage
// bytes is cut, with an ellipsis.
func (l *List) Add(pos Pos, sev Severity, code, format string, args ...any) {
	*l = append(*l, Diagnostic{Pos: pos, Severity: sev, Code: code, Message: Cut(fmt.Sprintf(format, args...), MaxMessage)})
}

// Cut shortens s to at most n bytes, at a character boundary, ending in an
// ellipsis when it was cut.
func Cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// Errorf appends an error.
func (l *List) Errorf(pos Pos, code, format string, args ...any) {
	l.Add(pos, Error, code, format, args...)
}

// Warnf appends a warning.
func (l *List) Warnf(pos Pos, code, format string, args ...any) {
	l.Add(pos, Warning, code, format, args...)
}

// Infof appends an informational note.
func (l *List) Infof(pos Pos, code, format string, args ...any) {
	l.Add(pos, Info, code, format, args...)
}

// Sort orders the list by position, then code and message, and drops exact
// duplicates, so output is stable whatever order checks ran in.
func (l List) Sort() List {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Pos != b.Pos {
			return a.Pos.Less(b.Pos)
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Message < b.Message
	})
	out := l[:0]
	for i, d := range l {
		if i > 0 && d == l[i-1] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// Count returns how many diagnostics are at least as serious as min.
func (l List) Count(min Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity >= min {
			n++
		}
	}
	return n
}

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool { return l.Count(Error) > 0 }

// Summary counts errors, warnings and infos as "N errors, N warnings, N infos".
func (l List) Summary() string {
	var e, w, i int
	for _, d := range l {
		switch d.Severity {
		case Error:
			e++
		case Warning:
			w++
		default:
			i++
		}
	}
	return fmt.Sprintf("%d %s, %d %s, %d %s", e, words.Noun(e, "error"), w, words.Noun(w, "warning"), i, words.Noun(i, "info"))
}
