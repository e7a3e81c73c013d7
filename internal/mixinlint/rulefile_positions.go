package mixinlint

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/speccodec"
)

// ruleFilePositions returns where a published rule file (data, YAML)
// writes each group, rule and expression, by the paths its rules are read
// under (prometheusAlerts.groups[0].rules[1].expr): ruleFileProgram's
// reading of it, groups: or a PrometheusRule's spec.groups in each
// document, the rules of each kind counted apart. A finding is reported
// there when its text is not one literal of the file (the jsonnet-libs
// snmp-observ-lib's three SNMPInterfaceFCerrors, an expression written
// twice), where it was at 1:1 with its path; nil when data is not YAML.
func ruleFilePositions(file string, data []byte) map[string]diag.Pos {
	docs, err := speccodec.Documents(data)
	if err != nil {
		return nil
	}
	lines := strings.Split(string(data), "\n")
	at := map[string]diag.Pos{}
	put := func(path string, n *yaml.Node) {
		if n == nil {
			return
		}
		p := diag.Pos{File: file, Line: n.Line, Col: n.Column, Path: path}
		if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 && n.Line < len(lines) {
			// A block scalar's text starts on the line after its | or >.
			next := lines[n.Line]
			p.Line, p.Col = n.Line+1, len(next)-len(strings.TrimLeft(next, " \t"))+1
		}
		at[path] = p
	}
	gi := 0
	for _, doc := range docs {
		for _, g := range seq(groupsOf(doc)) {
			counts := map[string]int{}
			for field, kind := range map[string]string{"prometheusAlerts": "alert", "prometheusRules": "record"} {
				path := fmt.Sprintf("%s.groups[%d]", field, gi)
				put(path, value(g, "name"))
				for _, r := range seq(value(g, "rules")) {
					name := value(r, kind)
					if name == nil {
						continue
					}
					rp := fmt.Sprintf("%s.rules[%d]", path, counts[kind])
					counts[kind]++
					put(rp, name)
					put(rp+".expr", value(r, "expr"))
				}
			}
			gi++
		}
	}
	return at
}

// groupsOf returns a document's rule groups: its groups:, or a
// PrometheusRule's spec.groups.
func groupsOf(doc *yaml.Node) *yaml.Node {
	if doc != nil && doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if spec := value(doc, "spec"); spec != nil && value(spec, "groups") != nil {
		return value(spec, "groups")
	}
	return value(doc, "groups")
}

// value returns the value of key in mapping n, nil when there is none.
func value(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// seq returns the items of sequence n, none when it is not one.
func seq(n *yaml.Node) []*yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	return n.Content
}
