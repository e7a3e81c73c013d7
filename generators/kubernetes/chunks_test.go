package kubernetes

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// trickyText are rule texts whose YAML style depends on their content.
var trickyText = []string{
	"up == 0", "a: b", "#x", "true", "1.5", "", "multi\nline", "multi\n\nempty\n", "  indented\nblock", "sep\u2028arated",
	"para\u2029graph\nx", "nel\u0085", "{{ $labels.job }} down", strings.Repeat("long ", 40), "é日本", "end\n\n",
}

func TestPrometheusRuleInChunksIsWrittenAsAtOnce(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	text := func() string { return trickyText[r.IntN(len(trickyText))] }
	for _, shape := range [][]int{{1}, {ruleChunk}, {ruleChunk + 1}, {3*ruleChunk + 5, 1, 2, ruleChunk*2 + 1}, {2, 0}, slices.Repeat([]int{1}, 2*ruleChunk+3)} {
		pr := monitoringv1.PrometheusRule{
			TypeMeta:   metav1.TypeMeta{APIVersion: "monitoring.coreos.com/v1", Kind: "PrometheusRule"},
			ObjectMeta: metav1.ObjectMeta{Name: "x", Labels: map[string]string{"a": "b"}},
		}
		for gi, n := range shape {
			g := monitoringv1.RuleGroup{Name: fmt.Sprintf("g%d %s", gi, text())}
			for range n {
				g.Rules = append(g.Rules, monitoringv1.Rule{
					Alert: text(), Expr: intstr.FromString(text()),
					Labels: map[string]string{"severity": text(), text(): text()}, Annotations: map[string]string{"summary": text()},
				})
			}
			pr.Spec.Groups = append(pr.Spec.Groups, g)
		}
		doc, err := docNode(pr)
		if err != nil {
			t.Fatal(err)
		}
		want, err := encodeNode(doc)
		if err != nil {
			t.Fatal(err)
		}
		got, ok, err := ruleDocYAML(doc)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			// A group without rules has no rules key to end it; the
			// document is then written at once.
			if !slices.Contains(shape, 0) {
				t.Fatalf("shape %v: not written in chunks", shape)
			}
			continue
		}
		if !bytes.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Fatalf("shape %v: differs at byte %d:\ngot:  %q\nwant: %q", shape, i, got[max(0, i-60):min(len(got), i+60)], want[max(0, i-60):min(len(want), i+60)])
		}
		again, err := encodeNode(doc)
		if err != nil || !bytes.Equal(again, want) {
			t.Fatalf("shape %v: writing in chunks changed the document", shape)
		}
	}
}

func TestRuleGroupNodesAreWhatTheirJSONParsesTo(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	text := func() string {
		if r.IntN(8) == 0 {
			return "bad\xffutf8\xfe\xfd" + trickyText[r.IntN(len(trickyText))]
		}
		return trickyText[r.IntN(len(trickyText))]
	}
	dur := func() *monitoringv1.Duration {
		if r.IntN(2) == 0 {
			return nil
		}
		d := monitoringv1.Duration([]string{"5m", "", "1h30m"}[r.IntN(3)])
		return &d
	}
	labels := func() map[string]string {
		m := map[string]string{}
		for range r.IntN(4) {
			m[text()] = text()
		}
		return m
	}
	for range 20 {
		pr := monitoringv1.PrometheusRule{
			TypeMeta:   metav1.TypeMeta{APIVersion: "monitoring.coreos.com/v1", Kind: "PrometheusRule"},
			ObjectMeta: metav1.ObjectMeta{Name: "x", Labels: labels()},
		}
		for range 1 + r.IntN(4) {
			g := monitoringv1.RuleGroup{Name: text(), Labels: labels(), Interval: dur(), QueryOffset: dur()}
			if r.IntN(3) == 0 {
				g.PartialResponseStrategy = text()
				limit := r.IntN(100)
				g.Limit = &limit
			}
			for range r.IntN(5) {
				rule := monitoringv1.Rule{Record: text(), Alert: text(), Expr: intstr.FromString(text()), For: dur(), Labels: labels(), Annotations: labels()}
				if r.IntN(5) == 0 {
					rule.Expr = intstr.FromInt32(int32(r.IntN(9)))
				}
				if r.IntN(3) == 0 {
					d := monitoringv1.NonEmptyDuration("10m")
					rule.KeepFiringFor = &d
				}
				g.Rules = append(g.Rules, rule)
			}
			pr.Spec.Groups = append(pr.Spec.Groups, g)
		}
		viaJSON, err := docNode(pr)
		if err != nil {
			t.Fatal(err)
		}
		want, err := encodeNode(viaJSON)
		if err != nil {
			t.Fatal(err)
		}
		direct, ok, err := ruleDoc(pr)
		if err != nil || !ok {
			t.Fatalf("ok %v, err %v", ok, err)
		}
		got, err := encodeNode(direct)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("built directly:\n%s\nthrough JSON:\n%s", got, want)
		}
	}
}

// TestRuleNodesKnowEveryFieldOfTheOperatorTypes fails when the operator's
// rule types gain a field, which groupNode and ruleNode must then write.
func TestRuleNodesKnowEveryFieldOfTheOperatorTypes(t *testing.T) {
	for _, tc := range []struct {
		typ  reflect.Type
		want []string
	}{
		{reflect.TypeFor[monitoringv1.RuleGroup](), []string{"name", "labels", "interval", "query_offset", "rules", "partial_response_strategy", "limit"}},
		{reflect.TypeFor[monitoringv1.Rule](), []string{"record", "alert", "expr", "for", "keep_firing_for", "labels", "annotations"}},
		{reflect.TypeFor[monitoringv1.PrometheusRuleSpec](), []string{"groups"}},
	} {
		var got []string
		for f := range tc.typ.Fields() {
			got = append(got, strings.Split(f.Tag.Get("json"), ",")[0])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s has the JSON fields %v; ruleDoc writes %v", tc.typ, got, tc.want)
		}
	}
}
