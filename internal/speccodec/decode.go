package speccodec

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/suggest"
	"github.com/obsgen/obsgen/internal/textpos"
	"github.com/prometheus/common/model"
	"go.yaml.in/yaml/v3"
)

// maxNodes bounds how many YAML nodes one file may expand to, aliases
// included, so that an alias bomb fails quickly instead of eating memory.
const maxNodes = 1_000_000

// decoder maps a YAML node tree onto the catalogue types strictly: unknown
// fields, duplicate keys and wrong types are all reported, with positions,
// and decoding carries on past each problem.
type decoder struct {
	file string
	src  []byte
	// positions is false for documents evaluated from Jsonnet, whose line
	// numbers say nothing about the source; values then carry their path.
	positions bool
	diags     *diag.List
	nodes     int
	exhausted bool
	// fields records, per struct position, the position of each field's
	// value (and of each item of a scalar list, as key[i], and each value of
	// a string map, as key.name).
	fields map[catalogue.Pos]map[string]catalogue.Pos
	// bad records the positions of values that had the wrong type, so
	// validation does not also call them missing.
	bad map[catalogue.Pos]bool
	// lines is src split into lines, made once on first use.
	lines []string
	// key is the struct field being decoded, and mapValue whether the value
	// at hand is a value of a map in it: together they tell free text from
	// names (see decode_text.go).
	key      string
	mapValue bool
}

// sourceLines returns the source split into lines, computing it once.
func (d *decoder) sourceLines() []string {
	if d.lines == nil {
		d.lines = strings.Split(string(d.src), "\n")
	}
	return d.lines
}

var (
	exprType     = reflect.TypeOf(catalogue.Expr{})
	durationType = reflect.TypeOf(catalogue.Duration(0))
	posType      = reflect.TypeOf(catalogue.Pos{})
)

// pos returns the position of n, or of its path when positions are off.
func (d *decoder) pos(n *yaml.Node, path string) catalogue.Pos {
	if !d.positions {
		return catalogue.Pos{File: d.file, Path: path}
	}
	return catalogue.Pos{File: d.file, Line: n.Line, Col: n.Column}
}

func (d *decoder) errorf(n *yaml.Node, path, code, format string, args ...any) {
	p := d.pos(n, path)
	if code == "wrong-type" {
		if d.bad == nil {
			d.bad = map[catalogue.Pos]bool{}
		}
		d.bad[p] = true
	}
	d.diags.Errorf(p, code, format, args...)
}

// decode fills v from n. path is the dotted path of the value, for messages.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	if d.exhausted {
		return
	}
	d.nodes++
	if d.nodes > maxNodes {
		d.exhausted = true
		d.errorf(n, path, "too-large", "document expands to more than %d nodes (alias bomb?)", maxNodes)
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) > 0 {
			d.decode(n.Content[0], v, path)
		}
		return
	case yaml.AliasNode:
		if n.Alias == nil {
			return
		}
		d.decode(n.Alias, v, path)
		return
	}
	if isNull(n) {
		return // leave the zero value
	}
	switch v.Type() {
	case exprType:
		d.decodeExpr(n, v, path)
		return
	case durationType:
		s, ok := d.scalar(n, path, "a duration such as 5m")
		if !ok {
			return
		}
		dur, err := model.ParseDuration(s)
		if err != nil {
			d.errorf(n, path, "bad-duration", "bad duration %q: use a number and a unit such as 30s, 5m, 1h or 1h30m", s)
			return
		}
		v.SetInt(int64(dur))
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if elem := v.Type().Elem(); elem.Kind() == reflect.Struct && elem != exprType && n.Kind != yaml.MappingNode {
			// Leave the section unset rather than half-made.
			d.errorf(n, path, "wrong-type", "expected a mapping, got %s", kindName(n))
			return
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(n, v.Elem(), path)
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Slice:
		d.decodeSlice(n, v, path)
	case reflect.Map:
		d.decodeMap(n, v, path)
	case reflect.String:
		if s, ok := d.scalar(n, path, "a string"); ok {
			v.SetString(d.checkString(n, path, s, false))
		}
	case reflect.Bool:
		if s, ok := d.scalar(n, path, "true or false"); ok {
			b, err := strconv.ParseBool(s)
			if err != nil || n.Tag != "!!bool" {
				d.errorf(n, path, "wrong-type", "expected true or false, got %q", s)
				return
			}
			v.SetBool(b)
		}
	case reflect.Int:
		if s, ok := d.scalar(n, path, "a whole number"); ok {
			i, err := strconv.Atoi(s)
			if err != nil || n.Tag != "!!int" {
				d.errorf(n, path, "wrong-type", "expected a whole number, got %q", s)
				return
			}
			v.SetInt(int64(i))
		}
	case reflect.Float64:
		if _, ok := d.scalar(n, path, "a number"); ok {
			f, plain := plainDecimal(n.Value)
			plain = plain && n.Style&yaml.TaggedStyle == 0 // a tag yaml.v3 reads
			if (n.Tag != "!!int" && n.Tag != "!!float") || !plain && n.Decode(&f) != nil {
				hint := ""
				if special[strings.ToLower(strings.TrimLeft(n.Value, "+-"))] {
					hint = " (YAML writes infinity .inf or -.inf, and not-a-number .nan)"
				}
				d.errorf(n, path, "wrong-type", "expected a number, got %q%s", n.Value, hint)
				return
			}
			v.SetFloat(f)
		}
	default:
		panic(fmt.Sprintf("catalogue: decoder does not handle %s", v.Type()))
	}
}

// plainDecimal reads a number written with digits, a sign, a point and an
// exponent as yaml.v3 reads it (an integer first, with Go's prefixes, as
// its resolver does, then a float); ok is false for anything else (.inf,
// hexadecimal, underscores), which yaml.v3 itself then decodes: decoding
// through it makes a decoder per number, which was half of decoding a
// spec.
func plainDecimal(s string) (f float64, ok bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == '.', c == 'e', c == 'E', c == '-', c == '+':
		default:
			return 0, false
		}
	}
	if i, err := strconv.ParseInt(s, 0, 64); err == nil {
		return float64(i), true
	}
	if u, err := strconv.ParseUint(s, 0, 64); err == nil {
		return float64(u), true
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// resolve follows aliases to the node they stand for.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// isNull reports whether n is an explicit or empty null.
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// scalar returns n's value if it is a scalar, else reports a type error.
func (d *decoder) scalar(n *yaml.Node, path, want string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, path, "wrong-type", "expected %s, got %s", want, kindName(n))
		return "", false
	}
	return n.Value, true
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return quoteShort(n.Value)
	}
	return "something else"
}

// quoteShort quotes the start of a value for a message: its first line, at
// most 40 characters, so that a message never carries a whole file (a
// spec file that is really /etc/passwd, say).
func quoteShort(s string) string {
	line, _, multi := strings.Cut(s, "\n")
	cut := multi
	if r := []rune(line); len(r) > 40 {
		line, cut = string(r[:40]), true
	}
	if cut {
		return strconv.Quote(line) + "…"
	}
	return strconv.Quote(line)
}

// fieldInfo is one settable field of a struct, by YAML key.
type fieldInfo struct {
	index int
	key   string
	// written is the index of the bool field that records the field was
	// written even when zero (the field's written tag), or -1.
	written int
}

// yamlFields lists the YAML keys of a struct type, skipping "-".
func yamlFields(t reflect.Type) []fieldInfo {
	var out []fieldInfo
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		written := -1
		if name := f.Tag.Get("written"); name != "" {
			w, ok := t.FieldByName(name)
			if !ok || w.Type.Kind() != reflect.Bool || len(w.Index) != 1 {
				panic("speccodec: " + t.String() + "." + f.Name + ": written tag names no bool field " + name)
			}
			written = w.Index[0]
		}
		out = append(out, fieldInfo{i, tag, written})
	}
	return out
}

// structInfo is what decoding needs to know of a struct type, worked out
// once per type: a spec of 200,000 items decodes as many structs.
type structInfo struct {
	byKey   map[string]int // field index by YAML key
	keys    []string       // the keys, sorted, for "did you mean"
	pos     []int          // index of the Pos field, or nil
	written map[int]int    // by field index, the bool field set when it is written
}

var structInfos sync.Map // reflect.Type → *structInfo

// structInfoOf returns the structInfo of t.
func structInfoOf(t reflect.Type) *structInfo {
	if i, ok := structInfos.Load(t); ok {
		return i.(*structInfo)
	}
	info := &structInfo{byKey: map[string]int{}}
	for _, f := range yamlFields(t) {
		info.byKey[f.key] = f.index
		info.keys = append(info.keys, f.key)
		if f.written >= 0 {
			if info.written == nil {
				info.written = map[int]int{}
			}
			info.written[f.index] = f.written
		}
	}
	sort.Strings(info.keys)
	if f, ok := t.FieldByName("Pos"); ok && f.Type == posType {
		info.pos = f.Index
	}
	i, _ := structInfos.LoadOrStore(t, info)
	return i.(*structInfo)
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, path, "wrong-type", "expected a mapping, got %s", kindName(n))
		return
	}
	t := v.Type()
	info := structInfoOf(t)
	structPos := d.pos(n, path)
	if info.pos != nil {
		v.FieldByIndex(info.pos).Set(reflect.ValueOf(structPos))
	}
	if d.fields == nil {
		d.fields = map[catalogue.Pos]map[string]catalogue.Pos{}
	}
	fieldPos := d.fields[structPos]
	if fieldPos == nil {
		fieldPos = make(map[string]catalogue.Pos, fieldPositions(n))
		d.fields[structPos] = fieldPos
	}
	byKey, keys := info.byKey, info.keys
	seen := make([]bool, t.NumField())
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, path, "wrong-type", "mapping keys must be strings")
			continue
		}
		if k.Value == "<<" {
			// Reported as the wrong type so that validation does not also
			// report the fields the merge would have supplied as missing.
			p := d.pos(k, path)
			fieldPos["<<"] = p
			if d.bad == nil {
				d.bad = map[catalogue.Pos]bool{}
			}
			d.bad[p] = true
			d.diags.Errorf(p, "unsupported", "merge keys (<<) are not supported; write the fields out or use an overlay")
			continue
		}
		sub := joinPath(path, k.Value)
		idx, ok := byKey[k.Value]
		if !ok {
			d.errorf(k, sub, "unknown-field", "unknown field %q in %s%s", k.Value, describe(path), suggest.HintField(k.Value, keys))
			if suggest.Closest(k.Value, keys) != "" {
				// A misspelt field (hepl: for help:): the field it
				// stands for is not also reported missing, so the cause
				// comes alone rather than after its consequence.
				p := d.pos(k, sub)
				fieldPos[k.Value] = p
				if d.bad == nil {
					d.bad = map[catalogue.Pos]bool{}
				}
				d.bad[p] = true
			}
			continue
		}
		if seen[idx] {
			d.errorf(k, sub, "duplicate-key", "field %q is set twice", k.Value)
			continue
		}
		seen[idx] = true
		if w, ok := info.written[idx]; ok {
			v.Field(w).SetBool(true)
		}
		fieldPos[k.Value] = d.pos(val, sub)
		// Paths are written out only where positions are not kept: d.pos
		// has no use for them otherwise.
		switch val.Kind {
		case yaml.SequenceNode:
			for i, item := range val.Content {
				var itemPath string
				if !d.positions {
					itemPath = indexPath(sub, i)
				}
				fieldPos[indexPath(k.Value, i)] = d.pos(item, itemPath)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(val.Content); i += 2 {
				name := val.Content[i].Value
				var namePath string
				if !d.positions {
					namePath = joinPath(sub, name)
				}
				fieldPos[k.Value+"."+name] = d.pos(val.Content[i+1], namePath)
				fieldPos[k.Value+"."+name+":key"] = d.pos(val.Content[i], namePath)
				if list := val.Content[i+1]; list.Kind == yaml.SequenceNode {
					// A map of lists (a metric's label_values): each item,
					// as key.name[j].
					for j, item := range list.Content {
						var itemPath string
						if !d.positions {
							itemPath = indexPath(namePath, j)
						}
						fieldPos[indexPath(k.Value+"."+name, j)] = d.pos(item, itemPath)
					}
				}
			}
		}
		key, mapValue := d.key, d.mapValue
		d.key, d.mapValue = k.Value, false
		d.decode(val, v.Field(idx), sub)
		d.key, d.mapValue = key, mapValue
	}
}

// fieldPositions is how many field positions decodeStruct records for the
// mapping n: one per field, per item of a list and two per entry of a map.
func fieldPositions(n *yaml.Node) int {
	count := 0
	for i := 1; i < len(n.Content); i += 2 {
		count++
		switch val := n.Content[i]; val.Kind {
		case yaml.SequenceNode, yaml.MappingNode:
			count += len(val.Content)
		}
	}
	return count
}

// indexPath is the path of item i of the list at path.
func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

func describe(path string) string {
	if path == "" {
		return "the spec"
	}
	return path
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, path, "wrong-type", "expected a list, got %s", kindName(n))
		return
	}
	elem := v.Type().Elem()
	structItems := elem.Kind() == reflect.Struct && elem != exprType
	s := reflect.MakeSlice(v.Type(), 0, len(n.Content))
	for i, item := range n.Content {
		itemPath := indexPath(path, i)
		if structItems && resolve(item).Kind != yaml.MappingNode {
			// A list item of the wrong shape is reported and dropped, so
			// that validation does not also report its fields as missing.
			d.errorf(item, itemPath, "wrong-type", "expected a mapping, got %s", kindName(resolve(item)))
			continue
		}
		s = reflect.Append(s, reflect.Zero(elem))
		d.decode(item, s.Index(s.Len()-1), itemPath)
	}
	v.Set(s)
}

func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, path, "wrong-type", "expected a mapping, got %s", kindName(n))
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, path, "wrong-type", "mapping keys must be strings")
			continue
		}
		sub := joinPath(path, k.Value)
		if seen[k.Value] {
			d.errorf(k, sub, "duplicate-key", "key %q is set twice", k.Value)
			continue
		}
		seen[k.Value] = true
		d.checkString(k, sub, k.Value, true)
		elem := reflect.New(v.Type().Elem()).Elem()
		if isNull(val) {
			d.errorf(val, sub, "wrong-type", "key %q has no value", k.Value)
			continue
		}
		mapValue := d.mapValue
		d.mapValue = true
		d.decode(val, elem, sub)
		d.mapValue = mapValue
		m.SetMapIndex(reflect.ValueOf(k.Value), elem)
	}
	v.Set(m)
}

// decodeExpr records the expression with enough layout to map offsets
// inside it back to file positions.
func (d *decoder) decodeExpr(n *yaml.Node, v reflect.Value, path string) {
	s, ok := d.scalar(n, path, "a PromQL expression")
	if !ok {
		return
	}
	if r, at, found := catalogue.FirstHidden(s, true); found {
		d.errorf(n, path, "hidden-character", "%s at character %d: a PromQL expression is plain printable text", catalogue.DescribeRune(r), at+1)
		// Nothing else is said about it: no lint of a text the reader
		// does not see, and no "missing" once it is dropped.
		if d.bad == nil {
			d.bad = map[catalogue.Pos]bool{}
		}
		d.bad[d.pos(n, path)] = true
		return
	}
	pos := d.pos(n, path)
	var layout textpos.Layout
	if d.positions {
		switch n.Style {
		case yaml.LiteralStyle, yaml.FoldedStyle:
			layout.Lines = textpos.BlockLines(d.sourceLines(), n.Line, strings.Count(s, "\n")+1, d.file)
			if len(layout.Lines) > 0 {
				pos = layout.Lines[0]
			}
			// Folding joins lines, and the end of a block lies past its
			// last line: map every offset to the character it came from.
			layout.At = textpos.BlockAt(d.sourceLines(), n.Line, s)
		case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
			if !strings.Contains(s, "\n") {
				layout.Cols = textpos.QuotedCols(d.sourceLines(), n.Line, n.Column, s, n.Style == yaml.DoubleQuotedStyle)
			}
			pos.Col++
		}
	}
	e := catalogue.NewExprWithLayout(s, pos, layout)
	v.Set(reflect.ValueOf(e))
}

// special are the spellings of infinity and not-a-number that PromQL and
// Go read but YAML does not (it writes .inf and .nan).
var special = map[string]bool{"inf": true, "infinity": true, "nan": true}
