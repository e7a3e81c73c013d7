package importer

import (
	"fmt"
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/verify"
	"go.yaml.in/yaml/v3"
)

// document builds the spec's YAML tree: header comment, service, labels,
// metric groups, with comments where the import changed something.
func document(e *verify.Exposition, opts Options, sp Spec) *yaml.Node {
	root := mapping()
	n := 0
	for _, g := range sp.Groups {
		n += len(g.Metrics)
	}
	schema := opts.Schema
	if schema == "" {
		schema = catalogue.SchemaID
	}
	root.HeadComment = fmt.Sprintf("yaml-language-server: $schema=%s\n"+
		"Imported by `obsgen import` from %s (%s): %s in %s.\n"+
		"A starting point: review help texts, units and label descriptions, then\n"+
		"check it against the live service with `obsgen verify`. Names and types\n"+
		"are the exported ones; comments say what you may declare instead.",
		oneLine(schema), oneLine(e.Name), e.Format, count(n, "metric"), count(len(sp.Groups), "group"))
	add(root, "apiVersion", scalar(catalogue.APIVersion))

	svc := mapping()
	add(svc, "name", scalar(opts.Service))
	if len(opts.Ignore) > 0 {
		v := mapping()
		add(v, "ignore", flowList(opts.Ignore))
		add(svc, "verify", v)
	}
	add(root, "service", svc)

	if len(sp.Labels) > 0 {
		labels := sequence()
		for _, l := range sp.Labels {
			labels.Content = append(labels.Content, labelNode(l))
		}
		key := add(root, "labels", labels)
		if !opts.Enumerate {
			key.HeadComment = "Values seen on one host are examples, not the set a fleet takes: add\n" +
				"values: only where the set is closed (obsgen import --enumerate lists them)."
		}
	}

	groups := sequence()
	for _, g := range sp.Groups {
		gn := mapping()
		add(gn, "name", scalar(g.Name))
		ms := sequence()
		for _, m := range g.Metrics {
			ms.Content = append(ms.Content, metricNode(m))
		}
		add(gn, "metrics", ms)
		groups.Content = append(groups.Content, gn)
	}
	key := add(root, "metric_groups", groups)
	if len(sp.Skipped) > 0 {
		key.HeadComment = skippedComment(sp.Skipped)
	}
	return &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}
}

// labelNode writes one label declaration.
func labelNode(l Label) *yaml.Node {
	n := mapping()
	n.HeadComment = comment(l.Note)
	add(n, "name", scalar(l.Name))
	if len(l.Values) > 0 {
		vs := sequence()
		for _, v := range l.Values {
			item := mapping()
			item.Style = yaml.FlowStyle
			add(item, "value", scalar(v))
			vs.Content = append(vs.Content, item)
		}
		add(n, "values", vs)
	}
	if l.Example != "" {
		add(n, "example", scalar(l.Example))
	}
	return n
}

// metricNode writes one metric, its notes as a comment above it.
func metricNode(m Metric) *yaml.Node {
	n := mapping()
	n.HeadComment = comment(m.Notes...)
	add(n, "name", scalar(m.Name))
	add(n, "type", scalar(m.Type))
	if m.Unit != "" {
		add(n, "unit", scalar(m.Unit))
	}
	add(n, "help", scalar(m.Help))
	if len(m.Labels) > 0 {
		add(n, "labels", flowList(m.Labels))
	}
	if len(m.Buckets) > 0 {
		b := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, f := range m.Buckets {
			b.Content = append(b.Content, scalar(f))
		}
		add(n, "buckets", b)
	}
	return n
}

// skippedComment lists the families left out.
func skippedComment(skipped []Skipped) string {
	sort.Slice(skipped, func(i, j int) bool { return skipped[i].Name < skipped[j].Name })
	lines := []string{"Left out of the catalogue:"}
	for _, s := range skipped {
		lines = append(lines, "  "+oneLine(s.Name)+": "+s.Why)
	}
	return strings.Join(lines, "\n")
}

// comment joins notes into a YAML comment body, one line each.
func comment(notes ...string) string {
	var lines []string
	for _, n := range notes {
		if n != "" {
			lines = append(lines, oneLine(n))
		}
	}
	return strings.Join(lines, "\n")
}

// oneLine keeps a comment line from breaking out of its comment.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

func mapping() *yaml.Node  { return &yaml.Node{Kind: yaml.MappingNode} }
func sequence() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode} }

// scalar encodes a Go value as a node, so strings that look like numbers
// or booleans are quoted.
func scalar(v any) *yaml.Node {
	n := &yaml.Node{}
	if err := n.Encode(v); err != nil {
		// Strings and floats always encode; keep the tree valid regardless.
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: fmt.Sprint(v)}
	}
	return n
}

// flowList writes strings as [a, b].
func flowList(items []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range items {
		n.Content = append(n.Content, scalar(s))
	}
	return n
}

// add appends key: value to a mapping and returns the key node.
func add(m *yaml.Node, key string, value *yaml.Node) *yaml.Node {
	k := scalar(key)
	m.Content = append(m.Content, k, value)
	return k
}

// count says "1 metric" or "3 metrics".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
