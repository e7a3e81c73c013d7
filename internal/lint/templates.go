package lint

import (
	"maps"
	"regexp"
	"slices"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// labelRefRE finds the label references of an alert template:
// $labels.name, .Labels.name and index $labels "name".
var labelRefRE = regexp.MustCompile(`(?:\$labels|\.Labels)\.([A-Za-z_][A-Za-z0-9_]*)|index\s+(?:\$labels|\.Labels)\s+"([^"]*)"`)

// labelRefs returns the label names a template refers to, each once, in
// the order they first appear.
func labelRefs(text string) []string { return refs(labelRefRE, text) }

// refs returns the names re's first or second group captures in text,
// each once, in the order they first appear.
func refs(re *regexp.Regexp, text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		name := m[1]
		if name == "" {
			name = m[2]
		}
		if name != "" && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// externalLabelRefRE finds the external label references of an alert
// template: $externalLabels.name, .ExternalLabels.name and index
// $externalLabels "name".
var externalLabelRefRE = regexp.MustCompile(`(?:\$externalLabels|\.ExternalLabels)\.([A-Za-z_][A-Za-z0-9_]*)|index\s+(?:\$externalLabels|\.ExternalLabels)\s+"([^"]*)"`)

// externalLabelRefs returns the external label names a template refers to,
// each once, in the order they first appear.
func externalLabelRefs(text string) []string { return refs(externalLabelRefRE, text) }

// templateField is one annotation or label template of an alert: what it
// is ("annotation" or "label"), its key, its text and where it was written.
type templateField struct {
	what, key, text string
	pos             catalogue.Pos
}

// TemplateLabels returns the labels an alert's annotation and label
// templates print as $labels.x, each once, sorted: what a notification
// loses with a label.
func TemplateLabels(rule *catalogue.Rule) []string {
	var out []string
	for _, vals := range []map[string]string{rule.Annotations, rule.Labels} {
		for _, v := range vals {
			out = append(out, labelRefs(v)...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// templateFields returns an alert's annotations, then its labels, each in
// order of key: the templates Prometheus expands for a notification.
func templateFields(c *catalogue.Catalogue, rule *catalogue.Rule) []templateField {
	var out []templateField
	for _, field := range []struct {
		what   string
		values map[string]string
	}{{"annotations", rule.Annotations}, {"labels", rule.Labels}} {
		for _, k := range slices.Sorted(maps.Keys(field.values)) {
			out = append(out, templateField{what: field.what[:len(field.what)-1], key: k, text: field.values[k], pos: c.At(rule.Pos, field.what+"."+k)})
		}
	}
	return out
}
