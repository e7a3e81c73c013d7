package prometheus

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
)

func TestRuleFileInChunksIsWrittenAsAtOnce(t *testing.T) {
	texts := []string{"up == 0", "a: b", "true", "multi\nline", "x\n\n  y\n", "sep\u2028arated", strings.Repeat("long ", 30)}
	for _, shape := range [][]int{{1}, {32}, {33}, {100, 3, 70}, {40}} {
		var rgs rulefmt.RuleGroups
		for gi, n := range shape {
			g := rulefmt.RuleGroup{Name: fmt.Sprintf("g%d", gi), Interval: model.Duration(gi)}
			if n == 40 {
				g.Labels = map[string]string{"team": "a"} // rules are not last: written at once
			}
			for i := range n {
				g.Rules = append(g.Rules, rulefmt.Rule{
					Alert: fmt.Sprintf("A%d", i), Expr: texts[i%len(texts)], For: model.Duration(i),
					Labels: map[string]string{"severity": texts[(i+1)%len(texts)]}, Annotations: map[string]string{"summary": texts[(i+2)%len(texts)]},
				})
			}
			rgs.Groups = append(rgs.Groups, g)
		}
		want, err := generators.YAML("# h\n", rgs)
		if err != nil {
			t.Fatal(err)
		}
		got, err := RuleFileYAML("# h\n", rgs)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("shape %v: differs:\n%s\n---\n%s", shape, got, want)
		}
	}
}
