package prometheus

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/parallel"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql/parser"
)

// The types below model promtool's rule unit-test file (`promtool test
// rules`). promtool keeps its own in package main, so they cannot be
// imported; the tests decode every generated file strictly and run promtool
// on it.

// UnitTestFile is one promtool test file.
type UnitTestFile struct {
	RuleFiles          []string        `yaml:"rule_files"`
	EvaluationInterval model.Duration  `yaml:"evaluation_interval"`
	GroupEvalOrder     []string        `yaml:"group_eval_order,omitempty"`
	Tests              []UnitTestGroup `yaml:"tests"`

	// Group is the rule group whose tests the file holds.
	Group string `yaml:"-"`
}

// UnitTestGroup is one test: input series and what to expect of them.
type UnitTestGroup struct {
	Name            string           `yaml:"name,omitempty"`
	Interval        model.Duration   `yaml:"interval"`
	InputSeries     []InputSeries    `yaml:"input_series"`
	AlertRuleTests  []AlertRuleTest  `yaml:"alert_rule_test,omitempty"`
	PromQLExprTests []PromQLExprTest `yaml:"promql_expr_test,omitempty"`

	// Rule and Test name the rule and the spec's test; Pos is where the
	// test was written.
	Rule string        `yaml:"-"`
	Test string        `yaml:"-"`
	Pos  catalogue.Pos `yaml:"-"`
}

// InputSeries is one input series in promtool's expanding notation.
type InputSeries struct {
	Series string `yaml:"series"`
	Values string `yaml:"values"`
}

// AlertRuleTest expects the firing instances of one alert at one time.
type AlertRuleTest struct {
	EvalTime  model.Duration `yaml:"eval_time"`
	Alertname string         `yaml:"alertname"`
	ExpAlerts []ExpAlert     `yaml:"exp_alerts"`

	// Pos is where the check was written.
	Pos catalogue.Pos `yaml:"-"`
}

// ExpAlert is one expected alert instance.
type ExpAlert struct {
	ExpLabels      map[string]string `yaml:"exp_labels,omitempty"`
	ExpAnnotations map[string]string `yaml:"exp_annotations,omitempty"`
}

// PromQLExprTest expects the result of an expression at one time.
type PromQLExprTest struct {
	Expr       string         `yaml:"expr"`
	EvalTime   model.Duration `yaml:"eval_time"`
	ExpSamples []ExpSample    `yaml:"exp_samples"`

	// Pos is where the check was written.
	Pos catalogue.Pos `yaml:"-"`
}

// ExpSample is one expected sample: its series in PromQL notation.
type ExpSample struct {
	Labels string  `yaml:"labels"`
	Value  float64 `yaml:"value"`
}

// DefaultTestInterval is promtool's default time between input samples and
// between rule evaluations.
const DefaultTestInterval = time.Minute

// UnitTests builds one test file per rule group with tests, alerting
// groups first, in spec order. Expectations are completed from the rules as
// written to the rule files: labels and annotations whose value has no
// template (severity, a constant summary, the runbook_url obsgen adds) are
// filled in when a test does not give them; for a recording rule checked by
// its own name, the recorded name and the rule's labels are added to the
// expected series. promtool compares every firing instance of an alert
// name, whichever rule fired it, so a test of one variant lists the other
// variants' instances too; each is completed from the rule its labels name
// (catalogue.ExpectedVariant).
func UnitTests(c *catalogue.Catalogue) ([]UnitTestFile, error) {
	// The spec's own tests read the spec's rule files; an SLO's tests read
	// slos.yaml alone, whose groups do not depend on each other.
	var ruleFiles []string
	for _, name := range RuleFileNames(c) {
		if name != SLOFile {
			ruleFiles = append(ruleFiles, name)
		}
	}
	var order []string
	for _, g := range append(catalogue.LocalGroups(c.RecordGroups), catalogue.GlobalGroups(c.RecordGroups)...) {
		order = append(order, g.Name)
	}
	for _, g := range append(catalogue.LocalGroups(c.AlertGroups), catalogue.GlobalGroups(c.AlertGroups)...) {
		order = append(order, g.Name)
	}
	if len(order) < 2 {
		order = nil
	}
	// written maps each rule to the rule as the rule files have it, so that
	// an expected instance of another variant is completed from that
	// variant's rule.
	written := map[*catalogue.Rule]rulefmt.Rule{}
	for _, groups := range [][]catalogue.RuleGroup{c.AlertGroups, c.RecordGroups, c.SLOGroups} {
		rg := RuleGroups(c, groups)
		for gi := range groups {
			for ri := range groups[gi].Rules {
				written[&groups[gi].Rules[ri]] = rg.Groups[gi].Rules[ri]
			}
		}
	}
	var out []UnitTestFile
	for _, part := range []struct {
		groups []catalogue.RuleGroup
		files  []string
		order  []string
	}{{c.AlertGroups, ruleFiles, order}, {c.RecordGroups, ruleFiles, order}, {c.SLOGroups, []string{SLOFile}, nil}} {
		for _, g := range part.groups {
			f := UnitTestFile{
				RuleFiles:          prefixed("../", part.files),
				EvaluationInterval: model.Duration(DefaultTestInterval),
				GroupEvalOrder:     part.order,
				Group:              g.Name,
			}
			switch {
			case g.TestInterval > 0:
				f.EvaluationInterval = model.Duration(g.TestInterval)
			case g.Interval > 0:
				f.EvaluationInterval = model.Duration(g.Interval)
			}
			for ri := range g.Rules {
				r := &g.Rules[ri]
				for _, t := range r.Tests {
					tg, err := unitTestGroup(c, r, written, t)
					if err != nil {
						return nil, err
					}
					f.Tests = append(f.Tests, tg)
				}
			}
			if len(f.Tests) > 0 {
				out = append(out, f)
			}
		}
	}
	return out, nil
}

// RuleFileNames are the rule files Generate writes for c, in order,
// relative to out/<service>/prometheus/.
func RuleFileNames(c *catalogue.Catalogue) []string {
	var out []string
	for _, part := range RuleFiles(c) {
		out = append(out, part.Name)
	}
	return out
}

func prefixed(prefix string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = prefix + n
	}
	return out
}

// unitTestGroup turns one declared test of r into promtool's model. Tests
// are named after the rule's variant (DiskFull{severity="critical"}: ...)
// so that two variants' tests of the same name stay apart.
func unitTestGroup(c *catalogue.Catalogue, r *catalogue.Rule, written map[*catalogue.Rule]rulefmt.Rule, t catalogue.RuleTest) (UnitTestGroup, error) {
	name := c.VariantName(r)
	tg := UnitTestGroup{
		Name:     name + ": " + t.Name,
		Interval: model.Duration(DefaultTestInterval),
		Rule:     name,
		Test:     t.Name,
		Pos:      t.Pos,
	}
	if t.Interval > 0 {
		tg.Interval = model.Duration(t.Interval)
	}
	for _, s := range t.Series {
		tg.InputSeries = append(tg.InputSeries, InputSeries{Series: strings.TrimSpace(s.Series), Values: strings.TrimSpace(s.Values)})
	}
	for _, a := range t.Alerts {
		at := AlertRuleTest{EvalTime: model.Duration(a.At), Alertname: r.Alert, ExpAlerts: []ExpAlert{}, Pos: a.Pos}
		for _, e := range a.Firing {
			// promtool compares every instance of the alert name: one of
			// another variant is completed from that variant's rule.
			w := written[c.ExpectedVariant(r, e)]
			at.ExpAlerts = append(at.ExpAlerts, ExpAlert{
				ExpLabels:      completed(e.Labels, w.Labels),
				ExpAnnotations: completed(e.Annotations, w.Annotations),
			})
		}
		tg.AlertRuleTests = append(tg.AlertRuleTests, at)
	}
	for _, v := range t.Values {
		pt := PromQLExprTest{Expr: strings.TrimSpace(v.Expr.Text), EvalTime: model.Duration(v.At), ExpSamples: []ExpSample{}, Pos: v.Pos}
		own := pt.Expr == "" || pt.Expr == r.Record
		if pt.Expr == "" {
			pt.Expr = r.Record
		}
		for _, s := range v.Samples {
			series, err := expectedSeries(s.Labels, own, r.Record, written[r].Labels)
			if err != nil {
				return tg, fmt.Errorf("%s: test %q: %w", r.Name(), t.Name, err)
			}
			pt.ExpSamples = append(pt.ExpSamples, ExpSample{Labels: series, Value: s.Value})
		}
		tg.PromQLExprTests = append(tg.PromQLExprTests, pt)
	}
	return tg, nil
}

// completed returns the expected map plus the rule's template-free entries
// it does not give.
func completed(expected, rule map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range rule {
		if !strings.Contains(v, "{{") {
			out[k] = v
		}
	}
	for k, v := range expected {
		out[k] = v
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// expectedSeries renders an expected sample's series in PromQL notation;
// for a recording rule checked by its own name it adds the recorded name and
// the rule's labels when missing.
func expectedSeries(text string, own bool, record string, ruleLabels map[string]string) (string, error) {
	ls := labels.EmptyLabels()
	if strings.TrimSpace(text) != "" {
		var err error
		if ls, err = promql.Parser.ParseMetric(text); err != nil {
			return "", fmt.Errorf("expected series %q: %w", text, err)
		}
	}
	b := labels.NewBuilder(ls)
	if own {
		if ls.Get(model.MetricNameLabel) == "" {
			b.Set(model.MetricNameLabel, record)
		}
		for k, v := range ruleLabels {
			if ls.Get(k) == "" {
				b.Set(k, v)
			}
		}
	}
	ls = b.Labels()
	vs := &parser.VectorSelector{Name: ls.Get(model.MetricNameLabel)}
	ls.Range(func(l labels.Label) {
		if l.Name != model.MetricNameLabel {
			vs.LabelMatchers = append(vs.LabelMatchers, labels.MustNewMatcher(labels.MatchEqual, l.Name, l.Value))
		}
	})
	if vs.Name == "" && len(vs.LabelMatchers) == 0 {
		return "{}", nil
	}
	return vs.String(), nil
}

// TestFileName is the file a rule group's tests are written to, relative to
// the prometheus folder: tests/<group>.yaml, the group name reduced to
// letters, digits, dots, dashes and underscores.
func TestFileName(group string) string {
	var b strings.Builder
	for _, r := range group {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r == '.' && b.Len() > 0:
			b.WriteRune(r)
		default:
			b.WriteRune('-')
		}
	}
	name := b.String()
	if name == "" {
		name = "group"
	}
	return "tests/" + name + ".yaml"
}

// TestFiles renders the unit-test files, each as tests/<group>.yaml. When
// two groups' names reduce to the same file name, a group whose name needed
// no change keeps it and the others get numbered suffixes.
func TestFiles(c *catalogue.Catalogue) ([]generators.File, error) {
	files, err := UnitTests(c)
	if err != nil {
		return nil, err
	}
	header := generators.Header(c.Service.Name, "#") +
		"# Rule unit tests: `promtool test rules tests/*.yaml` in the prometheus folder.\n"
	names := make([]string, len(files))
	used := map[string]bool{}
	for i, f := range files {
		if name := TestFileName(f.Group); name == "tests/"+f.Group+".yaml" && !used[name] {
			names[i], used[name] = name, true
		}
	}
	for i, f := range files {
		if names[i] != "" {
			continue
		}
		name := TestFileName(f.Group)
		for n := 2; used[name]; n++ {
			name = strings.TrimSuffix(TestFileName(f.Group), ".yaml") + fmt.Sprintf("-%d.yaml", n)
		}
		names[i], used[name] = name, true
	}
	// A file per rule group, a thousand for a thousand SLOs: encoded on
	// every core.
	out := make([]generators.File, len(files))
	err = parallel.ForEachErr(len(files), parallel.Cores(), func(i int) (err error) {
		out[i].Path = names[i]
		out[i].Data, err = generators.YAML(header+fmt.Sprintf("# Tests of rule group %q.\n", files[i].Group), files[i])
		return err
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}
