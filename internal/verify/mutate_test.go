package verify_test

import (
	"strings"
)

// The mutations below edit a text-format exposition the way a code change
// would: they work on any exposition, family by family.

// belongs reports whether a sample line is a series of family name.
func belongs(line, name string) bool {
	sample, _, _ := strings.Cut(line, " ")
	sample, _, _ = strings.Cut(sample, "{")
	for _, suffix := range []string{"", "_bucket", "_sum", "_count"} {
		if sample == name+suffix {
			return true
		}
	}
	return false
}

// isMeta reports whether line is the # HELP or # TYPE of family name.
func isMeta(line, name string) bool {
	return strings.HasPrefix(line, "# HELP "+name+" ") || strings.HasPrefix(line, "# TYPE "+name+" ")
}

// removeFamily drops family name: its HELP, TYPE and samples.
func removeFamily(text, name string) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if isMeta(line, name) || belongs(line, name) {
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// addFamily appends a counter family nobody documented.
func addFamily(text, name string) string {
	return strings.TrimRight(text, "\n") + "\n# HELP " + name + " Something new.\n# TYPE " + name + " counter\n" + name + " 7\n"
}

// retype changes the # TYPE of family name.
func retype(text, name, to string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "# TYPE "+name+" ") {
			lines[i] = "# TYPE " + name + " " + to
		}
	}
	return strings.Join(lines, "\n")
}

// renameLabel renames a label on every series of family name.
func renameLabel(text, name, from, to string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if !belongs(line, name) {
			continue
		}
		lines[i] = strings.Replace(line, "{"+from+"=", "{"+to+"=", 1)
		lines[i] = strings.Replace(lines[i], ","+from+"=", ","+to+"=", 1)
	}
	return strings.Join(lines, "\n")
}

// editLines applies edit to the lines of family name (samples and meta).
func editLines(text, name string, edit func(string) string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if belongs(line, name) || isMeta(line, name) {
			lines[i] = edit(line)
		}
	}
	return strings.Join(lines, "\n")
}
