package catalogue

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/suggest"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
)

// An alert's identity, as Prometheus and Alertmanager see it, is its name
// and its labels: the node-mixin and the kubernetes-mixin give a warning
// and a critical rule one name, and Alertmanager routes and inhibits on it.
// Several rules of a catalogue may therefore share a name; each is a
// variant of that alert. The helpers below give every consumer (docs,
// rule tests, coverage, the simulator, the mixin) one way to name and to
// pick a variant.

// VariantName names an alerting rule the way Prometheus tells it apart:
// the alert name alone when no other rule of the catalogue shares it, else
// the name followed by the rule's labels in PromQL notation, sorted by
// label name, e.g. DiskFull{severity="critical"}. The same notation selects
// a variant in obsgen simulate --scenario and keys its threshold in the
// mixin's _config.
func (c *Catalogue) VariantName(r *Rule) string {
	if r == nil {
		return ""
	}
	if r.Alert == "" {
		return r.Record
	}
	if len(c.AlertVariants(r.Alert)) < 2 {
		return r.Alert
	}
	return r.Alert + LabelSelector(r.Labels)
}

// HasVariants reports whether several alerting rules share the name.
func (c *Catalogue) HasVariants(name string) bool { return len(c.AlertVariants(name)) > 1 }

// LabelSelector writes labels as PromQL matchers, {a="x", b="y"}, sorted by
// name, each value quoted as JSON (which PromQL and Jsonnet both read back);
// "{}" for no labels.
func LabelSelector(ls map[string]string) string {
	parts := make([]string, 0, len(ls))
	for _, k := range slices.Sorted(maps.Keys(ls)) {
		parts = append(parts, k+"="+jsonQuote(ls[k]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// jsonQuote quotes s as a JSON string, leaving <, > and & as they are.
func jsonQuote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return `""`
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// SelectAlerts returns the alerting rules a selector names, in spec order:
// NAME picks every variant of the alert, NAME{label="value", ...} (any
// PromQL matchers) the variants whose labels match every matcher. A rule
// without a label a matcher names has it empty, as in PromQL.
func (c *Catalogue) SelectAlerts(selector string) ([]*Rule, error) {
	selector = strings.TrimSpace(selector)
	if variants := c.AlertVariants(selector); len(variants) > 0 {
		return variants, nil // a name, also one no selector can spell
	}
	ms, err := promql.Parser.ParseMetricSelector(selector)
	if err != nil {
		return nil, fmt.Errorf("%q is not an alert name or NAME{label=\"value\"}: %w", selector, err)
	}
	name := ""
	var rest []*labels.Matcher
	for _, m := range ms {
		if m.Name == model.MetricNameLabel && m.Type == labels.MatchEqual && name == "" {
			name = m.Value
			continue
		}
		rest = append(rest, m)
	}
	if name == "" {
		return nil, fmt.Errorf("%q names no alert: write NAME or NAME{label=\"value\"}", selector)
	}
	variants := c.AlertVariants(name)
	if len(variants) == 0 {
		names := c.AlertNames()
		if len(names) == 0 {
			return nil, fmt.Errorf("%s is not an alert of %s, which has no alerts", name, c.Service.Name)
		}
		return nil, fmt.Errorf("%s is not an alert of %s%s; its alerts: %s", name, c.Service.Name, suggest.Hint(name, names), strings.Join(names, ", "))
	}
	var out []*Rule
	for _, r := range variants {
		ok := true
		for _, m := range rest {
			if m.Name == model.MetricNameLabel || m.Name == labels.AlertName {
				ok = ok && m.Matches(name)
				continue
			}
			ok = ok && m.Matches(r.Labels[m.Name])
		}
		if ok {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		known := make([]string, len(variants))
		for i, r := range variants {
			known[i] = r.Alert + LabelSelector(r.Labels)
		}
		return nil, fmt.Errorf("%s matches no variant of %s (its variants: %s)", selector, name, strings.Join(known, ", "))
	}
	return out, nil
}

// ExpectedVariant returns the rule an expected instance of a test of r
// belongs to. promtool, like Alertmanager, knows an alert by its name: at a
// test's evaluation time it compares every firing instance of the name,
// whichever rule fired it, so a test of one variant lists the others'
// instances too. An instance belongs to r unless its labels contradict one
// of r's constant (template-free) labels, such as severity: critical in a
// test of the warning rule; it then belongs to the first other variant
// none of whose constant labels it contradicts. When none fits it stays
// r's, and the test shows the difference.
func (c *Catalogue) ExpectedVariant(r *Rule, e ExpectedAlert) *Rule {
	if r == nil || r.Alert == "" || !contradicts(e.Labels, r.Labels) {
		return r
	}
	for _, v := range c.AlertVariants(r.Alert) {
		if v != r && !contradicts(e.Labels, v.Labels) {
			return v
		}
	}
	return r
}

// contradicts reports whether expected labels give one of the rule's
// constant labels another value.
func contradicts(expected, rule map[string]string) bool {
	for k, v := range rule {
		if strings.Contains(v, "{{") {
			continue
		}
		if got, ok := expected[k]; ok && got != v {
			return true
		}
	}
	return false
}

// pageSafe matches alert names that are file and URL path segments as
// they are.
var pageSafe = regexp.MustCompile(`^[A-Za-z0-9_:.-]+$`)

// pageUnsafe matches the runs of characters AlertPage replaces.
var pageUnsafe = regexp.MustCompile(`[^A-Za-z0-9_.-]+`)

// AlertPage returns the name of an alert's runbook page and pictures
// (alerts/<page>.md): the alert's name, or, for a name Prometheus accepts
// but a path or link would not (awesome-prometheus-alerts'
// MysqlTooManyConnections(>80%)), the name with each run of other
// characters made a dash.
func AlertPage(name string) string {
	if pageSafe.MatchString(name) {
		return name
	}
	if s := strings.Trim(pageUnsafe.ReplaceAllString(name, "-"), "-"); s != "" {
		return s
	}
	return "alert"
}
