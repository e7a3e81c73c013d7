package speccodec

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/suggest"
	"go.yaml.in/yaml/v3"
)

// Environment overlays.
//
// A service folder may hold overlays/<env>/ folders of YAML or Jsonnet files
// written like spec files (apiVersion first, then any sections). Loading
// with Options.Env set (obsgen --env <env>) merges that environment's files,
// in name order, over the base catalogue (the folder's own spec files,
// merged as usual), before validation. The rule:
//
//   - Mappings merge key by key: a field the overlay writes replaces the
//     base value, or, when both are structures (a section such as scrape,
//     a rule's runbook), is merged by the same rule; fields the overlay
//     does not write keep their base values.
//   - String maps (a rule's labels and annotations, a Kubernetes selector,
//     a Loki sink's labels) merge key by key; a key set to null is removed.
//   - Lists of named items merge item by item, matched by identity: labels
//     by name, label values by value, components, metric groups, metrics,
//     queries, rule groups, rule tests, journeys, log levels, log fields and
//     log sinks by name, query groups, rows, panels and notes by title,
//     dashboards by uid, rules by alert or record name, endpoints by
//     component, method and path, scrape targets by variant and job (the
//     job defaults to the service name), probes by kind and variant,
//     corrections by subject. The overlay item is merged into the base
//     item it names; metrics are named inside their group, rules inside
//     their group, panels inside their row.
//   - Other lists (a metric's labels and buckets, static targets, panel
//     queries, thresholds, test series, journey steps, ...) are replaced
//     whole.
//   - Scalars are replaced; null resets a field to unset.
//
// An overlay item that names nothing in the base catalogue, or names two
// items, is an error: a typo must not silently add an alert. An item (or a
// section) says otherwise with an overlay: key, which is not part of the
// catalogue:
//
//	overlay: add      the item is new and is appended (an error if the base has it)
//	overlay: replace  the item replaces the base item whole instead of merging
//	overlay: remove   the base item is dropped (write only what names it)
//
// Values an overlay sets keep the overlay file's positions, so that problems
// with them are reported in the overlay. An overlay file with errors of its
// own is not applied.

// directiveKey is the key of an overlay item's directive.
const directiveKey = "overlay"

// directive is an overlay item's overlay: value and where it was written.
type directive struct {
	op   string
	pos  catalogue.Pos
	used bool
}

// deletedKey is a string map key an overlay sets to null.
type deletedKey struct {
	name string
	pos  catalogue.Pos
}

// Overlay merges one overlay file into a catalogue.
type Overlay struct {
	c          *catalogue.Catalogue
	part       *catalogue.Catalogue
	file       string
	positions  bool
	svc        string
	diags      *diag.List
	directives map[*yaml.Node]*directive
	deletes    map[*yaml.Node][]deletedKey
	nodes      int
	// doc is the overlay document, prepared.
	doc *yaml.Node
}

// PrepareOverlay returns the Overlay of an overlay file of c, whose
// parsed document is root, with what the decoder must not see taken out
// of it (see prepare); positions is false for a document evaluated from
// Jsonnet.
func PrepareOverlay(c *catalogue.Catalogue, file string, root *yaml.Node, positions bool, diags *diag.List) *Overlay {
	o := &Overlay{
		c: c, file: file, positions: positions, svc: c.Service.Name, diags: diags,
		directives: map[*yaml.Node]*directive{}, deletes: map[*yaml.Node][]deletedKey{},
	}
	o.doc = root
	if o.doc.Kind == yaml.DocumentNode && len(o.doc.Content) > 0 {
		o.doc = o.doc.Content[0]
	}
	o.prepare(o.doc, reflect.TypeFor[catalogue.Catalogue](), "")
	return o
}

// pos is where node n (at path) was written in the overlay.
func (o *Overlay) pos(n *yaml.Node, path string) catalogue.Pos {
	if !o.positions {
		return catalogue.Pos{File: o.file, Path: path}
	}
	return catalogue.Pos{File: o.file, Line: n.Line, Col: n.Column}
}

// prepare walks the overlay document with the catalogue's types and takes
// out what the decoder must not see: overlay: directives of structures and
// null values of string maps, recording both.
func (o *Overlay) prepare(n *yaml.Node, t reflect.Type, path string) {
	if o.nodes++; o.nodes > maxNodes {
		return
	}
	n = resolve(n)
	switch {
	case t == exprType || t == durationType:
	case t.Kind() == reflect.Pointer:
		o.prepare(n, t.Elem(), path)
	case t.Kind() == reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return
		}
		types := map[string]reflect.Type{}
		for _, f := range yamlFields(t) {
			types[f.key] = t.Field(f.index).Type
		}
		for i := 0; i+1 < len(n.Content); {
			k, v := n.Content[i], n.Content[i+1]
			if k.Value == directiveKey && path != "" {
				o.directive(n, resolve(v), joinPath(path, directiveKey))
				n.Content = append(n.Content[:i], n.Content[i+2:]...)
				continue
			}
			if ft, ok := types[k.Value]; ok {
				o.prepare(v, ft, joinPath(path, k.Value))
			}
			i += 2
		}
	case t.Kind() == reflect.Slice:
		if n.Kind == yaml.SequenceNode {
			for i, item := range n.Content {
				o.prepare(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i))
			}
		}
	case t.Kind() == reflect.Map:
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); {
			k, v := n.Content[i], n.Content[i+1]
			if isNull(resolve(v)) {
				o.deletes[n] = append(o.deletes[n], deletedKey{k.Value, o.pos(k, joinPath(path, k.Value))})
				n.Content = append(n.Content[:i], n.Content[i+2:]...)
				continue
			}
			i += 2
		}
	}
}

// directive records the overlay: value v of mapping n.
func (o *Overlay) directive(n, v *yaml.Node, path string) {
	p := o.pos(v, path)
	if _, dup := o.directives[n]; dup {
		o.diags.Errorf(p, "duplicate-key", "field %q is set twice", directiveKey)
		return
	}
	switch {
	case v.Kind == yaml.ScalarNode && (v.Value == "add" || v.Value == "remove" || v.Value == "replace"):
		o.directives[n] = &directive{op: v.Value, pos: p}
	default:
		want := []string{"add", "remove", "replace"}
		o.diags.Errorf(p, "bad-value", "overlay: %s is not one of add, remove, replace%s", kindName(v), suggest.Hint(v.Value, want))
		o.directives[n] = &directive{op: "invalid", pos: p, used: true}
	}
}

// take returns the directive of mapping n, marking it used.
func (o *Overlay) take(n *yaml.Node) string {
	d := o.directives[n]
	if d == nil {
		return ""
	}
	d.used = true
	return d.op
}

// Apply merges part, the decoded overlay, into the catalogue, then reports
// directives that had nothing to act on.
func (o *Overlay) Apply(part *catalogue.Catalogue) {
	o.part = part
	for k, m := range o.part.Positions().FieldPos {
		o.c.Positions().FieldPos[k] = m
	}
	for k := range o.part.Positions().BadPos {
		if o.c.Positions().BadPos == nil {
			o.c.Positions().BadPos = map[catalogue.Pos]bool{}
		}
		o.c.Positions().BadPos[k] = true
	}
	o.mergeStruct(reflect.ValueOf(o.c).Elem(), reflect.ValueOf(o.part).Elem(), o.doc, "")
	var unused []*directive
	for _, d := range o.directives {
		if !d.used {
			unused = append(unused, d)
		}
	}
	sort.Slice(unused, func(i, j int) bool { return unused[i].pos.Less(unused[j].pos) })
	for _, d := range unused {
		o.diags.Errorf(d.pos, "overlay-ignored", "overlay: %s has no effect here: this list is replaced whole, or its parent is added or replaced whole", d.op)
	}
}

// posField returns the Pos of a struct value, or the zero Pos.
func posField(v reflect.Value) catalogue.Pos {
	if v.Kind() != reflect.Struct {
		return catalogue.Pos{}
	}
	if f := v.FieldByName("Pos"); f.IsValid() && f.Type() == posType {
		return f.Interface().(catalogue.Pos)
	}
	return catalogue.Pos{}
}

// mergeStruct merges src (decoded from the overlay mapping n) into dst:
// only the fields n writes.
func (o *Overlay) mergeStruct(dst, src reflect.Value, n *yaml.Node, path string) {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		return
	}
	index := map[string]int{}
	for _, f := range yamlFields(dst.Type()) {
		index[f.key] = f.index
	}
	dstPos, srcPos := posField(dst), posField(src)
	for i := 0; i+1 < len(n.Content); i += 2 {
		key := n.Content[i].Value
		idx, ok := index[key]
		if !ok || (path == "" && key == "apiVersion") {
			continue
		}
		o.mergeValue(dst.Field(idx), src.Field(idx), n.Content[i+1], joinPath(path, key))
		o.fieldPositions(dstPos, srcPos, key, dst.Field(idx))
	}
}

// mergeValue merges one field's value by the overlay rule.
func (o *Overlay) mergeValue(dst, src reflect.Value, n *yaml.Node, path string) {
	n = resolve(n)
	t := dst.Type()
	if isNull(n) {
		dst.Set(reflect.Zero(t))
		return
	}
	switch {
	case t == exprType || t == durationType:
		dst.Set(src)
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct:
		op := o.take(n)
		switch {
		case op == "remove" && dst.IsNil(), op == "replace" && dst.IsNil():
			o.diags.Errorf(o.directivePos(n), "overlay-unknown", "%s is not in the base catalogue: there is nothing to %s", path, op)
		case op == "add" && !dst.IsNil():
			o.diags.Errorf(o.directivePos(n), "overlay-exists", "%s is already in the base catalogue: drop overlay: add to change it", path)
		case op == "remove":
			dst.Set(reflect.Zero(t))
		case op == "replace", op == "add", dst.IsNil():
			dst.Set(src)
		case op == "":
			o.mergeStruct(dst.Elem(), src.Elem(), n, path)
		}
	case t.Kind() == reflect.Struct:
		switch op := o.take(n); op {
		case "replace":
			dst.Set(src)
		case "":
			o.mergeStruct(dst, src, n, path)
		case "add", "remove":
			o.diags.Errorf(o.directivePos(n), "bad-value", "%s is always there, so overlay: %s does not apply: merge into it, or write overlay: replace", path, op)
		}
	case t.Kind() == reflect.Map:
		o.mergeMap(dst, src, n, path)
	case t.Kind() == reflect.Slice:
		if id, ok := catalogue.IdentityOf(t.Elem()); ok {
			o.mergeList(dst, src, n, path, id)
		} else {
			dst.Set(src)
		}
	default:
		dst.Set(src)
	}
}

// directivePos is where mapping n's directive was written.
func (o *Overlay) directivePos(n *yaml.Node) catalogue.Pos {
	if d := o.directives[n]; d != nil {
		return d.pos
	}
	return o.pos(n, "")
}

// mergeMap merges a string map key by key; keys set to null are removed.
func (o *Overlay) mergeMap(dst, src reflect.Value, n *yaml.Node, path string) {
	m := reflect.MakeMap(dst.Type())
	iter := dst.MapRange()
	for iter.Next() {
		m.SetMapIndex(iter.Key(), iter.Value())
	}
	iter = src.MapRange()
	for iter.Next() {
		m.SetMapIndex(iter.Key(), iter.Value())
	}
	for _, d := range o.deletes[n] {
		k := reflect.ValueOf(d.name)
		if !m.MapIndex(k).IsValid() {
			o.diags.Errorf(d.pos, "overlay-unknown", "%s has no key %q to remove%s", path, d.name, suggest.Hint(d.name, mapKeys(m)))
			continue
		}
		m.SetMapIndex(k, reflect.Value{})
	}
	if m.Len() == 0 {
		m = reflect.Zero(dst.Type())
	}
	dst.Set(m)
}

func mapKeys(m reflect.Value) []string {
	var out []string
	for _, k := range m.MapKeys() {
		out = append(out, k.String())
	}
	sort.Strings(out)
	return out
}

// mergeList merges a list of named items item by item.
func (o *Overlay) mergeList(dst, src reflect.Value, n *yaml.Node, path string, id catalogue.Identity) {
	if n.Kind != yaml.SequenceNode {
		return
	}
	list := reflect.AppendSlice(reflect.MakeSlice(dst.Type(), 0, dst.Len()+src.Len()), dst)
	j := 0
	for _, item := range n.Content {
		itemNode := resolve(item)
		if itemNode.Kind != yaml.MappingNode || j >= src.Len() {
			continue // dropped by the decoder, and reported
		}
		it := src.Index(j)
		j++
		op := o.take(itemNode)
		name := id.Name(it, o.svc)
		at := o.namePos(it, id)
		var names []string
		var matches []int
		for k := 0; k < list.Len(); k++ {
			other := id.Name(list.Index(k), o.svc)
			names = append(names, other)
			if name != "" && other == name {
				matches = append(matches, k)
			}
		}
		switch {
		case op == "add":
			if len(matches) > 0 {
				o.diags.Errorf(at, "overlay-exists", "%s %q is already in the base catalogue: drop overlay: add to change it", id.What, name)
				continue
			}
			list = reflect.Append(list, it)
			continue
		case name == "":
			o.diags.Errorf(at, "overlay-unnamed", "this %s has no %s, so it names no %s of the base catalogue: write its %s, or overlay: add to add it",
				id.What, id.Key, id.What, id.Key)
			continue
		case len(matches) == 0:
			o.diags.Errorf(at, "overlay-unknown", "%s %q is not in the base catalogue (to add it, write overlay: add)%s",
				id.What, name, suggest.Hint(name, names))
			continue
		case len(matches) > 1:
			if m := variantMatches(list, it, matches); len(m) == 1 {
				matches = m
				break
			}
			o.diags.Errorf(at, "overlay-ambiguous", "%s %q names %d items of the base catalogue; an overlay can only change one%s",
				id.What, name, len(matches), variantHint(it))
			continue
		}
		k := matches[0]
		switch op {
		case "remove":
			list = reflect.AppendSlice(list.Slice(0, k), list.Slice(k+1, list.Len()))
		case "replace":
			list.Index(k).Set(it)
		default:
			o.mergeStruct(list.Index(k), it, itemNode, fmt.Sprintf("%s[%d]", path, k))
		}
	}
	if list.Len() == 0 {
		list = reflect.Zero(dst.Type())
	}
	dst.Set(list)
}

// variantMatches narrows the base rules an overlay rule names to the
// variants whose labels include every label the overlay rule gives: an
// overlay picks the critical variant of an alert with labels: {severity:
// critical}. Other items are not narrowed.
func variantMatches(list, item reflect.Value, matches []int) []int {
	r, ok := item.Interface().(catalogue.Rule)
	if !ok || len(r.Labels) == 0 {
		return matches
	}
	var out []int
	for _, k := range matches {
		base := list.Index(k).Interface().(catalogue.Rule)
		all := true
		for key, v := range r.Labels {
			all = all && base.Labels[key] == v
		}
		if all {
			out = append(out, k)
		}
	}
	return out
}

// variantHint tells how to name one variant of an alert.
func variantHint(item reflect.Value) string {
	if _, ok := item.Interface().(catalogue.Rule); ok {
		return " (several rules share the name: give the labels that tell its variant apart, e.g. labels: {severity: critical})"
	}
	return ""
}

// namePos is where an overlay item wrote what names it, or the item.
func (o *Overlay) namePos(item reflect.Value, id catalogue.Identity) catalogue.Pos {
	p := posField(item)
	for _, f := range id.Fields() {
		if fp, ok := o.part.Positions().FieldPos[p][f]; ok {
			return fp
		}
	}
	return p
}

// fieldPositions points the positions of field key of the base struct at
// dstPos to what the overlay wrote (the struct at srcPos): the value, each
// list item and each map entry.
func (o *Overlay) fieldPositions(dstPos, srcPos catalogue.Pos, key string, value reflect.Value) {
	if dstPos == (catalogue.Pos{}) {
		return
	}
	dm := o.c.Positions().FieldPos[dstPos]
	if dm == nil {
		dm = map[string]catalogue.Pos{}
		o.c.Positions().FieldPos[dstPos] = dm
	}
	sm := o.part.Positions().FieldPos[srcPos]
	if p, ok := sm[key]; ok {
		dm[key] = p
	}
	switch value.Kind() {
	case reflect.Slice:
		for k := range dm {
			if strings.HasPrefix(k, key+"[") {
				delete(dm, k)
			}
		}
		for i := 0; i < value.Len(); i++ {
			item := fmt.Sprintf("%s[%d]", key, i)
			if p := posField(value.Index(i)); p != (catalogue.Pos{}) {
				dm[item] = p
			} else if p, ok := sm[item]; ok {
				dm[item] = p
			}
		}
	case reflect.Map:
		for k := range dm {
			if name, ok := strings.CutPrefix(k, key+"."); ok && !value.MapIndex(reflect.ValueOf(strings.TrimSuffix(name, ":key"))).IsValid() {
				delete(dm, k)
			}
		}
		for k, p := range sm {
			if strings.HasPrefix(k, key+".") {
				dm[k] = p
			}
		}
	}
}
