package lint

import (
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
)

func TestVariableEquality(t *testing.T) {
	// A mixin dashboard offers its variables as written; a spec's own
	// dashboard makes a variable compared with = single-select.
	for _, tc := range []struct {
		name    string
		expr    string
		offered []catalogue.TemplateVariable
		want    int
	}{
		{"= on a single-select variable is right", `shop_nodes{instance="$instance"}`, []catalogue.TemplateVariable{{Name: "instance"}}, 0},
		{"= on a multi-select variable blanks the panel", `shop_nodes{instance="$instance"}`, []catalogue.TemplateVariable{{Name: "instance", Multi: true}}, 1},
		{"!= on a variable with All blanks the panel", `shop_nodes{instance!="${instance}"}`, []catalogue.TemplateVariable{{Name: "instance", IncludeAll: true, AllValue: ".*"}}, 1},
		{"=~ on a multi-select variable is right", `shop_nodes{instance=~"$instance"}`, []catalogue.TemplateVariable{{Name: "instance", Multi: true, IncludeAll: true}}, 0},
		{"a spec dashboard makes a variable compared with = single-select", `shop_queue_length{op="$op"}`, nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec, _, _ := exprSpec(inPanel, "", tc.expr)
			c := testtool.LoadSpec(t, spec)
			c.Dashboards[0].Offered = tc.offered
			if got := runOne(c, variableEquality); len(got) != tc.want {
				t.Errorf("want %d findings, got %v", tc.want, got)
			}
		})
	}
}
