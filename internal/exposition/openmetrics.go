package exposition

import (
	"strings"
)

// normaliseOpenMetrics rewrites an OpenMetrics exposition, line for line,
// into the Prometheus text format expfmt's parser reads, so that line
// numbers still point into the original:
//
//   - a counter family "x" becomes "x_total" (its samples' name), an info
//     family "x" the gauge "x_info", a stateset a gauge, unknown untyped;
//   - _created samples of counters, histograms and summaries, and everything
//     from "# EOF" on, become empty lines;
//   - a gauge histogram's _gcount and _gsum become _count and _sum;
//   - sample timestamps (seconds, not milliseconds) and exemplars are dropped.
//
// It returns the text and the # UNIT of each family, by rewritten name.
func normaliseOpenMetrics(body []byte) ([]byte, map[string]string) {
	lines := strings.Split(string(body), "\n")
	// first holds each family's first # TYPE, for metadata written away
	// from its TYPE line.
	first := map[string]string{}
	for _, line := range lines {
		if kw, name, rest, ok := metaLine(line); ok && kw == "TYPE" {
			if _, seen := first[name]; !seen {
				first[name] = strings.TrimSpace(rest)
			}
		}
	}
	// current holds the type of each family as of the line being read: one
	// name can head two families (client_golang writes a gauge x_bytes and
	// a counter x_bytes_total both as family x_bytes).
	current := map[string]string{}
	units := map[string]string{}
	eof := false
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if eof {
			lines[i] = ""
			continue
		}
		if strings.TrimRight(line, " \t\r") == "# EOF" {
			eof = true
			lines[i] = ""
			continue
		}
		if _, _, _, ok := metaLine(line); ok {
			i = rewriteMeta(lines, i, first, current, units) - 1
			continue
		}
		lines[i] = rewriteSample(line, current)
	}
	return []byte(strings.Join(lines, "\n")), units
}

// rewriteMeta rewrites the block of # HELP, # TYPE and # UNIT lines that
// starts at line i, reading each family's type from the block itself, and
// returns the index of the first line after it.
func rewriteMeta(lines []string, i int, first, current, units map[string]string) int {
	end := i
	block := map[string]string{}
	for ; end < len(lines); end++ {
		kw, name, rest, ok := metaLine(lines[end])
		if !ok {
			break
		}
		if kw == "TYPE" {
			block[name] = strings.TrimSpace(rest)
		}
	}
	for j := i; j < end; j++ {
		kw, name, rest, _ := metaLine(lines[j])
		t, ok := block[name]
		if !ok {
			t = first[name]
		}
		current[name] = t
		switch kw {
		case "TYPE":
			lines[j] = "# TYPE " + omFamily(name, t) + " " + omType(t)
		case "HELP":
			lines[j] = "# HELP " + omFamily(name, t) + " " + rest
		case "UNIT":
			units[omFamily(name, t)] = strings.TrimSpace(rest)
		}
	}
	return end
}

// rewriteSample rewrites one sample line: _created series of counters,
// histograms and summaries go, a gauge histogram's _gcount and _gsum become
// _count and _sum, and only the value is kept after the labels.
func rewriteSample(line string, types map[string]string) string {
	name, labels, rest, ok := splitSample(line)
	if !ok || name == "" {
		return line
	}
	if base, ok := strings.CutSuffix(name, "_created"); ok {
		switch types[base] {
		case "counter", "histogram", "summary", "gaugehistogram":
			return ""
		}
	}
	for _, r := range [][2]string{{"_gcount", "_count"}, {"_gsum", "_sum"}} {
		if base, ok := strings.CutSuffix(name, r[0]); ok && types[base] == "gaugehistogram" {
			name = base + r[1]
		}
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return line // let the parser report it
	}
	return name + labels + " " + fields[0]
}

// metaLine splits "# KEYWORD name rest" (HELP, TYPE, UNIT).
func metaLine(line string) (kw, name, rest string, ok bool) {
	body, found := strings.CutPrefix(line, "# ")
	if !found {
		return "", "", "", false
	}
	kw, after, found := strings.Cut(body, " ")
	if !found || (kw != "HELP" && kw != "TYPE" && kw != "UNIT") {
		return "", "", "", false
	}
	name, rest, _ = strings.Cut(after, " ")
	return kw, name, rest, name != ""
}

// omFamily is the name Prometheus stores an OpenMetrics family's main
// samples under.
func omFamily(name, omtype string) string {
	switch omtype {
	case "counter":
		if !strings.HasSuffix(name, "_total") {
			return name + "_total"
		}
	case "info":
		if !strings.HasSuffix(name, "_info") {
			return name + "_info"
		}
	}
	return name
}

// omType maps an OpenMetrics type to one the text format knows.
func omType(t string) string {
	switch t {
	case "info", "stateset":
		return "gauge"
	case "unknown":
		return "untyped"
	}
	return t
}

// splitSample splits a sample line into its metric name, its label block
// ("{...}" or "") and the rest (value, timestamp, exemplar). A name written
// inside the braces (quoted UTF-8 names) comes back empty.
func splitSample(line string) (name, labels, rest string, ok bool) {
	line = strings.TrimLeft(line, " \t")
	if line == "" || line[0] == '#' {
		return "", "", "", false
	}
	i := strings.IndexAny(line, "{ \t")
	if i < 0 {
		return line, "", "", true
	}
	name = line[:i]
	if line[i] != '{' {
		return name, "", line[i:], true
	}
	end := closingBrace(line, i)
	if end < 0 {
		return name, line[i:], "", true
	}
	return name, line[i : end+1], line[end+1:], true
}

// closingBrace returns the index of the brace closing the one at open,
// skipping quoted strings, or -1.
func closingBrace(s string, open int) int {
	inQuote := false
	for j := open + 1; j < len(s); j++ {
		switch c := s[j]; {
		case inQuote && c == '\\':
			j++
		case c == '"':
			inQuote = !inQuote
		case !inQuote && c == '}':
			return j
		}
	}
	return -1
}
