package specload

import (
	"reflect"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
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
	reflect.TypeFor[catalogue.Component]():  named("component", "name", func(t *catalogue.Component, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.Label]():      named("label", "name", func(t *catalogue.Label, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.LabelValue](): named("label value", "value", func(t *catalogue.LabelValue, _ string) string { return t.Value }),
	reflect.TypeFor[catalogue.MetricGroup](): named("metric group", "name", func(t *catalogue.MetricGroup, _ string) string {
		return t.Name
	}),
	reflect.TypeFor[catalogue.Metric]():   named("metric", "name", func(t *catalogue.Metric, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.Endpoint](): named("endpoint", "component, method and path", endpointIdentity),
	reflect.TypeFor[catalogue.QueryGroup](): named("query group", "title", func(t *catalogue.QueryGroup, _ string) string {
		return t.Title
	}),
	reflect.TypeFor[catalogue.Query]():     named("query", "name", func(t *catalogue.Query, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.Dashboard](): named("dashboard", "uid", func(t *catalogue.Dashboard, _ string) string { return t.UID }),
	reflect.TypeFor[catalogue.PanelRow]():  named("row", "title", func(t *catalogue.PanelRow, _ string) string { return t.Title }),
	reflect.TypeFor[catalogue.Panel]():     named("panel", "title", func(t *catalogue.Panel, _ string) string { return t.Title }),
	reflect.TypeFor[catalogue.RuleGroup](): named("rule group", "name", func(t *catalogue.RuleGroup, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.Rule]():      named("rule", "alert or record", ruleIdentity),
	reflect.TypeFor[catalogue.RuleTest]():  named("rule test", "name", func(t *catalogue.RuleTest, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.ScrapeTarget](): named("scrape target", "variant and job", func(t *catalogue.ScrapeTarget, svc string) string {
		if t.Variant == "" {
			return ""
		}
		job := t.Job
		if job == "" {
			job = svc
		}
		return t.Variant + " " + job
	}),
	reflect.TypeFor[catalogue.LogLevel](): named("log level", "name", func(t *catalogue.LogLevel, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.LogField](): named("log field", "name", func(t *catalogue.LogField, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.LogSink]():  named("log sink", "name", func(t *catalogue.LogSink, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.Probe](): named("probe", "kind (and variant)", func(t *catalogue.Probe, _ string) string {
		return strings.TrimSpace(t.Kind + " " + t.Variant)
	}),
	reflect.TypeFor[catalogue.Journey](): named("journey", "name", func(t *catalogue.Journey, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.SLO]():     named("SLO", "name", func(t *catalogue.SLO, _ string) string { return t.Name }),
	reflect.TypeFor[catalogue.Note]():    named("note", "title", func(t *catalogue.Note, _ string) string { return t.Title }),
	reflect.TypeFor[catalogue.Correction](): named("correction", "subject", func(t *catalogue.Correction, _ string) string {
		return t.Subject
	}),
}

func endpointIdentity(t *catalogue.Endpoint, _ string) string {
	if t.Method == "" || t.Path == "" {
		return ""
	}
	return strings.TrimSpace(t.Component + " " + t.Key())
}

func ruleIdentity(t *catalogue.Rule, _ string) string {
	switch {
	case t.Alert != "":
		return "alert " + t.Alert
	case t.Record != "":
		return "record " + t.Record
	}
	return ""
}
