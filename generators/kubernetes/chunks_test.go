package kubernetes

import (
	"bytes"
	"fmt"
	"math/rand/v2"
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
