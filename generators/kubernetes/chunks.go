package kubernetes

import (
	"bytes"

	"github.com/obsgen/obsgen/generators"
	"go.yaml.in/yaml/v3"
)

// ruleChunk is how many rule groups, or rules of one group, one encoder
// writes (see generators.YAMLSeq for why).
const ruleChunk = 32

// Indentation of the rule groups (spec.groups) and of their rules in a
// PrometheusRule: the columns of their "- ".
const (
	groupsColumn = 4
	rulesColumn  = 8
)

// encodeNode writes n as one Encode of a two-space encoder does.
func encodeNode(n *yaml.Node) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ruleDocYAML writes the document doc of a PrometheusRule as encodeNode
// does, but its rule groups, and the rules of each, a chunk at a time:
// they end the document (spec is the object's last key, groups the spec's,
// rules each group's), so what follows the first chunk is the rest of a
// sequence at a known column. ok is false, with nothing written, for a
// document of another shape.
func ruleDocYAML(doc *yaml.Node) (out []byte, ok bool, err error) {
	groups := lastValue(lastValue(docRoot(doc), "spec"), "groups")
	if groups == nil || groups.Kind != yaml.SequenceNode || groups.Style != 0 || len(groups.Content) == 0 {
		return nil, false, nil
	}
	for _, g := range groups.Content {
		if r := lastValue(g, "rules"); r == nil || r.Kind != yaml.SequenceNode || r.Style != 0 {
			return nil, false, nil
		}
	}
	all := groups.Content
	defer func() { groups.Content = all }()
	groups.Content = all[:1]
	out, err = withRulesChunked(all[0], rulesColumn, func() ([]byte, error) { return encodeNode(doc) })
	if err != nil {
		return nil, false, err
	}
	for _, g := range all[1:] {
		item := &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{g}}
		text, err := withRulesChunked(g, rulesColumn-groupsColumn, func() ([]byte, error) { return encodeNode(item) })
		if err != nil {
			return nil, false, err
		}
		out = generators.Indent(out, text, groupsColumn)
	}
	return out, true, nil
}

// withRulesChunked returns what write writes with the rules of group g
// cut to the first chunk, followed by the rest of them, their "- " at
// column (where write's output has them).
func withRulesChunked(g *yaml.Node, column int, write func() ([]byte, error)) ([]byte, error) {
	rules := lastValue(g, "rules")
	all := rules.Content
	defer func() { rules.Content = all }()
	rules.Content = all[:min(len(all), ruleChunk)]
	out, err := write()
	if err != nil || len(all) <= ruleChunk {
		return out, err
	}
	for i := ruleChunk; i < len(all); i += ruleChunk {
		chunk := &yaml.Node{Kind: yaml.SequenceNode, Content: all[i:min(i+ruleChunk, len(all))]}
		text, err := encodeNode(chunk)
		if err != nil {
			return nil, err
		}
		out = generators.Indent(out, text, column)
	}
	return out, nil
}

// docRoot returns the node a document holds.
func docRoot(doc *yaml.Node) *yaml.Node {
	if doc == nil || doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil
	}
	return doc.Content[0]
}

// lastValue returns the value of the block mapping m's last key when that
// key is key, or nil.
func lastValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode || m.Style != 0 || len(m.Content) < 2 {
		return nil
	}
	if k := m.Content[len(m.Content)-2]; k.Kind != yaml.ScalarNode || k.Value != key {
		return nil
	}
	return m.Content[len(m.Content)-1]
}
