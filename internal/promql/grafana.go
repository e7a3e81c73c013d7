package promql

import (
	"regexp"
	"strings"

	"github.com/prometheus/prometheus/promql/parser"
)

// grafanaDurations are Grafana's built-in variables that stand for a
// duration, and what obsgen puts in their place to check the query.
var grafanaDurations = map[string]string{
	"__rate_interval": "5m",
	"__interval":      "1m",
	"__range":         "1h",
}

// grafanaNumbers are built-in variables that stand for a number.
var grafanaNumbers = map[string]string{
	"__rate_interval_ms": "300000",
	"__interval_ms":      "60000",
	"__range_s":          "3600",
	"__range_ms":         "3600000",
}

// IsGrafanaBuiltin reports whether name (without $) is one of Grafana's
// global variables rather than a dashboard template variable.
func IsGrafanaBuiltin(name string) bool {
	_, d := grafanaDurations[name]
	_, n := grafanaNumbers[name]
	return d || n
}

// Substitute replaces Grafana variables outside string literals with values
// PromQL accepts (durations where Grafana puts durations, 1 elsewhere) and
// returns the new text with the map of its offsets back to the original.
// Variables inside quoted strings (label matcher values) are left as they
// are.
func Substitute(s string) (string, *Offsets) {
	var b strings.Builder
	o := &Offsets{}
	var quote byte
	from := 0 // the start of the text copied as it is, up to i
	flush := func(to int) {
		b.WriteString(s[from:to])
		o.copied(to-from, from)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if quote != 0 {
			switch {
			case c == '\\' && quote != '`' && i+1 < len(s):
				i += 2
			case c == quote:
				quote = 0
				i++
			default:
				i++
			}
			continue
		}
		switch c {
		case '"', '\'', '`':
			quote = c
		case '$':
			if name, n := varAt(s[i:]); n > 0 {
				flush(i)
				text := replacement(name)
				b.WriteString(text)
				o.fixed(len(text), i)
				i += n
				from = i
				continue
			}
		case '[':
			if strings.HasPrefix(s[i:], "[[") {
				if end := strings.Index(s[i:], "]]"); end > 2 {
					flush(i)
					text := replacement(s[i+2 : i+end])
					b.WriteString(text)
					o.fixed(len(text), i)
					i += end + 2
					from = i
					continue
				}
			}
		}
		i++
	}
	flush(len(s))
	o.finish(len(s))
	return b.String(), o
}

// varAt reads $name or ${name} or ${name:format} at the start of s and
// returns the name and the length consumed.
func varAt(s string) (string, int) {
	if strings.HasPrefix(s, "${") {
		end := strings.IndexByte(s, '}')
		if end < 3 {
			return "", 0
		}
		name := s[2:end]
		if i := strings.IndexByte(name, ':'); i >= 0 {
			name = name[:i]
		}
		return name, end + 1
	}
	n := 1
	for n < len(s) && (s[n] == '_' || s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z' || s[n] >= '0' && s[n] <= '9') {
		n++
	}
	if n == 1 {
		return "", 0
	}
	return s[1:n], n
}

func replacement(name string) string {
	if d, ok := grafanaDurations[name]; ok {
		return d
	}
	if v, ok := grafanaNumbers[name]; ok {
		return v
	}
	return "1"
}

// labelValuesRE reads a query variable's label_values(series, label) or
// label_values(label).
var labelValuesRE = regexp.MustCompile(`^\s*label_values\(\s*(?:(.+?)\s*,\s*)?([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$`)

// LabelValues reads a Grafana query variable's label_values(series,
// label) or label_values(label): the label it lists, and the series it
// lists it from ("" for any series, or one that is no selector).
func LabelValues(query string) (label, from string, ok bool) {
	m := labelValuesRE.FindStringSubmatch(query)
	if m == nil {
		return "", "", false
	}
	if p, err := Parse(m[1], true); err == nil && p.Expr != nil {
		if vs, ok := p.Expr.(*parser.VectorSelector); ok {
			from = SelectorName(vs)
		}
	}
	return m[2], from, true
}
