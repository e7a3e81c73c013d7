package logging

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Directive is one section of a fluent.conf file, such as <source>,
// <filter PATTERN>, <match PATTERN> or a nested <parse>, <store>, <buffer>
// or <format>: its parameters in order, then its nested sections.
type Directive struct {
	Name     string
	Arg      string
	Params   []Param
	Children []Directive
}

// Param is one "key value" line of a directive.
type Param struct {
	Key   string
	Value string
}

// P builds a Param.
func P(key, value string) Param { return Param{Key: key, Value: value} }

// fluent.conf is written by this small recursive writer rather than a text
// template: sections nest to any depth (<match> → <store> → <buffer>), and
// every name, argument and value must be checked or quoted one by one,
// which a recursive template would hide in helper calls.
var (
	// nameRE is Fluentd's ELEMENT_NAME, kept to lower case.
	nameRE = regexp.MustCompile(`^[a-z0-9_]+$`)
	// keyRE is a parameter name; @ marks Fluentd's reserved ones (@type).
	keyRE = regexp.MustCompile(`^@?[a-z_][a-z0-9_]*$`)
	// argRE is a section argument: tag patterns or buffer chunk keys,
	// separated by single spaces. Fluentd reads arguments up to ">" with
	// no quoting or escapes, so anything else is refused.
	argRE = regexp.MustCompile(`^[A-Za-z0-9_.*{},@-]+(?:,? [A-Za-z0-9_.*{},@-]+)*$`)
	// bareRE is a value written without quotes: nothing Fluentd's literal
	// parser treats specially (quotes, [ and { that start JSON, # that
	// starts a comment after a space, white space that ends the value).
	bareRE = regexp.MustCompile(`^[A-Za-z0-9_.:/@%*+=,-]+$`)
)

// Render writes directives as fluent.conf: header (comment lines), then
// each top-level directive, separated by blank lines, nested ones indented
// by two spaces.
func Render(header string, ds []Directive) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header)
	for i, d := range ds {
		if i > 0 || header != "" {
			b.WriteByte('\n')
		}
		if err := writeDirective(&b, d, 0); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

func writeDirective(b *bytes.Buffer, d Directive, depth int) error {
	if !nameRE.MatchString(d.Name) {
		return fmt.Errorf("fluent.conf: section name %q is not a Fluentd element name", d.Name)
	}
	if d.Arg != "" && !argRE.MatchString(d.Arg) {
		return fmt.Errorf("fluent.conf: <%s> argument %q must be tag patterns (letters, digits, . * _ - { } ,) separated by spaces", d.Name, d.Arg)
	}
	indent := strings.Repeat("  ", depth)
	b.WriteString(indent + "<" + d.Name)
	if d.Arg != "" {
		b.WriteString(" " + d.Arg)
	}
	b.WriteString(">\n")
	for _, p := range d.Params {
		if !keyRE.MatchString(p.Key) {
			return fmt.Errorf("fluent.conf: <%s> parameter name %q is not valid", d.Name, p.Key)
		}
		v, err := Quote(p.Value)
		if err != nil {
			return fmt.Errorf("fluent.conf: <%s> %s: %w", d.Name, p.Key, err)
		}
		b.WriteString(indent + "  " + p.Key + " " + v + "\n")
	}
	for _, c := range d.Children {
		if err := writeDirective(b, c, depth+1); err != nil {
			return err
		}
	}
	b.WriteString(indent + "</" + d.Name + ">\n")
	return nil
}

// Quote writes a parameter value so that Fluentd reads back exactly s.
// A value made only of safe characters is written as is. Any other value
// without control characters is single-quoted, where Fluentd's literal
// parser knows only the escapes \' and \\ and runs no embedded code. A
// value with a newline, tab or other control character is double-quoted
// with escapes; there "#{...}" would run Ruby code, so # is escaped too.
// Control characters Fluentd has no escape for, and invalid UTF-8, are
// errors.
func Quote(s string) (string, error) {
	if bareRE.MatchString(s) {
		return s, nil
	}
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("value %q is not valid UTF-8", s)
	}
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'", nil
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\', '"', '#':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\f':
			b.WriteString(`\f`)
		case '\b':
			b.WriteString(`\b`)
		case 0:
			b.WriteString(`\0`)
		default:
			if unicode.IsControl(r) {
				return "", fmt.Errorf("value %q holds control character %U, which fluent.conf cannot escape", s, r)
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String(), nil
}
