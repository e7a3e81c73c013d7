package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestHumanizePercentage(t *testing.T) {
	for _, tc := range []struct {
		name, expr, summary string
		want                int
	}{
		{"a ratio formatted as a percentage is right", `shop_nodes / 10 > 0.9`, `{{ $value | humanizePercentage }}`, 0},
		{"a value times 100 formatted as a percentage is wrong", `shop_nodes / 10 * 100 > 90`, `{{ $value | humanizePercentage }} used`, 1},
		{"100 times a value, as a function call, is wrong too", `100 * (shop_nodes / 10) > 90`, `{{ humanizePercentage $value }}`, 1},
		{"a value times 100 printed with printf is right", `shop_nodes / 10 * 100 > 90`, `{{ printf "%.0f" $value }}%`, 0},
		{"a percent-unit series formatted as a percentage is wrong", `max(shop_cpu_percent) > 90`, `{{ $value | humanizePercentage }}`, 1},
		{"100 times a sum divided by a limit, as the postgres trial wrote it, is wrong", `100 * sum by (instance) (shop_nodes) / max by (instance) (shop_nodes) > 80`, `{{ $value | humanizePercentage }}`, 1},
		{"a value times 100 in parentheses, then divided, is wrong", `(shop_nodes * 100) / 10 > 80`, `{{ $value | humanizePercentage }}`, 1},
		{"100 minus a percentage is a percentage", `100 - shop_nodes / 10 * 100 > 80`, `{{ $value | humanizePercentage }}`, 1},
		{"a percentage divided by a percentage is a ratio", `max(shop_cpu_percent) / max(shop_cpu_percent) > 0.5`, `{{ $value | humanizePercentage }}`, 0},
		{"a comparison with bool is not a filter", `(shop_nodes * 100 > bool 90) == 1`, `{{ $value | humanizePercentage }}`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec, _, _ := exprSpec(inAlert, "", tc.expr)
			spec = strings.Replace(spec, "annotations: {summary: S}", "annotations: {summary: '"+tc.summary+"'}", 1)
			spec = strings.Replace(spec, "metric_groups:\n  - name: shop\n    metrics:\n",
				"metric_groups:\n  - name: shop\n    metrics:\n      - {name: shop_cpu_percent, type: gauge, unit: percent, help: CPU.}\n", 1)
			got := runOne(testtool.LoadSpec(t, spec), humanizePercentage)
			if len(got) != tc.want {
				t.Errorf("want %d findings, got %v", tc.want, got)
			}
		})
	}
}
