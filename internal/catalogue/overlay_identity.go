package catalogue

import (
	"reflect"
	"strings"
)

// identity says how an overlay names an item of a list: what the item is
// called in messages, which fields name it, and its name (empty when the
// item does not name itself).
type identity struct {
	what string
	key  string
	name func(v reflect.Value, svc string) string
}

// fields returns the YAML keys of the fields that name an item.
func (id identity) fields() []string {
	var out []string
	for _, w := range strings.FieldsFunc(id.key, func(r rune) bool { return r != '_' && (r < 'a' || r > 'z') }) {
		if w != "and" && w != "or" {
			out = append(out, w)
		}
	}
	return out
}

// named builds an identity from a function over the item type.
func named[T any](what, key string, f func(t *T, svc string) string) identity {
	return identity{what: what, key: key, name: func(v reflect.Value, svc string) string {
		return f(v.Addr().Interface().(*T), svc)
	}}
}

// identities lists the list item types an overlay merges item by item.
// Items of any other list (panel queries, thresholds, test series, journey
// steps, lists of strings) are replaced as a whole.
var identities = map[reflect.Type]identity{
	reflect.TypeFor[Component]():  named("component", "name", func(t *Component, _ string) string { return t.Name }),
	reflect.TypeFor[Label]():      named("label", "name", func(t *Label, _ string) string { return t.Name }),
	reflect.TypeFor[LabelValue](): named("label value", "value", func(t *LabelValue, _ string) string { return t.Value }),
	reflect.TypeFor[MetricGroup](): named("metric group", "name", func(t *MetricGroup, _ string) string {
		return t.Name
	}),
	reflect.TypeFor[Metric]():   named("metric", "name", func(t *Metric, _ string) string { return t.Name }),
	reflect.TypeFor[Endpoint](): named("endpoint", "component, method and path", endpointIdentity),
	reflect.TypeFor[QueryGroup](): named("query group", "title", func(t *QueryGroup, _ string) string {
		return t.Title
	}),
	reflect.TypeFor[Query]():     named("query", "name", func(t *Query, _ string) string { return t.Name }),
	reflect.TypeFor[Dashboard](): named("dashboard", "uid", func(t *Dashboard, _ string) string { return t.UID }),
	reflect.TypeFor[PanelRow]():  named("row", "title", func(t *PanelRow, _ string) string { return t.Title }),
	reflect.TypeFor[Panel]():     named("panel", "title", func(t *Panel, _ string) string { return t.Title }),
	reflect.TypeFor[RuleGroup](): named("rule group", "name", func(t *RuleGroup, _ string) string { return t.Name }),
	reflect.TypeFor[Rule]():      named("rule", "alert or record", ruleIdentity),
	reflect.TypeFor[RuleTest]():  named("rule test", "name", func(t *RuleTest, _ string) string { return t.Name }),
	reflect.TypeFor[ScrapeTarget](): named("scrape target", "variant and job", func(t *ScrapeTarget, svc string) string {
		if t.Variant == "" {
			return ""
		}
		job := t.Job
		if job == "" {
			job = svc
		}
		return t.Variant + " " + job
	}),
	reflect.TypeFor[LogLevel](): named("log level", "name", func(t *LogLevel, _ string) string { return t.Name }),
	reflect.TypeFor[LogField](): named("log field", "name", func(t *LogField, _ string) string { return t.Name }),
	reflect.TypeFor[LogSink]():  named("log sink", "name", func(t *LogSink, _ string) string { return t.Name }),
	reflect.TypeFor[Probe](): named("probe", "kind (and variant)", func(t *Probe, _ string) string {
		return strings.TrimSpace(t.Kind + " " + t.Variant)
	}),
	reflect.TypeFor[Journey](): named("journey", "name", func(t *Journey, _ string) string { return t.Name }),
	reflect.TypeFor[SLO]():     named("SLO", "name", func(t *SLO, _ string) string { return t.Name }),
	reflect.TypeFor[Note]():    named("note", "title", func(t *Note, _ string) string { return t.Title }),
	reflect.TypeFor[Correction](): named("correction", "subject", func(t *Correction, _ string) string {
		return t.Subject
	}),
}

func endpointIdentity(t *Endpoint, _ string) string {
	if t.Method == "" || t.Path == "" {
		return ""
	}
	return strings.TrimSpace(t.Component + " " + t.Key())
}

func ruleIdentity(t *Rule, _ string) string {
	switch {
	case t.Alert != "":
		return "alert " + t.Alert
	case t.Record != "":
		return "record " + t.Record
	}
	return ""
}
