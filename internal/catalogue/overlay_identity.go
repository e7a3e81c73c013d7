package catalogue

import (
	"reflect"
	"strings"
)

// Identity says how an item of a list is named, so that an environment
// overlay can say which item it changes: what the item is called in
// messages, which fields name it, and its name.
type Identity struct {
	// What the item is called in messages ("rule", "scrape target").
	What string
	// Key says which fields name it ("alert or record").
	Key string
	// Name returns the name of item v (a value of the list's item type) of
	// the service svc; "" when the item does not name itself.
	Name func(v reflect.Value, svc string) string
}

// IdentityOf returns how items of type t are named, and whether they are:
// an overlay replaces a list of any other type (panel queries, thresholds,
// test series, journey steps, lists of strings) as a whole.
func IdentityOf(t reflect.Type) (Identity, bool) {
	id, ok := identities[t]
	return id, ok
}

// Fields returns the YAML keys of the fields that name an item.
func (id Identity) Fields() []string {
	var out []string
	for _, w := range strings.FieldsFunc(id.Key, func(r rune) bool { return r != '_' && (r < 'a' || r > 'z') }) {
		if w != "and" && w != "or" {
			out = append(out, w)
		}
	}
	return out
}

// named builds an identity from a function over the item type.
func named[T any](what, key string, f func(t *T, svc string) string) Identity {
	return Identity{What: what, Key: key, Name: func(v reflect.Value, svc string) string {
		return f(v.Addr().Interface().(*T), svc)
	}}
}

// identities lists the list item types an overlay merges item by item.
// Items of any other list (panel queries, thresholds, test series, journey
// steps, lists of strings) are replaced as a whole.
var identities = map[reflect.Type]Identity{
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
