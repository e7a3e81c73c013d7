package speccodec

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// Encode writes a catalogue as one spec file: the inverse of the strict
// decoder, with fields in declaration order and empty fields left out, so
// that loading the result gives the same catalogue back. header, if set, is
// written first as comment lines.
func Encode(c *catalogue.Catalogue, header string) ([]byte, error) {
	root := encodeValue(reflect.ValueOf(c).Elem())
	if root == nil {
		root = &yaml.Node{Kind: yaml.MappingNode}
	}
	var b bytes.Buffer
	for _, line := range strings.Split(strings.TrimSpace(header), "\n") {
		if line != "" {
			b.WriteString("# " + line + "\n")
		}
	}
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("encode catalogue: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writtenZero returns the node of a zero field its source wrote (a rule's
// for: 0s), or nil for a type without one.
func writtenZero(v reflect.Value) *yaml.Node {
	if v.Type() == durationType {
		return scalarNode(catalogue.Duration(0).String(), "!!str")
	}
	return nil
}

// encodeValue returns the node for v, or nil when v is empty.
func encodeValue(v reflect.Value) *yaml.Node {
	switch v.Type() {
	case exprType:
		e := v.Interface().(catalogue.Expr)
		if e.Text == "" {
			return nil
		}
		n := scalarNode(e.Text, "!!str")
		if strings.Contains(e.Text, "\n") {
			n.Style = yaml.LiteralStyle
		}
		return n
	case durationType:
		d := v.Interface().(catalogue.Duration)
		if d == 0 {
			return nil
		}
		return scalarNode(d.String(), "!!str")
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		n := encodeValue(v.Elem())
		if n == nil && v.Elem().Kind() == reflect.Struct {
			return &yaml.Node{Kind: yaml.MappingNode} // a set but empty section
		}
		return n
	case reflect.Struct:
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, f := range yamlFields(v.Type()) {
			child := encodeValue(v.Field(f.index))
			if child == nil && f.written >= 0 && v.Field(f.written).Bool() {
				child = writtenZero(v.Field(f.index))
			}
			if child != nil {
				m.Content = append(m.Content, scalarNode(f.key, "!!str"), child)
			}
		}
		if len(m.Content) == 0 {
			return nil
		}
		return m
	case reflect.Slice:
		if v.Len() == 0 {
			return nil
		}
		s := &yaml.Node{Kind: yaml.SequenceNode}
		scalars := true
		for i := 0; i < v.Len(); i++ {
			item := encodeValue(v.Index(i))
			if item == nil {
				item = &yaml.Node{Kind: yaml.MappingNode}
				if v.Index(i).Kind() != reflect.Struct {
					item = scalarNode("", "!!str")
				}
			}
			scalars = scalars && item.Kind == yaml.ScalarNode
			s.Content = append(s.Content, item)
		}
		if scalars && v.Len() <= 8 {
			s.Style = yaml.FlowStyle
		}
		return s
	case reflect.Map:
		if v.Len() == 0 {
			return nil
		}
		keys := make([]string, 0, v.Len())
		for _, k := range v.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, k := range keys {
			val := v.MapIndex(reflect.ValueOf(k))
			m.Content = append(m.Content, scalarNode(k, "!!str"), scalarNode(val.String(), "!!str"))
		}
		return m
	case reflect.String:
		if v.String() == "" {
			return nil
		}
		return scalarNode(v.String(), "!!str")
	case reflect.Bool:
		if !v.Bool() {
			return nil
		}
		return scalarNode("true", "!!bool")
	case reflect.Int:
		if v.Int() == 0 {
			return nil
		}
		return scalarNode(strconv.FormatInt(v.Int(), 10), "!!int")
	case reflect.Float64:
		text := strconv.FormatFloat(v.Float(), 'g', -1, 64)
		if _, err := strconv.ParseInt(text, 10, 64); err == nil {
			return scalarNode(text, "!!int") // 99, not !!float 99; read back as a float
		}
		return scalarNode(text, "!!float")
	}
	panic(fmt.Sprintf("catalogue: encoder does not handle %s", v.Type()))
}

// scalarNode returns a scalar with an explicit tag, so that the encoder
// quotes strings that would otherwise read back as numbers or booleans.
func scalarNode(value, tag string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: value, Tag: tag}
	if strings.Contains(value, "\n") && tag == "!!str" {
		n.Style = yaml.LiteralStyle
		if strings.HasSuffix(value, " ") || strings.Contains(value, " \n") || strings.HasPrefix(value, " ") || strings.Contains(value, "\t") {
			n.Style = yaml.DoubleQuotedStyle
		}
	}
	return n
}
