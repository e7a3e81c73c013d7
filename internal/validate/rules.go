package validate

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"text/template/parse"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/parallel"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	promqlengine "github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/template"
)

func (v *validator) rules() {
	v.templates = parseTemplates(v.c)
	groups := v.unique("rule group")
	alerts := v.unique("alert")
	pages := map[string]string{} // a runbook page's name, folded, to the alert writing it
	for _, g := range v.c.AlertGroups {
		v.ruleGroup(g, groups)
		for _, r := range g.Rules {
			v.alertRule(r, alerts)
			v.alertPage(r, pages)
		}
	}
	recorded := map[string]catalogue.Rule{}
	for _, g := range v.c.RecordGroups {
		v.ruleGroup(g, groups)
		for _, r := range g.Rules {
			v.recordRule(r)
			v.recordedOnce(r, recorded)
		}
	}
}

// recordedOnce reports a recording rule recorded before with the same
// labels (RabbitMQ's ALERTS:rabbitmq_alert_state_numeric, twice: pending
// and firing alerts), which promtool check rules reports as a duplicate
// rule.
func (v *validator) recordedOnce(r catalogue.Rule, recorded map[string]catalogue.Rule) {
	if r.Record == "" {
		return
	}
	key := r.Record + catalogue.LabelSelector(r.Labels)
	prev, dup := recorded[key]
	if !dup {
		recorded[key] = r
		return
	}
	same := "the two record the same series"
	if strings.TrimSpace(prev.Expr.Text) != strings.TrimSpace(r.Expr.Text) {
		same = "their expressions differ, so their series collide only where their results carry the same labels"
	}
	v.warnf(v.c.At(r.Pos, "record"), "duplicate-rule", "recording rule %s is defined twice with the same labels (first at %s): promtool check rules reports it (duplicate rule), and %s",
		r.Record, v.c.At(prev.Pos, "record"), same)
}

func (v *validator) ruleGroup(g catalogue.RuleGroup, groups *unique) {
	if v.required(g.Pos, g.Name, "a name", "rule group") {
		groups.add(g.Name, v.c.At(g.Pos, "name"))
	}
	if g.Interval < 0 {
		v.errorf(v.c.At(g.Pos, "interval"), "bad-duration", "interval must not be negative")
	}
	if len(g.Rules) == 0 {
		v.errorf(g.Pos, "missing-field", "rule group %q has no rules", g.Name)
	}
	v.ruleGroupTopology(g)
}

// alertPage reports two alert names whose runbook pages would be one file
// on a case-insensitive file system (macOS, Windows) or one page name
// (catalogue.AlertPage): MysqlInnodbLogWaits and MySQLInnoDBLogWaits.
func (v *validator) alertPage(r catalogue.Rule, pages map[string]string) {
	if r.Alert == "" {
		return
	}
	key := strings.ToLower(catalogue.AlertPage(r.Alert))
	switch prev, seen := pages[key]; {
	case !seen:
		pages[key] = r.Alert
	case prev != r.Alert:
		v.warnf(v.c.At(r.Pos, "alert"), "alert-page-clash", "alerts %q and %q write the same runbook page (alerts/%s.md) where file names ignore case (macOS, Windows) or once their names are made paths: rename one",
			prev, r.Alert, catalogue.AlertPage(r.Alert))
	}
}

func (v *validator) alertRule(r catalogue.Rule, alerts *unique) {
	np := v.c.At(r.Pos, "alert")
	if r.Record != "" {
		v.errorf(v.c.At(r.Pos, "record"), "bad-value", "a rule under alert_groups is an alerting rule: use alert, not record (recording rules go under recording_groups)")
	}
	if r.Record == "" && v.required(r.Pos, r.Alert, "an alert name", "alerting rule") {
		if !metricNameRE.MatchString(r.Alert) {
			// Prometheus takes any alert name (its alertname label value):
			// awesome-prometheus-alerts writes MysqlTooManyConnections(>80%).
			// Control characters are hidden-character's.
			v.warnf(np, "alert-name", "alert name %q is not a metric-style name ([a-zA-Z_:][a-zA-Z0-9_:]*): Prometheus and Alertmanager take it as written, but matchers and silences need it quoted; its runbook page is alerts/%s.md",
				r.Alert, catalogue.AlertPage(r.Alert))
		}
		// Prometheus and Alertmanager tell alerts apart by name and
		// labels: a warning and a critical rule may share a name.
		alerts.addAs(r.Alert+labelKey(r.Labels), "alert "+quote(r.Alert)+labelDesc(r.Labels), np)
	}
	v.expr(r.Expr, r.Pos, "expr", false)
	if r.For < 0 || r.KeepFiringFor < 0 {
		v.errorf(v.c.At(r.Pos, "for"), "bad-duration", "durations must not be negative")
	}
	v.ruleLabels(r)
	for k, text := range r.Annotations {
		if !labelNameRE.MatchString(k) {
			v.errorf(v.c.At(r.Pos, "annotations."+k+":key"), "bad-name", "annotation name %q is not a valid label name", k)
		}
		v.template(text, v.c.At(r.Pos, "annotations."+k), r.Alert, "annotation "+k)
	}
	if rb := r.Runbook; rb != nil && rb.Journey != "" && v.c.Journey(rb.Journey) == nil {
		v.errorf(v.c.At(rb.Pos, "journey"), "unknown-ref", "runbook journey %q is not a declared journey", rb.Journey)
	}
	if rb := r.Runbook; rb != nil {
		v.linkURL(v.c.At(rb.Pos, "url"), rb.URL, "runbook url")
	}
	if u, ok := r.Annotations["runbook_url"]; ok && !strings.Contains(u, "{{") {
		v.linkURL(v.c.At(r.Pos, "annotations.runbook_url"), u, "runbook_url annotation")
	}
	v.ruleTests(r)
}

func (v *validator) recordRule(r catalogue.Rule) {
	np := v.c.At(r.Pos, "record")
	if r.Alert != "" {
		v.errorf(v.c.At(r.Pos, "alert"), "bad-value", "a rule under recording_groups is a recording rule: use record, not alert")
	}
	if v.required(r.Pos, r.Record, "a record name", "recording rule") && !metricNameRE.MatchString(r.Record) {
		v.errorf(np, "bad-name", "recorded name %q is not a valid metric name (by convention level:metric:operations)", r.Record)
	}
	if v.c.Metric(r.Record) != nil {
		v.errorf(np, "duplicate-name", "recording rule %q records a series the service already exports", r.Record)
	}
	v.expr(r.Expr, r.Pos, "expr", false)
	if r.For != 0 || r.KeepFiringFor != 0 {
		v.errorf(v.c.At(r.Pos, "for"), "bad-value", "a recording rule has no for or keep_firing_for")
	}
	if len(r.Annotations) > 0 || r.Runbook != nil {
		v.errorf(v.c.At(r.Pos, "annotations"), "bad-value", "a recording rule has no annotations or runbook")
	}
	v.ruleLabels(r)
	v.ruleTests(r)
}

func (v *validator) ruleLabels(r catalogue.Rule) {
	for k, val := range r.Labels {
		kp := v.c.At(r.Pos, "labels."+k+":key")
		if !labelNameRE.MatchString(k) || k == "__name__" {
			v.errorf(kp, "bad-name", "rule label %q is not a valid label name", k)
		}
		if !model.LabelValue(val).IsValid() {
			v.errorf(v.c.At(r.Pos, "labels."+k), "bad-value", "rule label %s has an invalid value", k)
		}
		if r.Alert != "" {
			v.template(val, v.c.At(r.Pos, "labels."+k), r.Alert, "label "+k)
		}
	}
}

// template checks an alert label or annotation template the way Prometheus
// parses it when loading rules (rulefmt's testTemplateParsing): the same
// variable definitions and the same function names.
func (v *validator) template(text string, p catalogue.Pos, alert, what string) {
	if !strings.Contains(text, "{{") {
		return
	}
	err, parsed := v.templates[templateKey{alert, text}]
	if !parsed {
		err = parseTemplate("__alert_"+alert, text)
	}
	if err != nil {
		msg := err.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 && strings.Contains(msg, "template:") {
			msg = msg[i+2:]
		}
		v.errorf(p, "bad-template", "%s of %s does not parse as a template: %s", what, alert, msg)
	}
}

// templateKey is an alert template as it is parsed: under its alert's name.
type templateKey struct{ alert, text string }

// parseTemplates parses every template of c's alerts (annotations and
// labels holding an action) on every core, each once, for the validation
// to report their errors in spec order: parsing them is most of the
// validation of a large rule file.
func parseTemplates(c *catalogue.Catalogue) map[templateKey]error {
	var keys []templateKey
	seen := map[templateKey]bool{}
	add := func(alert, text string) {
		k := templateKey{alert, text}
		if strings.Contains(text, "{{") && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, g := range c.AlertGroups {
		for _, r := range g.Rules {
			if r.Alert == "" {
				continue
			}
			for _, text := range r.Annotations {
				add(r.Alert, text)
			}
			for _, text := range r.Labels {
				add(r.Alert, text)
			}
		}
	}
	errs := make([]error, len(keys))
	parallel.ForEach(len(keys), parallel.Cores(), func(i int) {
		errs[i] = parseTemplate("__alert_"+keys[i].alert, keys[i].text)
	})
	out := make(map[templateKey]error, len(keys))
	for i, k := range keys {
		out[k] = errs[i]
	}
	return out
}

// templateDefs are the variables Prometheus defines before an alert's
// template text.
const templateDefs = "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}"

// parseTemplate parses an alert template as Prometheus's expander would,
// with its variables and the names of its functions and text/template's.
// It calls text/template's parser directly: text/template's Funcs checks
// and copies the whole function map into every template, which cost more
// than the parse itself for a thousand alerts.
func parseTemplate(name, text string) error {
	_, err := parse.Parse(name, templateDefs+text, "", "", templateFuncNames(), templateBuiltins)
	return err
}

// templateBuiltins are the names of text/template's own functions, which
// every template may call (TestTemplateBuiltinsAreTextTemplates holds the
// list to text/template's).
var templateBuiltins = nameSet("and", "call", "html", "index", "slice", "js", "len", "not", "or",
	"print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne")

// nameSet is a function map for parsing: the parser asks only whether a
// name's entry is set.
func nameSet(list ...string) map[string]any {
	out := map[string]any{}
	for _, n := range list {
		out[n] = true
	}
	return out
}

// templateFuncNames returns, once, the names of every function Prometheus
// offers alert templates, read from Prometheus's own expander, so the
// check cannot drift from the version obsgen links. Parsing needs only the
// names; building Prometheus's expander for every template cost a tenth
// of a second per thousand alerts.
var templateFuncNames = sync.OnceValue(func() map[string]any {
	data := template.AlertTemplateData(map[string]string{}, map[string]string{}, "", promqlengine.Sample{})
	exp := template.NewTemplateExpander(context.Background(), "", "names", data, 0, nil, nil, nil)
	var list []string
	for _, k := range reflect.Indirect(reflect.ValueOf(exp)).FieldByName("funcMap").MapKeys() {
		list = append(list, k.String())
	}
	return nameSet(list...)
})

// ruleTests checks the declared tests' own syntax; running them is obsgen test.
func (v *validator) ruleTests(r catalogue.Rule) {
	names := v.unique("test of " + r.Name())
	for _, t := range r.Tests {
		v.required(t.Pos, t.Name, "a name", "rule test")
		names.add(t.Name, v.c.At(t.Pos, "name"))
		if t.Interval < 0 {
			v.errorf(v.c.At(t.Pos, "interval"), "bad-duration", "interval must not be negative")
		}
		if len(t.Series) == 0 {
			v.errorf(t.Pos, "missing-field", "test %q has no input series", t.Name)
		}
		for _, s := range t.Series {
			if _, _, err := promql.Parser.ParseSeriesDesc(s.Series + " " + s.Values); err != nil {
				at, msg := v.seriesError(s, err)
				v.errorf(at, "bad-series", "input series %q %q: %s", s.Series, s.Values, msg)
			}
		}
		for _, a := range t.Alerts {
			if a.At < 0 {
				v.errorf(v.c.At(a.Pos, "at"), "bad-duration", "at must not be negative")
			}
			for _, e := range a.Firing {
				v.testNames(e.Pos, "labels", e.Labels)
				v.testNames(e.Pos, "annotations", e.Annotations)
			}
		}
		if r.Alert != "" && len(t.Values) > 0 || r.Record != "" && len(t.Alerts) > 0 {
			v.errorf(t.Pos, "bad-value", "alerting rules are tested with alerts, recording rules with values")
		}
		if len(t.Alerts) == 0 && len(t.Values) == 0 {
			v.errorf(t.Pos, "missing-field", "test %q expects nothing: add alerts or values", t.Name)
		}
		for _, vc := range t.Values {
			if vc.At < 0 {
				v.errorf(v.c.At(vc.Pos, "at"), "bad-duration", "at must not be negative")
			}
			if vc.Expr.Text != "" {
				v.expr(vc.Expr, vc.Pos, "expr", false)
			}
			for _, s := range vc.Samples {
				if s.Labels != "" {
					if _, err := promql.Parser.ParseMetric(s.Labels); err != nil {
						v.errorf(v.c.At(s.Pos, "labels"), "bad-series", "expected series %q: %v", s.Labels, err)
					}
				}
			}
		}
	}
}

// testNames checks the label or annotation names an expected alert gives.
func (v *validator) testNames(p catalogue.Pos, field string, m map[string]string) {
	for k := range m {
		if !labelNameRE.MatchString(k) || k == "__name__" {
			v.errorf(v.c.At(p, field+"."+k+":key"), "bad-name", "expected %s name %q is not a valid label name", strings.TrimSuffix(field, "s"), k)
		}
	}
}

// seriesError says where in a test's input series the parser failed: in
// the series when it does not parse alone (a brace left open is noticed
// only at the values after it), else in the values, with the character,
// rather than the parser's line:column in the two joined.
func (v *validator) seriesError(s catalogue.TestSeries, err error) (catalogue.Pos, string) {
	field, text := "values", s.Values
	if _, _, serr := promql.Parser.ParseSeriesDesc(s.Series); serr != nil {
		field, text, err = "series", s.Series, serr
	}
	var errs parser.ParseErrors
	if !errors.As(err, &errs) || len(errs) == 0 {
		return v.c.At(s.Pos, field), fmt.Sprintf("%v, in %s", err, field)
	}
	off := int(errs[0].PositionRange.Start)
	if field == "values" {
		off -= len(s.Series) + 1
	}
	if off < 0 || off >= len(text) {
		return v.c.At(s.Pos, field), fmt.Sprintf("%v, in %s", errs[0].Err, field)
	}
	return v.c.At(s.Pos, field), fmt.Sprintf("%v, at character %d of %s (%q)", errs[0].Err, off+1, field, text[off:off+1])
}
