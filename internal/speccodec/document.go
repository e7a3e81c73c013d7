package speccodec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"go.yaml.in/yaml/v3"
)

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Decode parses one YAML document and decodes it strictly.
func Decode(file string, data []byte, diags *diag.List) *catalogue.Catalogue {
	root := Parse(file, data, diags)
	if root == nil {
		return nil
	}
	return DecodeNode(file, data, root, true, diags)
}

// Parse parses the one YAML document of a file; nil when it does not
// parse (reported).
func Parse(file string, data []byte, diags *diag.List) *yaml.Node {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			diags.Errorf(catalogue.Pos{File: file, Line: 1, Col: 1}, "empty", "the file is empty")
			return nil
		}
		ReportYAMLError(file, data, err, diags)
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		diags.Errorf(catalogue.Pos{File: file, Line: extra.Line, Col: extra.Column}, "multiple-documents", "a spec file holds one YAML document; split the others into their own files")
	}
	return &root
}

// Documents decodes every YAML document of data, as a rule file may hold
// several (PrometheusRule resources after ---); the error is yaml.v3's
// (ReportYAMLError places it).
func Documents(data []byte) ([]*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var docs []*yaml.Node
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		docs = append(docs, &doc)
	}
}

// ReportYAMLError turns a yaml.v3 syntax error in file into a positioned
// diagnostic (code syntax), for spec files and the rule files lint --mixin reads.
// yaml.v3 reports the line where the enclosing block starts; obsgen also
// finds the first line at which the document stops parsing and reports
// there, naming the block's line in the message.
func ReportYAMLError(file string, data []byte, err error, diags *diag.List) {
	msg := err.Error()
	m := yamlLineRE.FindStringSubmatch(msg)
	if m == nil {
		diags.Errorf(catalogue.Pos{File: file, Line: 1, Col: 1}, "syntax", "%s", strings.TrimPrefix(msg, "yaml: "))
		return
	}
	line, _ := strconv.Atoi(m[1])
	text := m[2]
	block := line
	if bad := firstFailingLine(data, text); bad > line {
		text += " (in the block that starts on line " + m[1] + ")"
		line = bad
	}
	if q := unclosedQuote(data, block, line); q > 0 {
		// The quote runs on over the lines after it, and the parser
		// notices only where they stop making sense: the cause first.
		if q == line {
			text = "this line opens a quote it does not close: " + text
		} else {
			text = fmt.Sprintf("this line opens a quote it does not close, so YAML reads on as its text and fails on line %d: %s", line, text)
		}
		diags.Errorf(catalogue.Pos{File: file, Line: q, Col: firstNonSpace(data, q)}, "syntax", "%s", text)
		return
	}
	diags.Errorf(catalogue.Pos{File: file, Line: line, Col: firstNonSpace(data, line)}, "syntax", "%s", text)
}

// firstFailingLine returns the smallest n such that the first n lines of
// data fail to parse with the same message as the whole document, by
// binary search; 0 when none is found.
func firstFailingLine(data []byte, want string) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	fails := func(n int) bool {
		var node yaml.Node
		err := yaml.Unmarshal(bytes.Join(lines[:n], nil), &node)
		if err == nil {
			return false
		}
		m := yamlLineRE.FindStringSubmatch(err.Error())
		return m != nil && m[2] == want
	}
	lo, hi := 1, len(lines)
	if !fails(hi) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// unclosedQuote returns the first line from..to (1-based) whose value
// opens a quoted scalar (after "key: " or "- ") it does not close on the
// line, which YAML then reads on over the next lines; 0 when none does.
func unclosedQuote(data []byte, from, to int) int {
	lines := bytes.Split(data, []byte("\n"))
	for n := max(from, 1); n <= to && n <= len(lines); n++ {
		l := string(bytes.TrimSpace(lines[n-1]))
		if strings.HasPrefix(l, "#") {
			continue
		}
		v := ""
		switch {
		case strings.HasPrefix(l, "- "):
			v = strings.TrimSpace(l[2:])
		case strings.Contains(l, ": "):
			_, v, _ = strings.Cut(l, ": ")
			v = strings.TrimSpace(v)
		}
		if v == "" || (v[0] != '\'' && v[0] != '"') {
			continue
		}
		if closes(v) {
			continue
		}
		// A quoted scalar may go on over lines: one that closes before
		// the line where parsing fails is not the cause.
		rest := v
		for k := n; k < to-1 && k < len(lines); k++ {
			rest += " " + string(bytes.TrimSpace(lines[k]))
		}
		if !closes(rest) {
			return n
		}
	}
	return 0
}

// closes reports whether a quoted scalar starting v ends on its line: a
// single-quoted one at a ' not doubled, a double-quoted one at a " not
// escaped.
func closes(v string) bool {
	q := v[0]
	for i := 1; i < len(v); i++ {
		switch {
		case q == '"' && v[i] == '\\':
			i++
		case v[i] == q && q == '\'' && i+1 < len(v) && v[i+1] == '\'':
			i++
		case v[i] == q:
			return true
		}
	}
	return false
}

// firstNonSpace returns the column of the first non-blank character of a line.
func firstNonSpace(data []byte, line int) int {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 1
	}
	l := lines[line-1]
	return len(l) - len(bytes.TrimLeft(l, " \t")) + 1
}

// DecodeNode decodes a parsed document (data is its text) into a catalogue
// part; positions is false for a document evaluated from Jsonnet, whose
// values then carry their path instead of a line.
func DecodeNode(file string, data []byte, root *yaml.Node, positions bool, diags *diag.List) *catalogue.Catalogue {
	d := &decoder{file: file, src: data, positions: positions, diags: diags}
	var c catalogue.Catalogue
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.MappingNode {
		// The value is not quoted: a whole file that is one scalar may be
		// anything (a spec file linked to /etc/passwd, say).
		got := kindName(doc)
		if doc.Kind == yaml.ScalarNode {
			got = "text"
		}
		d.errorf(doc, "", "wrong-type", "a spec file must be a mapping of sections (apiVersion, service, metric_groups, ...), got %s", got)
		return nil
	}
	d.decode(doc, reflect.ValueOf(&c).Elem(), "")
	c.Positions().FieldPos = d.fields
	c.Positions().BadPos = d.bad
	if c.APIVersion == "" {
		diags.Errorf(d.pos(doc, "apiVersion"), "missing-field", "apiVersion is required; use %q", catalogue.APIVersion)
	} else if c.APIVersion != catalogue.APIVersion {
		diags.Errorf(d.pos(findKey(doc, "apiVersion"), "apiVersion"), "bad-version", "apiVersion %q is not supported; use %q", c.APIVersion, catalogue.APIVersion)
	}
	return &c
}

// findKey returns the value node of key in mapping n, or n itself.
func findKey(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return n
}
