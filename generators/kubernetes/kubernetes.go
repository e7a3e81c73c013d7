// Package kubernetes generates the prometheus-operator objects of a
// service: a PrometheusRule holding the same rule groups as the rule files,
// and a ServiceMonitor per scrape job. Both are built from the operator's
// Go types (monitoring.coreos.com/v1) and written as YAML. The health
// generator writes the probe snippets beside them (probes*.yaml).
package kubernetes

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"go.yaml.in/yaml/v3"
)

// Generator writes out/<service>/kubernetes/prometheusrule.yaml,
// servicemonitor.yaml and operator-probe.yaml.
type Generator struct{}

// Name implements generators.Generator.
func (Generator) Name() string { return "kubernetes" }

// Generate implements generators.Generator.
func (Generator) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	dir := generators.Join(c.Service.Name, "kubernetes")
	var files []generators.File
	if len(PrometheusRule(c).Spec.Groups) > 0 {
		data, err := RuleFile(c)
		if err != nil {
			return nil, err
		}
		files = append(files, generators.File{Path: generators.Join(dir, "prometheusrule.yaml"), Data: data})
	}
	if mons := ServiceMonitors(c); len(mons) > 0 {
		data, err := ServiceMonitorFile(c)
		if err != nil {
			return nil, err
		}
		files = append(files, generators.File{Path: generators.Join(dir, "servicemonitor.yaml"), Data: data})
	}
	if len(Probes(c)) > 0 {
		data, err := ProbeFile(c)
		if err != nil {
			return nil, err
		}
		files = append(files, generators.File{Path: generators.Join(dir, "operator-probe.yaml"), Data: data})
	}
	return files, nil
}

// objectLabels are the labels every generated object carries.
func objectLabels(c *catalogue.Catalogue) map[string]string {
	return map[string]string{
		"app.kubernetes.io/name":       dnsLabel(c.Service.Name),
		"app.kubernetes.io/managed-by": "obsgen",
	}
}

// dnsLabel reduces s to a DNS-1123 label, as Kubernetes object names and
// label values need: lower-case letters, digits and dashes, at most 63
// characters, starting and ending with a letter or digit.
func dnsLabel(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteRune('-')
		}
	}
	out := strings.Trim(b.String(), "-")
	if len(out) > 63 {
		out = strings.TrimRight(out[:63], "-")
	}
	if out == "" {
		out = "obsgen"
	}
	return out
}

// documents marshals objects as a multi-document YAML stream after header.
// Each goes through encoding/json first, so the operator types' json tags
// (omitempty, omitzero, inline) decide what is written, then into
// two-space block YAML with keys in field order, without line wrapping.
func documents(header string, objects ...any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header)
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	for _, o := range objects {
		doc, err := docNode(o)
		if err != nil {
			return nil, err
		}
		if len(objects) == 1 {
			// One object, maybe a PrometheusRule of thousands of rules:
			// written a chunk at a time when it is one.
			data, ok, err := ruleDocYAML(doc)
			if err != nil {
				return nil, err
			}
			if ok {
				b.Write(data)
				return b.Bytes(), nil
			}
		}
		if err := enc.Encode(doc); err != nil {
			return nil, err
		}
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// docNode returns the YAML document of object o as documents writes it:
// through encoding/json, in block style, apiVersion first.
func docNode(o any) (*yaml.Node, error) {
	js, err := json.Marshal(o)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(yamlReadable(js), &doc); err != nil {
		return nil, err
	}
	block(&doc)
	if len(doc.Content) == 1 {
		apiVersionFirst(doc.Content[0])
	}
	return &doc, nil
}

// block resets the JSON styles (flow collections, quoted strings) so the
// encoder picks plain block YAML, quoting only where YAML needs it, and
// drops keys whose value is an empty object: struct fields the operator
// types cannot omit (namespaceSelector: {} means the same as no selector).
func block(n *yaml.Node) {
	n.Style = 0
	if n.Kind == yaml.MappingNode {
		kept := n.Content[:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			v := n.Content[i+1]
			if v.Kind == yaml.MappingNode && len(v.Content) == 0 {
				continue
			}
			kept = append(kept, n.Content[i], v)
		}
		n.Content = kept
	}
	for _, c := range n.Content {
		block(c)
	}
}

// apiVersionFirst moves an object's apiVersion key before kind, the order
// Kubernetes manifests are written in.
func apiVersionFirst(m *yaml.Node) {
	if m.Kind != yaml.MappingNode {
		return
	}
	for i := 2; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "apiVersion" {
			k, v := m.Content[i], m.Content[i+1]
			copy(m.Content[2:i+2], m.Content[0:i])
			m.Content[0], m.Content[1] = k, v
			return
		}
	}
}

// yamlReadable escapes, as \uXXXX, the characters a YAML reader refuses as
// input, or reads as a line break, but encoding/json leaves raw (DEL, the
// C1 controls including NEL, U+FEFF, U+FFFE,
// U+FFFF). In JSON they can only stand inside strings, where the escape
// means the same character, so the encoder writes them back escaped.
func yamlReadable(js []byte) []byte {
	var b bytes.Buffer
	for _, r := range string(js) {
		if r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == 0xfeff || r == 0xfffe || r == 0xffff {
			fmt.Fprintf(&b, `\u%04x`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.Bytes()
}
