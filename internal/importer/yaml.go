package importer

import (
	"bytes"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/speccodec"
	"go.yaml.in/yaml/v3"
)

// write encodes the spec: header comment, service, labels, metric groups,
// with comments where the import changed something.
//
// It encodes piece by piece: yaml.v3's emitter keeps every event of a
// document until the document ends, which for 80k metrics was 1.8 GB of
// allocations and most of the peak memory. So the document without its
// metric groups is encoded first, then each metric under the same parents
// (metric_groups, its group, metrics), keeping only its own lines: the
// same text, for memory proportional to one metric.
func write(e *exposition.Exposition, opts Options, sp Spec) ([]byte, error) {
	var b bytes.Buffer
	if err := encode(&b, header(e, opts, sp)); err != nil {
		return nil, err
	}
	var comment string
	if len(sp.Skipped) > 0 {
		comment = skippedComment(sp.Skipped)
	}
	if len(sp.Groups) == 0 {
		// Every family left out (a second import of what the folder
		// declares): the comment still says why.
		if err := encode(&b, groupsNode(comment, sequence())); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	var chunk bytes.Buffer
	for gi, g := range sp.Groups {
		items := make([]*yaml.Node, 0, 1)
		for mi := 0; mi < max(1, len(g.Metrics)); mi++ {
			metrics := sequence()
			if mi < len(g.Metrics) {
				metrics.Content = append(metrics.Content, metricNode(g.Metrics[mi]))
			}
			gn := mapping()
			add(gn, "name", scalar(g.Name))
			add(gn, "metrics", metrics)
			items = append(items[:0], gn)
			c := ""
			if gi == 0 && mi == 0 {
				c = comment
			}
			chunk.Reset()
			if err := encode(&chunk, groupsNode(c, &yaml.Node{Kind: yaml.SequenceNode, Content: items})); err != nil {
				return nil, err
			}
			text := chunk.Bytes()
			switch {
			case gi == 0 && mi == 0:
			case mi == 0:
				text = afterLine(text, "metric_groups:\n")
			default:
				text = afterLine(text, "    metrics:\n")
			}
			b.Write(text)
		}
	}
	return b.Bytes(), nil
}

// afterLine returns what follows the first occurrence of line in text
// (which starts a line there).
func afterLine(text []byte, line string) []byte {
	if bytes.HasPrefix(text, []byte(line)) {
		return text[len(line):]
	}
	if i := bytes.Index(text, []byte("\n"+line)); i >= 0 {
		return text[i+1+len(line):]
	}
	return text
}

// encode writes one YAML document of root with obsgen's indentation.
func encode(b *bytes.Buffer, root *yaml.Node) error {
	enc := yaml.NewEncoder(b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return err
	}
	return enc.Close()
}

// groupsNode is a mapping holding the metric_groups key, its comment and
// groups.
func groupsNode(comment string, groups *yaml.Node) *yaml.Node {
	m := mapping()
	add(m, "metric_groups", groups).HeadComment = comment
	return m
}

// header is the spec without its metric groups: header comment, service
// and labels.
func header(e *exposition.Exposition, opts Options, sp Spec) *yaml.Node {
	root := mapping()
	n := 0
	for _, g := range sp.Groups {
		n += len(g.Metrics)
	}
	schema := opts.Schema
	if schema == "" {
		schema = speccodec.SchemaID
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
	key := add(root, "service", svc)
	switch d := opts.Declared; {
	case len(opts.Ignore) > 0 && d.Verify:
		// One service.verify per service: another file has it.
		if missing := without(opts.Ignore, d.Ignore); len(missing) > 0 {
			key.HeadComment = "service.verify is declared in another file of the folder: add " + strings.Join(missing, ", ") +
				" to its ignore list to leave out what this import left out"
		}
	case len(opts.Ignore) > 0:
		v := mapping()
		add(v, "ignore", flowList(opts.Ignore))
		add(svc, "verify", v)
	}

	if t, probe := scrapeTarget(e, opts); t != nil {
		comment := "The address the import read: list every instance of the service under static."
		if probe {
			comment = "The exporter and target the import read, a multi-target exporter's: list every target it should query under probe.targets."
		}
		add(root, "scrape", t).HeadComment = comment
	}

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
	return root
}

// scrapeTarget is the scrape section of the exporter imported from a URL,
// nil for a file or where the folder declares one: the URL's host and
// port as a static target, its path and scheme where they are not
// Prometheus's defaults, its query as params, and honor_labels where the
// series carry a job of their own (a Pushgateway's). A URL naming one
// target and one module (snmp_exporter's /snmp?target=…&module=if_mib, a
// blackbox exporter's /probe) is a multi-target exporter's: a probe job of
// that prober, module and target, as their READMEs relabel it (probe says
// so). Without the query, the exporter answers 400: target missing.
func scrapeTarget(e *exposition.Exposition, opts Options) (section *yaml.Node, probe bool) {
	if opts.URL == "" || opts.Declared.Scrape {
		return nil, false
	}
	u, err := url.Parse(opts.URL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, false
	}
	query := u.Query()
	probe = len(query["target"]) == 1 && len(query["module"]) == 1 && query.Get("target") != "" && query.Get("module") != ""
	t := mapping()
	path := "/metrics"
	if probe {
		add(t, "variant", scalar("probe"))
		add(t, "title", scalar("Probes"))
		p := mapping()
		add(p, "prober", scalar(u.Host))
		add(p, "module", scalar(query.Get("module")))
		add(p, "targets", flowList([]string{query.Get("target")}))
		add(t, "probe", p)
		query.Del("target")
		query.Del("module")
		path = "/probe"
	} else {
		add(t, "variant", scalar("static"))
		add(t, "title", scalar("Static targets"))
		add(t, "static", flowList([]string{u.Host}))
	}
	if u.Path != "" && u.Path != path {
		add(t, "metrics_path", scalar(u.Path))
	}
	if u.Scheme == "https" {
		add(t, "scheme", scalar("https"))
	}
	if len(query) > 0 {
		params := mapping()
		for _, k := range slices.Sorted(maps.Keys(query)) {
			add(params, k, flowList(query[k]))
		}
		add(t, "params", params)
	}
	if len(ownJobs(e)) > 0 {
		add(t, "honor_labels", scalar(true))
	}
	targets := sequence()
	targets.Content = append(targets.Content, t)
	s := mapping()
	add(s, "targets", targets)
	return s, probe
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
	if m.Snapshot {
		add(n, "snapshot", scalar(true))
	}
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
	if m.Quantiles != nil {
		q := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, f := range m.Quantiles {
			q.Content = append(q.Content, scalar(f))
		}
		add(n, "quantiles", q)
	}
	if o := m.Optional; o != nil {
		on := mapping()
		for _, kv := range [][2]string{{"collector", o.Collector}, {"flag", o.Flag}, {"platform", o.Platform}, {"note", o.Note}} {
			if kv[1] != "" {
				add(on, kv[0], scalar(oneLine(kv[1])))
			}
		}
		add(n, "optional", on)
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
// or booleans are quoted. A string is made directly: yaml.v3 quotes a
// !!str scalar whose plain form would read as another type, and encoding
// each value on its own (a marshal and a parse) was most of the time and
// memory of a large import.
func scalar(v any) *yaml.Node {
	if s, ok := v.(string); ok && plainString(s) {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	}
	n := &yaml.Node{}
	if err := n.Encode(v); err != nil {
		// Strings and floats always encode; keep the tree valid regardless.
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: fmt.Sprint(v)}
	}
	return n
}

// plainString reports whether a !!str node written as it is encodes s the
// way Node.Encode would: one line of valid UTF-8 that YAML 1.1 readers do
// not take for a boolean or a base-60 number (those Node.Encode quotes).
func plainString(s string) bool {
	if !utf8.ValidString(s) || strings.ContainsAny(s, "\n\r") {
		return false
	}
	switch s {
	case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF":
		return false
	}
	return !(s != "" && strings.ContainsRune("+-0123456789", rune(s[0])) && strings.Contains(s, ":"))
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
