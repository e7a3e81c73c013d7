package catalogue

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/go-jsonnet/ast"
	"github.com/google/go-jsonnet/formatter"
	"github.com/google/go-jsonnet/toolutils"
	"github.com/obsgen/obsgen/internal/diag"
	"go.yaml.in/yaml/v3"
)

// Values that come out of a Jsonnet evaluation carry no source position:
// go-jsonnet keeps no map from output values to the code that made them.
// locateJsonnetValues recovers the cheap, certain cases: a string value that
// equals exactly one string literal of the spec file is pointed at that
// literal (with its layout, so that PromQL offsets map to columns), and a
// value whose field name is written exactly once in the file is pointed at
// that field. Everything else keeps its path.

// jsonnetLoc is where a value was written in a Jsonnet file.
type jsonnetLoc struct {
	pos   Pos
	lines []Pos
	cols  []int
}

// jsonnetSource indexes the string literals and field names of one file.
type jsonnetSource struct {
	file    string
	src     []byte
	lines   []string
	strings map[string][]*ast.LiteralString
	fields  map[string][]ast.LocationRange
}

// locateJsonnetValues gives the values of part (decoded from root, the
// evaluation of src) and the diagnostics already reported about them the
// positions of the literals and fields they came from, where that is
// certain. Positions keep their path, so that values made by one literal
// stay apart.
func locateJsonnetValues(file string, src []byte, root *yaml.Node, part *Catalogue, diags []diag.Diagnostic) {
	js := indexJsonnet(file, src)
	if js == nil {
		return
	}
	locs := map[string]jsonnetLoc{}
	keys := map[string]Pos{}
	js.walk(root, "", "", locs, keys)
	if len(locs) == 0 && len(keys) == 0 {
		return
	}
	remap := func(p Pos) Pos {
		if p.File != file || p.Line != 0 {
			return p
		}
		if l, ok := locs[p.Path]; ok {
			q := l.pos
			q.Path = p.Path
			return q
		}
		return p
	}
	for i := range diags {
		d := &diags[i]
		// A problem with a key (unknown, set twice) points at the key.
		if k, ok := keys[d.Pos.Path]; ok && d.Pos.File == file && d.Pos.Line == 0 &&
			(d.Code == "unknown-field" || d.Code == "duplicate-key") {
			k.Path = d.Pos.Path
			d.Pos = k
			continue
		}
		d.Pos = remap(d.Pos)
	}
	fields := make(map[Pos]map[string]Pos, len(part.fieldPos))
	for k, m := range part.fieldPos {
		nm := make(map[string]Pos, len(m))
		for name, p := range m {
			nm[name] = remap(p)
		}
		fields[remap(k)] = nm
	}
	part.fieldPos = fields
	if part.badPos != nil {
		bad := make(map[Pos]bool, len(part.badPos))
		for k := range part.badPos {
			bad[remap(k)] = true
		}
		part.badPos = bad
	}
	remapValue(reflect.ValueOf(part).Elem(), remap, locs)
}

// remapValue rewrites every Pos inside v, and gives expressions the layout
// of their literal.
func remapValue(v reflect.Value, remap func(Pos) Pos, locs map[string]jsonnetLoc) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			remapValue(v.Elem(), remap, locs)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			remapValue(v.Index(i), remap, locs)
		}
	case reflect.Struct:
		switch v.Type() {
		case posType:
			if v.CanSet() {
				v.Set(reflect.ValueOf(remap(v.Interface().(Pos))))
			}
			return
		case exprType:
			if !v.CanAddr() {
				return
			}
			e := v.Addr().Interface().(*Expr)
			old := e.Pos
			if e.Pos = remap(old); e.Pos != old {
				l := locs[old.Path]
				e.lines, e.cols = l.lines, l.cols
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				remapValue(v.Field(i), remap, locs)
			}
		}
	}
}

// indexJsonnet parses src without evaluating it and collects its string
// literals and field names; nil when it does not parse.
func indexJsonnet(file string, src []byte) (js *jsonnetSource) {
	defer func() {
		if recover() != nil {
			js = nil // an AST shape the walker does not know: no positions
		}
	}()
	node, _, err := formatter.SnippetToRawAST(file, string(src))
	if err != nil {
		return nil
	}
	js = &jsonnetSource{
		file:    file,
		src:     src,
		lines:   strings.Split(string(src), "\n"),
		strings: map[string][]*ast.LiteralString{},
		fields:  map[string][]ast.LocationRange{},
	}
	var visit func(n ast.Node, depth int)
	visit = func(n ast.Node, depth int) {
		if n == nil || depth > 10000 {
			return
		}
		switch v := n.(type) {
		case *ast.LiteralString:
			if s, ok := unescapeJsonnet(v); ok {
				js.strings[s] = append(js.strings[s], v)
			}
		case *ast.Object:
			js.addFields(v.Fields)
		case *ast.ObjectComp:
			js.addFields(v.Fields)
		}
		for _, c := range toolutils.Children(n) {
			visit(c, depth+1)
		}
	}
	visit(node, 0)
	return js
}

func (js *jsonnetSource) addFields(fields ast.ObjectFields) {
	for _, f := range fields {
		switch {
		case f.Kind == ast.ObjectFieldID && f.Id != nil:
			js.fields[string(*f.Id)] = append(js.fields[string(*f.Id)], f.LocRange)
		case f.Kind == ast.ObjectFieldStr:
			if lit, ok := f.Expr1.(*ast.LiteralString); ok {
				if s, ok := unescapeJsonnet(lit); ok {
					js.fields[s] = append(js.fields[s], f.LocRange)
				}
			}
		}
	}
}

// walk records the location of each value of the evaluated document whose
// origin is certain, by the path the decoder gives it.
func (js *jsonnetSource) walk(n *yaml.Node, path, key string, locs map[string]jsonnetLoc, keys map[string]Pos) {
	var field *Pos
	if fs := js.fields[key]; key != "" && len(fs) == 1 {
		p := js.pos(fs[0].Begin)
		field = &p
		keys[path] = p
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			js.walk(c, path, key, locs, keys)
		}
		return
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			js.walk(n.Content[i+1], joinPath(path, k), k, locs, keys)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			js.walk(c, fmt.Sprintf("%s[%d]", path, i), "", locs, keys)
		}
	case yaml.ScalarNode:
		if n.Tag == "!!str" {
			if lits := js.strings[n.Value]; len(lits) == 1 {
				if l, ok := js.literalLoc(lits[0], n.Value); ok {
					locs[path] = l
					return
				}
			}
		}
	}
	if field != nil {
		locs[path] = jsonnetLoc{pos: *field}
	}
}

// pos converts a go-jsonnet location (byte column) to a position
// (character column).
func (js *jsonnetSource) pos(l ast.Location) Pos {
	col := l.Column
	if l.Line >= 1 && l.Line <= len(js.lines) {
		line := js.lines[l.Line-1]
		if col-1 <= len(line) && col >= 1 {
			col = utf8.RuneCountInString(line[:col-1]) + 1
		}
	}
	return Pos{File: js.file, Line: l.Line, Col: col}
}

// literalLoc is the location of a literal's first character of content,
// with the layout expressions need to map offsets.
func (js *jsonnetSource) literalLoc(lit *ast.LiteralString, value string) (jsonnetLoc, bool) {
	begin := lit.Loc().Begin
	if begin.Line < 1 {
		return jsonnetLoc{}, false
	}
	start := js.pos(begin)
	switch lit.Kind {
	case ast.StringSingle, ast.StringDouble:
		l := jsonnetLoc{pos: Pos{File: js.file, Line: start.Line, Col: start.Col + 1}}
		if strings.Contains(value, "\n") {
			return l, true
		}
		if lit.Value != value {
			// Escapes: map each byte of the value to its column.
			l.cols = quotedCols(strings.Split(string(js.src), "\n"), start.Line, start.Col, value, true)
		}
		return l, true
	case ast.VerbatimStringSingle, ast.VerbatimStringDouble:
		return jsonnetLoc{pos: Pos{File: js.file, Line: start.Line, Col: start.Col + 2}}, true
	case ast.StringBlock:
		lines := blockLines(strings.Split(string(js.src), "\n"), start.Line, strings.Count(strings.TrimSuffix(value, "\n"), "\n")+1, js.file)
		if len(lines) == 0 {
			return jsonnetLoc{}, false
		}
		return jsonnetLoc{pos: lines[0], lines: lines}, true
	}
	return jsonnetLoc{}, false
}

// unescapeJsonnet returns a literal's value as evaluation sees it; false for
// escapes it does not know.
func unescapeJsonnet(lit *ast.LiteralString) (string, bool) {
	switch lit.Kind {
	case ast.StringBlock:
		return lit.Value, true
	case ast.VerbatimStringSingle:
		return strings.ReplaceAll(lit.Value, "''", "'"), true
	case ast.VerbatimStringDouble:
		return strings.ReplaceAll(lit.Value, `""`, `"`), true
	}
	s := lit.Value
	if !strings.Contains(s, `\`) {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		if i >= len(s) {
			return "", false
		}
		switch s[i] {
		case '"', '\'', '\\', '/':
			b.WriteByte(s[i])
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			if i+4 >= len(s) {
				return "", false
			}
			r, err := strconv.ParseUint(s[i+1:i+5], 16, 32)
			if err != nil {
				return "", false
			}
			b.WriteRune(rune(r))
			i += 4
		default:
			return "", false
		}
	}
	return b.String(), true
}

// JsonnetLiterals finds where string values of an evaluation were written
// in the Jsonnet files that made them.
type JsonnetLiterals struct {
	files []*jsonnetSource
}

// NewJsonnetLiterals indexes the string literals of Jsonnet files, by file
// name; files that do not parse as Jsonnet are skipped.
func NewJsonnetLiterals(files map[string][]byte) *JsonnetLiterals {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	l := &JsonnetLiterals{}
	for _, name := range names {
		if js := indexJsonnet(name, files[name]); js != nil {
			l.files = append(l.files, js)
		}
	}
	return l
}

// Expr returns value as an expression positioned at the one string literal
// of the files that spells it, with its layout; when no literal or several
// do, it is positioned at fallback (typically a path).
func (l *JsonnetLiterals) Expr(value string, fallback Pos) Expr {
	var found *jsonnetSource
	var lit *ast.LiteralString
	for _, js := range l.files {
		switch lits := js.strings[value]; {
		case len(lits) == 0:
			continue
		case len(lits) > 1 || found != nil:
			return NewExpr(value, fallback)
		default:
			found, lit = js, lits[0]
		}
	}
	if found == nil {
		return NewExpr(value, fallback)
	}
	loc, ok := found.literalLoc(lit, value)
	if !ok {
		return NewExpr(value, fallback)
	}
	e := Expr{Text: value, Pos: loc.pos, lines: loc.lines, cols: loc.cols}
	e.Pos.Path = fallback.Path
	return e
}
