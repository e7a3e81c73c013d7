package ruletest

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
	promqlengine "github.com/prometheus/prometheus/promql"
)

// instance is one alert instance: its labels and expanded annotations.
type instance struct {
	Labels, Annotations labels.Labels
}

func (a instance) String() string { return a.Labels.String() + " " + a.Annotations.String() }

func sortInstances(s []instance) {
	sort.Slice(s, func(i, j int) bool {
		if d := labels.Compare(s[i].Labels, s[j].Labels); d != 0 {
			return d < 0
		}
		return labels.Compare(s[i].Annotations, s[j].Annotations) < 0
	})
}

// compareAlerts compares the firing instances of an alert with a check; it
// returns "" when they are the same set. For an alert several rules share
// (variants), the message says that every variant's instances count.
func compareAlerts(check prometheus.AlertRuleTest, got []instance, variants bool) string {
	want := make([]instance, 0, len(check.ExpAlerts))
	for _, e := range check.ExpAlerts {
		ls := make(map[string]string, len(e.ExpLabels)+1)
		for k, v := range e.ExpLabels {
			ls[k] = v
		}
		ls[labels.AlertName] = check.Alertname
		want = append(want, instance{Labels: labels.FromMap(ls), Annotations: labels.FromMap(e.ExpAnnotations)})
	}
	sortInstances(want)
	sortInstances(got)
	same := len(want) == len(got)
	for i := 0; same && i < len(want); i++ {
		same = labels.Equal(want[i].Labels, got[i].Labels) && labels.Equal(want[i].Annotations, got[i].Annotations)
	}
	if same {
		return ""
	}
	msg := fmt.Sprintf("alert %s at %s:\n    want: %s\n    got:  %s", check.Alertname, check.EvalTime, listInstances(want), listInstances(got))
	if variants {
		msg += fmt.Sprintf("\n    (several rules are named %s: as in promtool, every firing instance of the name is compared, whichever rule fired it; list the other variants' instances with their labels, e.g. severity)", check.Alertname)
	}
	if missing := unstatedAnnotations(want, got); len(missing) > 0 {
		msg += fmt.Sprintf("\n    (the expectation lacks annotation %s, a template: a test states what it expands to, as promtool compares every annotation; obsgen adds only those without one)", strings.Join(missing, ", "))
	}
	return msg
}

// unstatedAnnotations returns the annotations the firing instances carry
// and their expectations leave out, when that is all that differs: the
// templates a test must state expanded (a Varnish trial left them out
// and read only a want/got diff).
func unstatedAnnotations(want, got []instance) []string {
	if len(want) != len(got) {
		return nil
	}
	var missing []string
	for i := range want {
		if !labels.Equal(want[i].Labels, got[i].Labels) {
			return nil
		}
		stated := want[i].Annotations.Map()
		for k, v := range got[i].Annotations.Map() {
			switch w, ok := stated[k]; {
			case !ok:
				if !slices.Contains(missing, k) {
					missing = append(missing, k)
				}
			case w != v:
				return nil
			}
		}
		if want[i].Annotations.Len() > got[i].Annotations.Len() {
			return nil
		}
	}
	slices.Sort(missing)
	return missing
}

func listInstances(s []instance) string {
	if len(s) == 0 {
		return "nothing firing"
	}
	parts := make([]string, len(s))
	for i, a := range s {
		parts[i] = a.String()
	}
	return strings.Join(parts, "\n          ")
}

// sample is one expected or actual result of an expression.
type sample struct {
	Labels labels.Labels
	Value  float64
}

func (s sample) String() string { return fmt.Sprintf("%s %g", s.Labels, s.Value) }

// compareSamples evaluates an expression test's expression and compares
// the result with the expected samples; it returns "" when they agree.
func compareSamples(rp *replay, p prometheus.PromQLExprTest) string {
	at := rp.mint.Add(time.Duration(p.EvalTime))
	got, err := instant(rp.b, p.Expr, at)
	if err != nil {
		return fmt.Sprintf("expr %q at %s: %v", p.Expr, p.EvalTime, err)
	}
	want := make([]sample, 0, len(p.ExpSamples))
	for _, e := range p.ExpSamples {
		ls, err := promql.Parser.ParseMetric(e.Labels)
		if err != nil {
			return fmt.Sprintf("expr %q at %s: expected series %q: %v", p.Expr, p.EvalTime, e.Labels, err)
		}
		want = append(want, sample{ls, e.Value})
	}
	bySeries := func(s []sample) {
		sort.Slice(s, func(i, j int) bool { return labels.Compare(s[i].Labels, s[j].Labels) < 0 })
	}
	bySeries(want)
	bySeries(got)
	same := len(want) == len(got)
	for i := 0; same && i < len(want); i++ {
		same = labels.Equal(want[i].Labels, got[i].Labels) && near(want[i].Value, got[i].Value)
	}
	if same {
		return ""
	}
	return fmt.Sprintf("expr %q at %s:\n    want: %s\n    got:  %s", p.Expr, p.EvalTime, listSamples(want), listSamples(got))
}

func listSamples(s []sample) string {
	if len(s) == 0 {
		return "no samples"
	}
	parts := make([]string, len(s))
	for i, x := range s {
		parts[i] = x.String()
	}
	return strings.Join(parts, ", ")
}

// near reports whether two values agree within a relative tolerance of
// 1e-9 (NaN agrees with NaN): PromQL's arithmetic differs between versions
// in the last bits.
func near(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// instant runs an instant query; a scalar result is one sample without labels.
func instant(b backend, expr string, at time.Time) ([]sample, error) {
	q, err := b.engine().NewInstantQuery(b.context(), b, nil, expr, at)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	res := q.Exec(b.context())
	if res.Err != nil {
		return nil, res.Err
	}
	switch v := res.Value.(type) {
	case promqlengine.Vector:
		out := make([]sample, 0, len(v))
		for _, s := range v {
			if s.H != nil {
				return nil, fmt.Errorf("native histogram results are not supported")
			}
			out = append(out, sample{s.Metric.Copy(), s.F})
		}
		return out, nil
	case promqlengine.Scalar:
		return []sample{{labels.EmptyLabels(), v.V}}, nil
	}
	return nil, fmt.Errorf("result is a %s, not a vector or scalar", res.Value.Type())
}
