package logging

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

// fluentParse reads fluent.conf text the way Fluentd's v1 configuration
// parser does. It is a line-by-line port of lib/fluent/config/
// basic_parser.rb, literal_parser.rb and v1_parser.rb (Fluentd 1.x) for
// everything but @include, and it refuses "#{...}" embedded Ruby code,
// which Fluentd would run. Fluentd cannot be installed here: this is what
// the tests parse generated files back with.
func fluentParse(src string) (Directive, error) {
	p := &fluentParser{src: src}
	var root Directive
	err := p.catch(func() {
		root = p.parseElement(true, "")
		p.spacing()
		if !p.eof() {
			p.fail("expected EOF")
		}
	})
	return root, err
}

// The patterns of basic_parser.rb, anchored at the scan position.
var (
	fLineEnd        = regexp.MustCompile(`^(?:[ \t]*(?:#.*)?(?:\z|[\r\n]))+`)
	fSpacing        = regexp.MustCompile(`^(?:[ \t\r\n]|\z|#.*?(?:\z|[\r\n]))+`)
	fZeroSpacing    = `(?:[ \t\r\n]|\z|#.*?(?:\z|[\r\n]))*`
	fSpacingNoComm  = regexp.MustCompile(`^(?:[ \t\r\n]|\z)+`)
	fElementName    = regexp.MustCompile(`^[a-zA-Z0-9_]+`)
	fArgBoundary    = regexp.MustCompile(`^` + fZeroSpacing + `>`)
	fInclude        = regexp.MustCompile(`^(?:@include|include)(?:[ \t\r\n]|\z|#.*?(?:\z|[\r\n]))+`)
	fDQNewline      = regexp.MustCompile(`^[^"](?:\z|[\r\n])`)
	fDQNotBackslash = regexp.MustCompile(`^[^\\](?:\z|[\r\n])`)
	fEscape         = regexp.MustCompile(`^\\.`)
	fAnyChar        = regexp.MustCompile(`^.`)
)

var (
	fElemSymbols    = map[string]bool{"match": true, "source": true, "filter": true, "system": true}
	fReservedParams = map[string]bool{"@type": true, "@id": true, "@label": true, "@log_level": true}
)

type fluentParser struct {
	src  string
	pos  int
	prev string // @ss[0]: the text of the last successful match
	ok   bool   // whether the last match succeeded
}

type fluentError struct{ msg string }

func (p *fluentParser) fail(format string, args ...any) {
	line := strings.Count(p.src[:p.pos], "\n") + 1
	panic(fluentError{fmt.Sprintf("line %d: ", line) + fmt.Sprintf(format, args...)})
}

func (p *fluentParser) catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			fe, ok := r.(fluentError)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("fluent.conf: %s", fe.msg)
		}
	}()
	f()
	return nil
}

func (p *fluentParser) eof() bool { return p.pos >= len(p.src) }

// skip is StringScanner#skip: match re at the position and move past it.
func (p *fluentParser) skip(re *regexp.Regexp) bool {
	m := re.FindString(p.src[p.pos:])
	if m == "" && !re.MatchString(p.src[p.pos:]) {
		p.ok, p.prev = false, ""
		return false
	}
	p.pos += len(m)
	p.ok, p.prev = true, m
	return true
}

func (p *fluentParser) scan(re *regexp.Regexp) (string, bool) {
	if p.skip(re) {
		return p.prev, true
	}
	return "", false
}

func (p *fluentParser) check(re *regexp.Regexp) (string, bool) {
	m := re.FindString(p.src[p.pos:])
	if m == "" && !re.MatchString(p.src[p.pos:]) {
		return "", false
	}
	return m, true
}

func (p *fluentParser) lit(s string) bool {
	if strings.HasPrefix(p.src[p.pos:], s) {
		p.pos += len(s)
		p.ok, p.prev = true, s
		return true
	}
	p.ok, p.prev = false, ""
	return false
}

func (p *fluentParser) spacing()          { p.skip(fSpacing) }
func (p *fluentParser) lineEnd() bool     { return p.skip(fLineEnd) }
func (p *fluentParser) spacingNoComment() { p.skip(fSpacingNoComm) }

func (p *fluentParser) parseElement(root bool, name string) Directive {
	var d Directive
	for {
		p.spacing()
		if p.eof() {
			if root {
				break
			}
			p.fail("expected end tag '</%s>' but got end of file", name)
		}
		if p.lit("</") {
			eName, _ := p.scan(fElementName)
			p.spacing()
			if !p.lit(">") {
				p.fail("expected character in tag name")
			}
			if !p.lineEnd() {
				p.fail("expected end of line after end tag")
			}
			if eName != name || root {
				p.fail("unmatched end tag </%s>", eName)
			}
			break
		} else if p.lit("<") {
			eName, _ := p.scan(fElementName)
			p.spacing()
			eArg := p.scanNonquoted(fArgBoundary)
			p.spacing()
			if !p.lit(">") {
				p.fail("expected '>'")
			}
			if !p.lineEnd() {
				p.fail("expected end of line after tag")
			}
			child := p.parseElement(false, eName)
			child.Name, child.Arg = eName, eArg
			d.Children = append(d.Children, child)
		} else if root && p.skip(fInclude) {
			p.fail("@include is not expected in a generated file")
		} else {
			k := p.scanString(fSpacing)
			p.spacingNoComment()
			if (p.ok && strings.Contains(p.prev, "\n")) || p.eof() {
				d.Params = append(d.Params, P(k, ""))
				continue
			}
			if !p.ok {
				p.fail("no space after parameter %q", k)
			}
			if k == "@include" {
				p.fail("@include is not expected in a generated file")
			}
			if strings.HasPrefix(k, "@") && !fReservedParams[k] && (root || fElemSymbols[name]) {
				p.fail("'@' is the system reserved prefix: %s", k)
			}
			v := p.parseLiteral(fLineEnd)
			if !p.lineEnd() {
				p.fail("expected end of line")
			}
			d.Params = append(d.Params, P(k, v))
		}
	}
	return d
}

func (p *fluentParser) parseLiteral(boundary *regexp.Regexp) string {
	p.spacingNoComment()
	switch {
	case p.lit("["):
		return p.scanJSON(true)
	case p.lit("{"):
		return p.scanJSON(false)
	default:
		return p.scanString(boundary)
	}
}

func (p *fluentParser) scanString(boundary *regexp.Regexp) string {
	switch {
	case p.lit(`"`):
		return p.scanDoubleQuoted()
	case p.lit(`'`):
		return p.scanSingleQuoted()
	default:
		return p.scanNonquoted(boundary)
	}
}

func (p *fluentParser) scanDoubleQuoted() string {
	var b strings.Builder
	for {
		if p.lit(`"`) {
			return b.String()
		} else if _, ok := p.check(fDQNewline); ok {
			if s, ok := p.check(fDQNotBackslash); ok {
				b.WriteString(s)
			}
			p.skip(fDQNewline)
		} else if s, ok := p.scan(fEscape); ok {
			b.WriteString(p.escapeChar(s[1:]))
		} else if p.lit("#{") {
			p.fail("embedded Ruby code \"#{...}\" in a double-quoted string")
		} else if s, ok := p.scan(fAnyChar); ok {
			b.WriteString(s)
		} else {
			p.fail("unexpected end of file in a double quoted string")
		}
	}
}

func (p *fluentParser) escapeChar(c string) string {
	switch c {
	case `"`, `'`:
		return c
	case "r":
		return "\r"
	case "n":
		return "\n"
	case "t":
		return "\t"
	case "f":
		return "\f"
	case "b":
		return "\b"
	case "0":
		return "\x00"
	}
	if regexp.MustCompile(`^[a-zA-Z0-9]$`).MatchString(c) {
		p.fail("unexpected back-slash escape character '%s'", c)
	}
	return c
}

func (p *fluentParser) scanSingleQuoted() string {
	var b strings.Builder
	for {
		switch {
		case p.lit(`'`):
			return b.String()
		case p.lit(`\'`):
			b.WriteString("'")
		case p.lit(`\\`):
			b.WriteString(`\`)
		default:
			s, ok := p.scan(fAnyChar)
			if !ok {
				p.fail("unexpected end of file in a single quoted string")
			}
			b.WriteString(s)
		}
	}
}

// scanNonquoted reads characters up to boundary; # is always taken.
func (p *fluentParser) scanNonquoted(boundary *regexp.Regexp) string {
	var b strings.Builder
	for {
		if p.lit("#") {
			b.WriteString("#")
			continue
		}
		if boundary.MatchString(p.src[p.pos:]) {
			break
		}
		s, ok := p.scan(fAnyChar)
		if !ok {
			break
		}
		b.WriteString(s)
	}
	return b.String()
}

// scanJSON reads a JSON array or object written without quotes; Fluentd
// takes characters until the text so far parses.
func (p *fluentParser) scanJSON(array bool) string {
	buf := "{"
	closer := "}"
	if array {
		buf, closer = "[", "]"
	}
	line := ""
	for !p.eof() {
		c := p.src[p.pos : p.pos+1]
		p.pos++
		if c == "#" {
			trial := buf + strings.TrimSuffix(strings.TrimRight(line, " \t\r\n"), ",") + closer
			if json.Valid([]byte(trial)) {
				for !p.eof() && p.src[p.pos] != '\n' {
					p.pos++
				}
				p.pos++
				buf += line + "\n"
				line = ""
			} else {
				line += c
			}
			continue
		}
		if c == "\n" {
			buf += line + "\n"
			line = ""
			continue
		}
		line += c
		if json.Valid([]byte(buf + line)) {
			var v any
			_ = json.Unmarshal([]byte(buf+line), &v)
			out, _ := json.Marshal(v)
			return string(out)
		}
	}
	p.fail("got incomplete JSON configuration")
	return ""
}
