package importer

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/obsgen/obsgen/internal/words"
	"github.com/prometheus/common/model"
	"go.yaml.in/yaml/v3"
)

// A Prometheus rule file becomes a catalogue's alert_groups and
// recording_groups, rule for rule: names, expressions, for,
// keep_firing_for, labels and annotations as written, each group's
// interval kept. The catalogue keeps alerts and recording rules apart, so
// a group holding both is split in two (Prometheus then evaluates them as
// two groups). A group's labels (Prometheus 3) are added to each of its
// rules' labels, which is what Prometheus does with them; what obsgen
// cannot express (limit, query_offset, a Thanos partial_response_strategy
// outside a global group) is reported and left out.

// RulesImport is what an import of a rule file produced: the spec file
// and what could not be carried over.
type RulesImport struct {
	Spec  []byte
	Diags diag.List
	// Alerts, Records and Groups count what was written.
	Alerts, Records, Groups int
}

// emptyRuleFile reports whether data is a rule file of no rules, as
// Prometheus loads it: nothing (comments aside) or groups: [].
func emptyRuleFile(data []byte) bool {
	var doc map[string]any
	if yaml.Unmarshal(data, &doc) != nil {
		return false
	}
	groups, ok := doc["groups"]
	list, isList := groups.([]any)
	return len(doc) == 0 || len(doc) == 1 && ok && (groups == nil || isList && len(list) == 0)
}

// ruleGroupKeys and ruleKeys are the fields of a rule file's groups and
// rules that the import reads; others are reported.
var (
	ruleGroupKeys = []string{"name", "interval", "labels", "rules", "limit", "query_offset", "partial_response_strategy"}
	ruleKeys      = []string{"alert", "record", "expr", "for", "keep_firing_for", "labels", "annotations"}
)

// ImportRules converts a Prometheus rule file (groups:, or one or more
// PrometheusRule resources' spec.groups) into a spec for service. A
// non-empty adoptedFrom marks every group as adopted from there (lint then
// reports the rules' style as info: they are someone else's).
func ImportRules(file string, data []byte, service, adoptedFrom string) (RulesImport, error) {
	var out RulesImport
	groups, err := ruleGroupNodes(file, data)
	if err != nil {
		return out, err
	}
	if len(groups) == 0 && emptyRuleFile(data) {
		// promtool finds 0 rules in it, and mixins without recording
		// rules publish one: a script importing each file goes on.
		out.Diags.Warnf(diag.Pos{File: file}, "import-rules", "%s holds no rules (an empty rule file): nothing to import", file)
		return out, nil
	}
	if len(groups) == 0 {
		return out, fmt.Errorf("%s holds no rule groups (groups:, or a PrometheusRule's spec.groups)", file)
	}
	r := rulesReader{file: file, diags: &out.Diags, names: map[string]bool{}}
	c := &catalogue.Catalogue{APIVersion: catalogue.APIVersion, Service: catalogue.Service{Name: service}}
	var split []string
	for _, g := range groups {
		alerts, records := r.group(g, adoptedFrom)
		if len(alerts.Rules) > 0 {
			alerts.Name = r.unique(alerts.Name, alerts.Pos)
			c.AlertGroups = append(c.AlertGroups, alerts)
		}
		if len(records.Rules) > 0 {
			if len(alerts.Rules) > 0 {
				records.Name = r.unique(records.Name+"-records", records.Pos)
				split = append(split, fmt.Sprintf("%q (its recording rules are group %q)", alerts.Name, records.Name))
			} else {
				records.Name = r.unique(records.Name, records.Pos)
			}
			c.RecordGroups = append(c.RecordGroups, records)
		}
	}
	for _, g := range c.AlertGroups {
		out.Alerts += len(g.Rules)
	}
	for _, g := range c.RecordGroups {
		out.Records += len(g.Rules)
	}
	out.Groups = len(c.AlertGroups) + len(c.RecordGroups)
	header := "Imported by obsgen import --rules from " + file + ": " + words.Count(out.Alerts, "alerting rule") + " and " + words.Count(out.Records, "recording rule") + ", as written."
	if adoptedFrom != "" {
		header += "\nadopted_from marks them as someone else's: lint reports their style (for, severity, summary, runbook) as info."
	}
	if len(split) > 0 {
		header += "\nThe catalogue keeps alerting and recording rules in groups of their own; these groups held both and were split: " + strings.Join(split, ", ") + "."
	}
	header += "\nKeep it beside the service's catalogue, whose metrics the rules read: obsgen lint checks them."
	data, err = speccodec.Encode(c, header)
	if err != nil {
		return out, err
	}
	out.Spec = data
	return out, nil
}

// ruleGroupNodes returns the group nodes of every document of a rule file:
// its groups, or a PrometheusRule's spec.groups.
func ruleGroupNodes(file string, data []byte) ([]*yaml.Node, error) {
	docs, err := speccodec.Documents(data)
	if err != nil {
		return nil, fmt.Errorf("%s does not read as a YAML rule file: %w", file, err)
	}
	var groups []*yaml.Node
	for _, root := range docs {
		if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
			root = root.Content[0]
		}
		list := valueOf(root, "groups")
		if spec := valueOf(root, "spec"); list == nil && spec != nil {
			list = valueOf(spec, "groups")
		}
		if list != nil && list.Kind == yaml.SequenceNode {
			groups = append(groups, list.Content...)
		}
	}
	return groups, nil
}

// valueOf returns the value of key in a mapping node, nil if none, as a
// YAML reader sees it: through aliases (labels: *common) and merge keys
// (<<: *defaults), which hand-written rule files use.
func valueOf(n *yaml.Node, key string) *yaml.Node {
	n = resolved(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return resolved(n.Content[i+1])
		}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value != "<<" {
			continue
		}
		merged := resolved(n.Content[i+1])
		sources := []*yaml.Node{merged}
		if merged != nil && merged.Kind == yaml.SequenceNode {
			sources = merged.Content
		}
		for _, m := range sources {
			if v := valueOf(m, key); v != nil {
				return v
			}
		}
	}
	return nil
}

// resolved is the node an alias names (through aliases of aliases, which
// a well-formed document cannot make cycle), or n itself.
func resolved(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// rulesReader converts groups, reporting at their places in the file.
type rulesReader struct {
	file  string
	diags *diag.List
	// names are the group names given so far.
	names map[string]bool
}

func (r *rulesReader) at(n *yaml.Node) diag.Pos {
	return diag.Pos{File: r.file, Line: n.Line, Col: n.Column}
}

// unique returns name, numbered if a group has it already (as groups of
// two PrometheusRule resources may: the operator writes each resource to a
// file of its own), which is reported at the group written at.
func (r *rulesReader) unique(name string, at diag.Pos) string {
	out := name
	for i := 2; r.names[out]; i++ {
		out = fmt.Sprintf("%s-%d", name, i)
	}
	r.names[out] = true
	if out != name {
		r.diags.Infof(at, "import-rules", "a group named %q comes before this one: this one is %q in the catalogue, whose group names are unique", name, out)
	}
	return out
}

// unknown reports the keys of a mapping the import does not read.
func (r *rulesReader) unknown(n *yaml.Node, known []string, what string) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; k.Value != "<<" && !slices.Contains(known, k.Value) {
			r.diags.Warnf(r.at(k), "import-rules", "%s field %q is not one Prometheus reads: left out", what, k.Value)
		}
	}
}

// group converts one group into its alerts and its recording rules.
func (r *rulesReader) group(n *yaml.Node, adoptedFrom string) (alerts, records catalogue.RuleGroup) {
	n = resolved(n)
	if n.Kind != yaml.MappingNode {
		r.diags.Errorf(r.at(n), "import-rules", "a rule group is a mapping (name:, rules:): left out")
		return
	}
	r.unknown(n, ruleGroupKeys, "rule group")
	g := catalogue.RuleGroup{AdoptedFrom: adoptedFrom, Pos: r.at(n)}
	if v := valueOf(n, "name"); v != nil {
		g.Name, g.Pos = v.Value, r.at(v)
	}
	if g.Name == "" {
		r.diags.Errorf(r.at(n), "import-rules", "a rule group has no name: left out")
		return
	}
	if v := valueOf(n, "interval"); v != nil {
		g.Interval, _ = r.duration(v, "group "+g.Name+": interval")
	}
	for _, key := range []string{"limit", "query_offset"} {
		if v := valueOf(n, key); v != nil {
			r.diags.Warnf(r.at(v), "import-rules", "group %q: %s is left out (obsgen does not write it): Prometheus will evaluate the group without it", g.Name, key)
		}
	}
	if v := valueOf(n, "partial_response_strategy"); v != nil {
		r.diags.Warnf(r.at(v), "import-rules", "group %q: partial_response_strategy is the Thanos Ruler's: left out; declare the group runs: global to keep it", g.Name)
	}
	var groupLabels map[string]string
	if v := valueOf(n, "labels"); v != nil {
		groupLabels = r.labels(v, "group "+g.Name+" labels")
	}
	alerts, records = g, g
	rules := valueOf(n, "rules")
	if rules == nil || rules.Kind != yaml.SequenceNode || len(rules.Content) == 0 {
		r.diags.Warnf(r.at(n), "import-rules", "group %q has no rules: left out", g.Name)
		return
	}
	for _, rn := range rules.Content {
		rule, ok := r.rule(rn, g.Name, groupLabels)
		switch {
		case !ok:
		case rule.Alert != "":
			alerts.Rules = append(alerts.Rules, rule)
		default:
			records.Rules = append(records.Rules, rule)
		}
	}
	return alerts, records
}

// rule converts one rule; ok is false for one Prometheus would refuse.
func (r *rulesReader) rule(n *yaml.Node, group string, groupLabels map[string]string) (catalogue.Rule, bool) {
	var out catalogue.Rule
	n = resolved(n)
	if n.Kind != yaml.MappingNode {
		r.diags.Errorf(r.at(n), "import-rules", "group %q: a rule is a mapping (alert: or record:, expr:): left out", group)
		return out, false
	}
	r.unknown(n, ruleKeys, "rule")
	str := func(key string) string {
		if v := valueOf(n, key); v != nil {
			return v.Value
		}
		return ""
	}
	out.Alert, out.Record = str("alert"), str("record")
	name := out.Alert + out.Record
	switch {
	case out.Alert != "" && out.Record != "":
		r.diags.Errorf(r.at(n), "import-rules", "group %q: a rule has both alert %q and record %q: left out", group, out.Alert, out.Record)
		return out, false
	case name == "":
		r.diags.Errorf(r.at(n), "import-rules", "group %q: a rule has neither alert nor record: left out", group)
		return out, false
	}
	expr := valueOf(n, "expr")
	if expr == nil || strings.TrimSpace(expr.Value) == "" {
		r.diags.Errorf(r.at(n), "import-rules", "rule %s has no expr: left out", name)
		return out, false
	}
	out.Expr = catalogue.NewExpr(expr.Value, catalogue.Pos{})
	ok := true
	for key, d := range map[string]*catalogue.Duration{"for": &out.For, "keep_firing_for": &out.KeepFiringFor} {
		if v := valueOf(n, key); v != nil {
			var good bool
			if *d, good = r.duration(v, "rule "+name+": "+key); !good {
				ok = false
			}
			out.ForWritten = out.ForWritten || key == "for"
			if out.Record != "" {
				r.diags.Errorf(r.at(v), "import-rules", "recording rule %s has %s, which Prometheus refuses: left out", name, key)
				ok = false
			}
		}
	}
	if v := valueOf(n, "labels"); v != nil {
		out.Labels = r.labels(v, "rule "+name+" labels")
	}
	if len(groupLabels) > 0 {
		// Prometheus adds the group's labels to each rule's; the rule's
		// own win.
		merged := maps.Clone(groupLabels)
		maps.Copy(merged, out.Labels)
		out.Labels = merged
	}
	if v := valueOf(n, "annotations"); v != nil {
		if out.Record != "" {
			r.diags.Errorf(r.at(v), "import-rules", "recording rule %s has annotations, which Prometheus refuses: left out", name)
			ok = false
		}
		out.Annotations = r.labels(v, "rule "+name+" annotations")
	}
	return out, ok
}

// duration reads a Prometheus duration, reporting one that is not.
func (r *rulesReader) duration(n *yaml.Node, what string) (catalogue.Duration, bool) {
	d, err := model.ParseDuration(n.Value)
	if err != nil {
		r.diags.Errorf(r.at(n), "import-rules", "%s %q is not a Prometheus duration: %v", what, n.Value, err)
		return 0, false
	}
	return catalogue.Duration(d), true
}

// labels reads a mapping of names to strings.
func (r *rulesReader) labels(n *yaml.Node, what string) map[string]string {
	n = resolved(n)
	if n.Kind != yaml.MappingNode {
		r.diags.Errorf(r.at(n), "import-rules", "%s are a mapping of names to values: left out", what)
		return nil
	}
	out := map[string]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolved(n.Content[i+1])
		if k.Value == "<<" {
			merged := []*yaml.Node{v}
			if v.Kind == yaml.SequenceNode {
				merged = v.Content
			}
			for _, m := range merged {
				for key, val := range r.labels(m, what) {
					if _, own := out[key]; !own {
						out[key] = val
					}
				}
			}
			continue
		}
		if v.Kind != yaml.ScalarNode {
			r.diags.Errorf(r.at(v), "import-rules", "%s: %s is not a string: left out", what, k.Value)
			continue
		}
		out[k.Value] = v.Value
	}
	return out
}
