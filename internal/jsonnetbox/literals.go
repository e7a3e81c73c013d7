package jsonnetbox

import (
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/go-jsonnet/ast"
	"github.com/google/go-jsonnet/formatter"
	"github.com/google/go-jsonnet/toolutils"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/textpos"
)

// Located is where a value was written in a Jsonnet file.
type Located struct {
	Pos    diag.Pos
	Layout textpos.Layout
}

// Source indexes the string literals and field names of one file.
type Source struct {
	file    string
	src     []byte
	lines   []string
	strings map[string][]*ast.LiteralString
	fields  map[string][]ast.LocationRange
}

// Index parses src without evaluating it and collects its string
// literals and field names; nil when it does not parse.
func Index(file string, src []byte) (js *Source) {
	defer func() {
		if recover() != nil {
			js = nil // an AST shape the walker does not know: no positions
		}
	}()
	node, _, err := formatter.SnippetToRawAST(file, string(src))
	if err != nil {
		return nil
	}
	js = &Source{
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

func (js *Source) addFields(fields ast.ObjectFields) {
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

// Field returns where the field name key is written, when the file writes
// it exactly once.
func (js *Source) Field(key string) (diag.Pos, bool) {
	if fs := js.fields[key]; key != "" && len(fs) == 1 {
		return js.pos(fs[0].Begin), true
	}
	return diag.Pos{}, false
}

// Literal returns where the string value was written, when exactly one
// string literal of the file spells it.
func (js *Source) Literal(value string) (Located, bool) {
	if lits := js.strings[value]; len(lits) == 1 {
		return js.literalLoc(lits[0], value)
	}
	return Located{}, false
}

// pos converts a go-jsonnet location (byte column) to a position
// (character column).
func (js *Source) pos(l ast.Location) diag.Pos {
	col := l.Column
	if l.Line >= 1 && l.Line <= len(js.lines) {
		line := js.lines[l.Line-1]
		if col-1 <= len(line) && col >= 1 {
			col = utf8.RuneCountInString(line[:col-1]) + 1
		}
	}
	return diag.Pos{File: js.file, Line: l.Line, Col: col}
}

// literalLoc is the location of a literal's first character of content,
// with the layout expressions need to map offsets.
func (js *Source) literalLoc(lit *ast.LiteralString, value string) (Located, bool) {
	begin := lit.Loc().Begin
	if begin.Line < 1 {
		return Located{}, false
	}
	start := js.pos(begin)
	switch lit.Kind {
	case ast.StringSingle, ast.StringDouble:
		l := Located{Pos: diag.Pos{File: js.file, Line: start.Line, Col: start.Col + 1}}
		if strings.Contains(value, "\n") {
			return l, true
		}
		if lit.Value != value {
			// Escapes: map each byte of the value to its column.
			l.Layout.Cols = textpos.QuotedCols(strings.Split(string(js.src), "\n"), start.Line, start.Col, value, true)
		}
		return l, true
	case ast.VerbatimStringSingle, ast.VerbatimStringDouble:
		return Located{Pos: diag.Pos{File: js.file, Line: start.Line, Col: start.Col + 2}}, true
	case ast.StringBlock:
		lines := textpos.BlockLines(strings.Split(string(js.src), "\n"), start.Line, strings.Count(strings.TrimSuffix(value, "\n"), "\n")+1, js.file)
		if len(lines) == 0 {
			return Located{}, false
		}
		return Located{Pos: lines[0], Layout: textpos.Layout{Lines: lines}}, true
	}
	return Located{}, false
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

// Literals finds where string values of an evaluation were written
// in the Jsonnet files that made them: a value equal to one string literal
// is at that literal; a value that a format string (the left side of
// Jsonnet's % operator: '... %(name)s ...' % config, or a text block) made,
// with its placeholders filled in, is at that format string.
type Literals struct {
	files []*Source
	// plain are the other files evaluation read (YAML a mixin reads with
	// importstr and std.parseYaml), split into lines.
	plain []plainFile
	// templates are the format strings by key: the first bytes (up to
	// templateKeyMax) of their longest fixed fragment.
	templates map[string][]*jsonnetTemplate
	// keyLens are the lengths of the keys in templates.
	keyLens []int
}

// A format string is indexed by the start of its longest fixed fragment;
// one whose longest fragment is shorter than templateKeyMin bytes (such as
// '%s' or '%(a)s{%(b)s}') is too unspecific to say where a value came from.
const (
	templateKeyMin = 4
	templateKeyMax = 8
)

// jsonnetTemplate is a string literal that is a format string.
type jsonnetTemplate struct {
	js  *Source
	lit *ast.LiteralString
	// value is the literal's value; frags are its fixed fragments, with
	// a placeholder between each two, and holes the offset in value of
	// each placeholder's %.
	value string
	frags []templateFrag
	holes []int
	// fixed is how many bytes of the fragments are fixed text.
	fixed int
}

// templateFrag is fixed text of a format string: its bytes as the
// formatted value holds them (%% is one %) and the offset in the literal's
// value of each.
type templateFrag struct {
	text string
	offs []int
}

// NewLiterals indexes the string literals of Jsonnet files, by file
// name, and the format strings among them; files that do not parse as
// Jsonnet are skipped.
func NewLiterals(files map[string][]byte) *Literals {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	l := &Literals{templates: map[string][]*jsonnetTemplate{}}
	lens := map[int]bool{}
	for _, name := range names {
		js := Index(name, files[name])
		if js == nil {
			if ext := path.Ext(name); ext == ".yaml" || ext == ".yml" {
				l.plain = append(l.plain, plainFile{name, strings.Split(string(files[name]), "\n")})
			}
			continue
		}
		l.files = append(l.files, js)
		for value, lits := range js.strings {
			if !strings.Contains(value, "%") {
				continue
			}
			frags, holes, ok := parseJsonnetFormat(value)
			if !ok {
				continue
			}
			longest, fixed := 0, 0
			for i, f := range frags {
				fixed += len(f.text)
				if len(f.text) > len(frags[longest].text) {
					longest = i
				}
			}
			key := frags[longest].text
			if len(key) < templateKeyMin {
				continue
			}
			key = key[:min(len(key), templateKeyMax)]
			lens[len(key)] = true
			for _, lit := range lits {
				l.templates[key] = append(l.templates[key], &jsonnetTemplate{
					js: js, lit: lit, value: value, frags: frags, holes: holes, fixed: fixed,
				})
			}
		}
	}
	for n := range lens {
		l.keyLens = append(l.keyLens, n)
	}
	sort.Ints(l.keyLens)
	return l
}

// Locate returns where value was written: at the one string literal of
// the files that spells it, with its layout, so that an offset in it maps
// to its line and column. When no literal spells it, it is at the format
// string that made it: the one with the most fixed text whose fixed
// fragments the value holds in order, around the placeholders' values. An
// offset in fixed text maps to its character, one in a placeholder's value
// to the placeholder. When no literal or format string matches, or several
// match equally, it is at fallback (typically a path), laid out plainly.
func (l *Literals) Locate(value string, fallback diag.Pos) (diag.Pos, textpos.Layout) {
	var found *Source
	var lit *ast.LiteralString
	for _, js := range l.files {
		switch lits := js.strings[value]; {
		case len(lits) == 0:
			continue
		case len(lits) > 1 || found != nil:
			return fallback, textpos.Layout{}
		default:
			found, lit = js, lits[0]
		}
	}
	if found != nil {
		if at := found.layout(lit, value); at != nil {
			return located(found.file, at, fallback)
		}
		loc, ok := found.literalLoc(lit, value)
		if !ok {
			return fallback, textpos.Layout{}
		}
		pos := loc.Pos
		pos.Path = fallback.Path
		return pos, loc.Layout
	}
	t, offs := l.template(value)
	if t == nil {
		if pos, layout, ok := l.inPlain(value); ok {
			pos.Path = fallback.Path
			for i := range layout.Lines {
				layout.Lines[i].Path = fallback.Path
			}
			return pos, layout
		}
		return fallback, textpos.Layout{}
	}
	layout := t.js.layout(t.lit, t.value)
	if layout == nil {
		return fallback, textpos.Layout{}
	}
	at := make([]textpos.Loc, len(offs))
	for i, o := range offs {
		at[i] = layout[o]
	}
	return located(t.js.file, at, fallback)
}

// located is the position of a value whose offsets map through at.
func located(file string, at []textpos.Loc, fallback diag.Pos) (diag.Pos, textpos.Layout) {
	return diag.Pos{File: file, Line: at[0].Line, Col: at[0].Col, Path: fallback.Path}, textpos.Layout{At: at}
}

// template finds the format string that made value, and for each byte of
// value (and its end) the offset in the format string it came from; nil
// when none or several match equally.
func (l *Literals) template(value string) (*jsonnetTemplate, []int) {
	var best *jsonnetTemplate
	var bestOffs []int
	tie := false
	tried := map[*jsonnetTemplate]bool{}
	for _, n := range l.keyLens {
		for i := 0; i+n <= len(value); i++ {
			for _, t := range l.templates[value[i:i+n]] {
				if tried[t] {
					continue
				}
				tried[t] = true
				if best != nil && t.fixed < best.fixed {
					continue
				}
				offs := t.match(value)
				if offs == nil {
					continue
				}
				if best != nil && t.fixed == best.fixed {
					tie = true
					continue
				}
				best, bestOffs, tie = t, offs, false
			}
		}
	}
	if tie {
		return nil, nil
	}
	return best, bestOffs
}

// match returns, when value is the format string with its placeholders
// filled in, the offset in the format string of each byte of value (a
// placeholder's value: the placeholder's %) and of its end; else nil. Each
// fixed fragment is taken at its first occurrence after the previous one,
// the last at the end of value: when a placeholder's value holds the next
// fragment's text, offsets may land a little early, never outside the
// format string.
func (t *jsonnetTemplate) match(value string) []int {
	f := t.frags
	n := len(f) - 1
	first, last := f[0].text, f[n].text
	if len(value) < len(first)+len(last) || !strings.HasPrefix(value, first) || !strings.HasSuffix(value, last) {
		return nil
	}
	starts := make([]int, n+1)
	at, end := len(first), len(value)-len(last)
	for k := 1; k < n; k++ {
		if at > end {
			return nil
		}
		i := strings.Index(value[at:end], f[k].text)
		if i < 0 {
			return nil
		}
		starts[k] = at + i
		at += i + len(f[k].text)
	}
	if at > end {
		return nil
	}
	starts[n] = end
	offs := make([]int, len(value)+1)
	pos := 0
	for k := 0; k <= n; k++ {
		for ; pos < starts[k]; pos++ {
			offs[pos] = t.holes[k-1]
		}
		for _, o := range f[k].offs {
			offs[pos] = o
			pos++
		}
	}
	offs[len(value)] = len(t.value)
	return offs
}

// parseJsonnetFormat splits a format string of Jsonnet's % operator
// (std.format: %[(key)][flags][width][.precision][length]type, and %% for
// a %) into its fixed fragments and the offset of each placeholder; false
// when it is not a valid format string or has no placeholder, as a PromQL
// modulo ('a % b') is not.
func parseJsonnetFormat(s string) ([]templateFrag, []int, bool) {
	var frags []templateFrag
	var holes []int
	var cur templateFrag
	var text []byte
	digits := func(i int) int {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i
	}
	for i := 0; i < len(s); {
		if s[i] != '%' {
			text = append(text, s[i])
			cur.offs = append(cur.offs, i)
			i++
			continue
		}
		start := i
		i++
		if i < len(s) && s[i] == '(' {
			j := strings.IndexByte(s[i:], ')')
			if j < 0 {
				return nil, nil, false
			}
			i += j + 1
		}
		for i < len(s) && strings.IndexByte("#0- +", s[i]) >= 0 {
			i++
		}
		if i < len(s) && s[i] == '*' {
			i++
		} else {
			i = digits(i)
		}
		if i < len(s) && s[i] == '.' {
			if i++; i < len(s) && s[i] == '*' {
				i++
			} else {
				i = digits(i)
			}
		}
		if i < len(s) && strings.IndexByte("hlL", s[i]) >= 0 {
			i++
		}
		switch {
		case i >= len(s):
			return nil, nil, false
		case s[i] == '%':
			text = append(text, '%')
			cur.offs = append(cur.offs, start)
		case strings.IndexByte("diouxXeEfFgGcrs", s[i]) >= 0:
			cur.text = string(text)
			frags = append(frags, cur)
			cur, text = templateFrag{}, nil
			holes = append(holes, start)
		default:
			return nil, nil, false
		}
		i++
	}
	cur.text = string(text)
	frags = append(frags, cur)
	return frags, holes, len(holes) > 0
}

// layout returns the line and character column of each byte of a
// literal's value and of its end; nil when it cannot be mapped.
func (js *Source) layout(lit *ast.LiteralString, value string) []textpos.Loc {
	begin := lit.Loc().Begin
	if begin.Line < 1 || begin.Line > len(js.lines) {
		return nil
	}
	start := js.pos(begin)
	switch lit.Kind {
	case ast.StringBlock:
		return js.blockLayout(start.Line, lit.BlockIndent, value)
	case ast.StringSingle, ast.StringDouble:
		return quotedLayout(js.from(begin, 1), textpos.Loc{Line: start.Line, Col: start.Col + 1}, 0, value)
	case ast.VerbatimStringSingle:
		return quotedLayout(js.from(begin, 2), textpos.Loc{Line: start.Line, Col: start.Col + 2}, '\'', value)
	case ast.VerbatimStringDouble:
		return quotedLayout(js.from(begin, 2), textpos.Loc{Line: start.Line, Col: start.Col + 2}, '"', value)
	}
	return nil
}

// from returns the source from n bytes after a location to its end.
func (js *Source) from(l ast.Location, n int) []byte {
	off := n + l.Column - 1
	for _, line := range js.lines[:l.Line-1] {
		off += len(line) + 1
	}
	if off > len(js.src) {
		return nil
	}
	return js.src[off:]
}

// blockLayout maps a text block's value: its lines are the source lines
// after the ||| line, less the block's indentation.
func (js *Source) blockLayout(bars int, indent, value string) []textpos.Loc {
	at := make([]textpos.Loc, 0, len(value)+1)
	line := bars + 1
	for rest := value; rest != ""; line++ {
		if line > len(js.lines) {
			return nil
		}
		src := js.lines[line-1]
		n := strings.IndexByte(rest, '\n')
		text := rest
		if n >= 0 {
			text = rest[:n]
		}
		col := 1
		if text != "" {
			if !strings.HasPrefix(src, indent+text) {
				return nil
			}
			col = utf8.RuneCountInString(indent) + 1
		}
		for i := 0; i < len(text); {
			_, size := utf8.DecodeRuneInString(text[i:])
			for range size {
				at = append(at, textpos.Loc{Line: line, Col: col})
			}
			i += size
			col++
		}
		if n < 0 {
			at = append(at, textpos.Loc{Line: line, Col: col})
			return at
		}
		at = append(at, textpos.Loc{Line: line, Col: col}) // the newline
		rest = rest[n+1:]
	}
	return append(at, textpos.Loc{Line: line, Col: 1})
}

// quotedLayout maps the value of a quoted literal from its source (raw,
// from the character after the opening quote, which is at from): an
// escape's bytes map to its backslash; in a verbatim string (quote is its
// quote character, else 0) a doubled quote maps to its first. nil when the
// source does not decode to value (a surrogate pair, say).
func quotedLayout(raw []byte, from textpos.Loc, quote byte, value string) []textpos.Loc {
	at := make([]textpos.Loc, 0, len(value)+1)
	out := make([]byte, 0, len(value))
	pos := from
	emit := func(s string, width int) {
		out = append(out, s...)
		for range len(s) {
			at = append(at, pos)
		}
		pos.Col += width
	}
	for i := 0; i < len(raw) && len(out) < len(value); {
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r == '\n':
			out = append(out, '\n')
			at = append(at, pos)
			pos = textpos.Loc{Line: pos.Line + 1, Col: 1}
			i++
			continue
		case quote != 0 && raw[i] == quote && i+1 < len(raw) && raw[i+1] == quote:
			emit(string(raw[i:i+1]), 2)
			i += 2
			continue
		case quote == 0 && r == '\\':
			j := min(i+2, len(raw))
			if j < len(raw) && raw[i+1] == 'u' {
				j = min(i+6, len(raw))
			}
			s, ok := unescapeJsonnet(&ast.LiteralString{Kind: ast.StringDouble, Value: string(raw[i:j])})
			if !ok {
				return nil
			}
			emit(s, utf8.RuneCount(raw[i:j]))
			i = j
			continue
		}
		emit(string(raw[i:i+size]), 1)
		i += size
	}
	if string(out) != value {
		return nil
	}
	return append(at, pos)
}

// plainFile is a file evaluation read that is not Jsonnet, by line.
type plainFile struct {
	name  string
	lines []string
}

// plainKeyMin is how long a line of a value must be for the value to be
// looked for in plain files by it: shorter ones (up, 1, "(") are
// everywhere.
const plainKeyMin = 8

// inPlain finds value written once in a YAML file read by importstr: its
// first line within one line of a file, and each further line on the
// lines that follow, indented as a block scalar is (found by its first
// line long enough to tell it apart). The layout places each
// line of a multi-line value.
func (l *Literals) inPlain(value string) (diag.Pos, textpos.Layout, bool) {
	lines := strings.Split(strings.TrimSuffix(value, "\n"), "\n")
	// The value is looked for by its first line long enough to tell it
	// apart: a block scalar may open with "(" alone (the RabbitMQ cluster
	// operator's alerts).
	anchor := slices.IndexFunc(lines, func(line string) bool { return len(strings.TrimSpace(line)) >= plainKeyMin })
	if anchor < 0 {
		return diag.Pos{}, textpos.Layout{}, false
	}
	// Each place the value is written, and whether it is written there
	// whole, as a scalar of its own: an expression is also a part of a
	// longer one (x < time() inside (x < time() + 5 * 86400) and ...).
	var found [][]diag.Pos
	var whole []bool
	for _, f := range l.plain {
	next:
		for a, al := range f.lines {
			i := a - anchor
			if !strings.Contains(al, lines[anchor]) || i < 0 || i+len(lines) > len(f.lines) {
				continue
			}
			fl := f.lines[i]
			col := strings.Index(fl, lines[0])
			if col < 0 {
				continue
			}
			at := []diag.Pos{{File: f.name, Line: i + 1, Col: utf8.RuneCountInString(fl[:col]) + 1}}
			end := fl[col+len(lines[0]):]
			for k := 1; k < len(lines); k++ {
				c := strings.Index(f.lines[i+k], lines[k])
				if lines[k] == "" {
					c = len(f.lines[i+k])
				}
				if c < 0 || strings.TrimSpace(f.lines[i+k][:c]) != "" {
					continue next
				}
				at = append(at, diag.Pos{File: f.name, Line: i + k + 1, Col: utf8.RuneCountInString(f.lines[i+k][:c]) + 1})
				end = f.lines[i+k][c+len(lines[k]):]
			}
			found = append(found, at)
			whole = append(whole, startsScalar(fl[:col]) && strings.Trim(end, " \t\"'") == "")
		}
	}
	switch n := len(found); {
	case n == 0:
		if len(lines) == 1 {
			return l.folded(value)
		}
		return diag.Pos{}, textpos.Layout{}, false
	case n > 1:
		// Written twice: the one place it is written whole, if one.
		var only []diag.Pos
		for i, at := range found {
			if whole[i] {
				if only != nil {
					return diag.Pos{}, textpos.Layout{}, false
				}
				only = at
			}
		}
		if only == nil {
			return diag.Pos{}, textpos.Layout{}, false
		}
		found = [][]diag.Pos{only}
	}
	if len(lines) == 1 {
		return found[0][0], textpos.Layout{}, true
	}
	return found[0][0], textpos.Layout{Lines: found[0]}, true
}

// startsScalar reports whether what a file line holds before a value
// starts a scalar there: a key (expr: ), a list item (- ), an opening
// quote after either, or nothing.
func startsScalar(before string) bool {
	b := strings.TrimRight(strings.TrimSpace(before), "\"'")
	return b == "" || strings.HasSuffix(b, ":") || strings.HasSuffix(b, "-")
}

// folded finds a one-line value written once as a YAML plain or quoted
// scalar folded over several lines (expr: (a != 4 and b\n      == 0)): its
// first line ends the file line it starts on, and each further file line,
// trimmed, continues it after a space. Each byte of the value is placed.
func (l *Literals) folded(value string) (diag.Pos, textpos.Layout, bool) {
	var at []textpos.Loc
	var file string
	for _, f := range l.plain {
		for i, fl := range f.lines {
			col := strings.Index(fl, value[:plainKeyMin])
			if col < 0 {
				continue
			}
			first := strings.TrimRight(fl[col:], " ")
			if !strings.HasPrefix(value, first) || len(first) == len(value) {
				continue
			}
			// place gives each byte of text, written from byte col of line
			// n, its line and (character) column.
			locs := make([]textpos.Loc, 0, len(value)+1)
			place := func(n int, line string, col int, text string) {
				c := utf8.RuneCountInString(line[:col]) + 1
				for k := range text {
					locs = append(locs, textpos.Loc{Line: n, Col: c + utf8.RuneCountInString(text[:k])})
				}
			}
			end := func(n int) textpos.Loc { return textpos.Loc{Line: n, Col: utf8.RuneCountInString(f.lines[n-1]) + 1} }
			place(i+1, fl, col, first)
			done, j := len(first), i+1
			for done < len(value) && j < len(f.lines) {
				part := strings.TrimSpace(f.lines[j])
				if part == "" || !strings.HasPrefix(value[done:], " "+part) {
					break
				}
				locs = append(locs, end(j)) // the folded line break
				place(j+1, f.lines[j], strings.Index(f.lines[j], part), part)
				done += 1 + len(part)
				j++
			}
			if done != len(value) {
				continue
			}
			if at != nil {
				return diag.Pos{}, textpos.Layout{}, false // written twice
			}
			at, file = append(locs, end(j)), f.name
		}
	}
	if at == nil {
		return diag.Pos{}, textpos.Layout{}, false
	}
	return diag.Pos{File: file, Line: at[0].Line, Col: at[0].Col}, textpos.Layout{At: at}, true
}
