package speccodec

import (
	"fmt"
	"reflect"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
	"go.yaml.in/yaml/v3"
)

// Values that come out of a Jsonnet evaluation carry no source position:
// go-jsonnet keeps no map from output values to the code that made them.
// locateJsonnetValues recovers the cheap, certain cases: a string value that
// equals exactly one string literal of the spec file is pointed at that
// literal (with its layout, so that PromQL offsets map to columns), and a
// value whose field name is written exactly once in the file is pointed at
// that field. Everything else keeps its path.

// DecodeJsonnet decodes the evaluated document root of the Jsonnet file
// data, then points values and the problems found in them back at the
// source where that is certain.
func DecodeJsonnet(file string, data, out []byte, root *yaml.Node, diags *diag.List) *catalogue.Catalogue {
	first := len(*diags)
	part := DecodeNode(file, out, root, false, diags)
	if part != nil {
		locateJsonnetValues(file, data, root, part, (*diags)[first:])
	}
	return part
}

// locateJsonnetValues gives the values of part (decoded from root, the
// evaluation of src) and the diagnostics already reported about them the
// positions of the literals and fields they came from, where that is
// certain. Positions keep their path, so that values made by one literal
// stay apart.
func locateJsonnetValues(file string, src []byte, root *yaml.Node, part *catalogue.Catalogue, diags []diag.Diagnostic) {
	js := jsonnetbox.Index(file, src)
	if js == nil {
		return
	}
	locs := map[string]jsonnetbox.Located{}
	keys := map[string]catalogue.Pos{}
	walkJsonnet(js, root, "", "", locs, keys)
	if len(locs) == 0 && len(keys) == 0 {
		return
	}
	remap := func(p catalogue.Pos) catalogue.Pos {
		if p.File != file || p.Line != 0 {
			return p
		}
		if l, ok := locs[p.Path]; ok {
			q := l.Pos
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
	fields := make(map[catalogue.Pos]map[string]catalogue.Pos, len(part.Positions().FieldPos))
	for k, m := range part.Positions().FieldPos {
		nm := make(map[string]catalogue.Pos, len(m))
		for name, p := range m {
			nm[name] = remap(p)
		}
		fields[remap(k)] = nm
	}
	part.Positions().FieldPos = fields
	if part.Positions().BadPos != nil {
		bad := make(map[catalogue.Pos]bool, len(part.Positions().BadPos))
		for k := range part.Positions().BadPos {
			bad[remap(k)] = true
		}
		part.Positions().BadPos = bad
	}
	remapValue(reflect.ValueOf(part).Elem(), remap, locs)
}

// remapValue rewrites every Pos inside v, and gives expressions the layout
// of their literal.
func remapValue(v reflect.Value, remap func(catalogue.Pos) catalogue.Pos, locs map[string]jsonnetbox.Located) {
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
				v.Set(reflect.ValueOf(remap(v.Interface().(catalogue.Pos))))
			}
			return
		case exprType:
			if !v.CanAddr() {
				return
			}
			e := v.Addr().Interface().(*catalogue.Expr)
			old := e.Pos
			if e.Pos = remap(old); e.Pos != old {
				*e = catalogue.NewExprWithLayout(e.Text, e.Pos, locs[old.Path].Layout)
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

// walkJsonnet records the location of each value of the evaluated document
// whose origin is certain, by the path the decoder gives it: a string that
// one literal of the file spells is at that literal, any other value whose
// field name the file writes once is at that field.
func walkJsonnet(js *jsonnetbox.Source, n *yaml.Node, path, key string, locs map[string]jsonnetbox.Located, keys map[string]catalogue.Pos) {
	field, named := js.Field(key)
	if named {
		keys[path] = field
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			walkJsonnet(js, c, path, key, locs, keys)
		}
		return
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			walkJsonnet(js, n.Content[i+1], joinPath(path, k), k, locs, keys)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			walkJsonnet(js, c, fmt.Sprintf("%s[%d]", path, i), "", locs, keys)
		}
	case yaml.ScalarNode:
		if n.Tag == "!!str" {
			if l, ok := js.Literal(n.Value); ok {
				locs[path] = l
				return
			}
		}
	}
	if named {
		locs[path] = jsonnetbox.Located{Pos: field}
	}
}
