package kubernetes

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	"go.yaml.in/yaml/v3"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// ruleDoc returns the document of the PrometheusRule pr as docNode does,
// building the nodes of its rule groups directly instead of writing them
// as JSON and parsing that back, a third of the generator's time for a
// service of thousands of rules. The object around them (type, metadata)
// still goes through docNode. ok is false for an object without groups.
// groupNode and ruleNode follow encoding/json on the operator's types:
// their fields in order, omitempty, sorted map keys, invalid UTF-8 made
// U+FFFD; a test holds them to docNode.
func ruleDoc(pr monitoringv1.PrometheusRule) (doc *yaml.Node, ok bool, err error) {
	if len(pr.Spec.Groups) == 0 {
		return nil, false, nil
	}
	shell := pr
	shell.Spec.Groups = nil
	doc, err = docNode(shell) // spec, now empty, is dropped
	if err != nil {
		return nil, false, err
	}
	root := docRoot(doc)
	if root == nil || root.Kind != yaml.MappingNode || slices.ContainsFunc(root.Content, func(n *yaml.Node) bool { return n.Value == "spec" }) {
		return nil, false, nil
	}
	groups := seqNode()
	for _, g := range pr.Spec.Groups {
		groups.Content = append(groups.Content, groupNode(g))
	}
	spec := mapNode()
	addPair(spec, "groups", groups)
	addPair(root, "spec", spec)
	return doc, true, nil
}

// groupNode is the node of a rule group.
func groupNode(g monitoringv1.RuleGroup) *yaml.Node {
	n := mapNode()
	addPair(n, "name", strNode(g.Name))
	addMap(n, "labels", g.Labels)
	if g.Interval != nil {
		addPair(n, "interval", strNode(string(*g.Interval)))
	}
	if g.QueryOffset != nil {
		addPair(n, "query_offset", strNode(string(*g.QueryOffset)))
	}
	if len(g.Rules) > 0 {
		rules := seqNode()
		for _, r := range g.Rules {
			rules.Content = append(rules.Content, ruleNode(r))
		}
		addPair(n, "rules", rules)
	}
	if g.PartialResponseStrategy != "" {
		addPair(n, "partial_response_strategy", strNode(g.PartialResponseStrategy))
	}
	if g.Limit != nil {
		addPair(n, "limit", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(*g.Limit)})
	}
	return n
}

// ruleNode is the node of a rule.
func ruleNode(r monitoringv1.Rule) *yaml.Node {
	n := mapNode()
	if r.Record != "" {
		addPair(n, "record", strNode(r.Record))
	}
	if r.Alert != "" {
		addPair(n, "alert", strNode(r.Alert))
	}
	if r.Expr.Type == intstr.Int {
		addPair(n, "expr", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(int(r.Expr.IntVal))})
	} else {
		addPair(n, "expr", strNode(r.Expr.StrVal))
	}
	if r.For != nil {
		addPair(n, "for", strNode(string(*r.For)))
	}
	if r.KeepFiringFor != nil {
		addPair(n, "keep_firing_for", strNode(string(*r.KeepFiringFor)))
	}
	addMap(n, "labels", r.Labels)
	addMap(n, "annotations", r.Annotations)
	return n
}

// addMap adds key with the string map m, its keys sorted, unless m is
// empty.
func addMap(n *yaml.Node, key string, m map[string]string) {
	if len(m) == 0 {
		return
	}
	v := mapNode()
	for _, k := range slices.Sorted(maps.Keys(m)) {
		addPair(v, k, strNode(m[k]))
	}
	addPair(n, key, v)
}

// addPair appends key: v to the mapping n.
func addPair(n *yaml.Node, key string, v *yaml.Node) {
	n.Content = append(n.Content, strNode(key), v)
}

func mapNode() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"} }
func seqNode() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"} }

// strNode is the string scalar s as parsing its JSON gives it: each byte
// that is not valid UTF-8 becomes U+FFFD, as encoding/json writes it.
func strNode(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: jsonText(s)}
}

// jsonText is s with each byte of invalid UTF-8 replaced by U+FFFD.
func jsonText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
