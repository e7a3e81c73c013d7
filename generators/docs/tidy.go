package docs

import "bytes"

// tidy removes trailing spaces and runs of blank lines that templates leave,
// and ends the file with exactly one newline. Inside a fenced code block
// (``` or longer) lines are kept as written. It reads b once and writes
// the result once: a page is not split into lines and joined again.
func tidy(b []byte) []byte {
	out := make([]byte, 0, len(b)+1)
	var fence []byte // the open fence's backticks; nil outside a fence
	blank := 0       // blank lines in a row, outside fences
	kept := false    // whether a line has been kept
	empty := 0       // kept empty lines not yet written: a file ends without them
	for rest := b; ; {
		l := rest
		nl := bytes.IndexByte(rest, '\n')
		if nl >= 0 {
			l, rest = rest[:nl], rest[nl+1:]
		}
		trimmed := bytes.TrimLeft(l, " ")
		switch {
		case fence == nil && bytes.HasPrefix(trimmed, []byte("```")):
			fence = trimmed[:backticks(trimmed)]
		case fence != nil && bytes.Equal(bytes.TrimSpace(l), fence):
			fence = nil
		}
		if fence == nil {
			l = bytes.TrimRight(l, " \t")
		}
		switch {
		case fence == nil && len(bytes.TrimSpace(l)) == 0:
			// A run of blank lines becomes one, and none opens the file.
			blank++
			if blank == 1 && kept {
				empty++
			}
		case len(l) == 0:
			blank = 0
			kept = true
			empty++
		default:
			blank = 0
			kept = true
			for ; empty > 0; empty-- {
				out = append(out, '\n')
			}
			out = append(append(out, l...), '\n')
		}
		if nl < 0 {
			break
		}
	}
	if len(out) == 0 {
		return []byte("\n")
	}
	return out
}

// backticks is the number of backticks s starts with.
func backticks(s []byte) int {
	n := 0
	for n < len(s) && s[n] == '`' {
		n++
	}
	return n
}
