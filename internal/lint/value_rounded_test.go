package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestValueRounded(t *testing.T) {
	for _, tc := range []struct {
		name, expr, summary string
		want                int
	}{
		{"a ratio printed with no decimals prints 0, as the node-mixin's receive errors do", `shop_nodes / 10 > 0.01`, `{{ printf "%.0f" $value }} receive errors`, 1},
		{"piped into printf alike", `shop_nodes / 10 > 0.01`, `{{ $value | printf "%.0f" }} errors`, 1},
		{"a ratio near 1 prints 1", `shop_nodes / 10 < 0.9`, `{{ printf "%d" $value }} up`, 1},
		{"a ratio as a percentage is right", `shop_nodes / 10 > 0.01`, `{{ $value | humanizePercentage }}`, 0},
		{"a ratio with two decimals is right", `shop_nodes / 10 > 0.01`, `{{ printf "%.2f" $value }}`, 0},
		{"a count printed with no decimals is right", `shop_nodes > 3`, `{{ printf "%.0f" $value }} nodes`, 0},
		{"a count above 0 printed with no decimals is right", `increase(shop_requests_total[5m]) > 0`, `{{ printf "%.0f" $value }} requests`, 0},
		{"a rate above 0 prints 0 below half an event a second, as the memcached-mixin's out-of-memory errors do", `sum without (op) (rate(shop_requests_total[5m])) > 0`, `current rate is {{ printf "%0.0f" $value }}`, 1},
		{"a width and flags are no decimals either", `shop_nodes / 10 > 0.01`, `{{ printf "%3d nodes" $value }}`, 1},
		{"a count of nodes above 0 is whole", `count(shop_nodes > 0) > 0`, `{{ printf "%.0f" $value }} nodes`, 0},
		{"a rate below 0 is not a firing fraction", `deriv(shop_nodes[5m]) < 0`, `{{ printf "%.0f" $value }}`, 0},
		{"a comparison of two series has no threshold to judge by", `shop_nodes < shop_queue_length`, `{{ printf "%.0f" $value }}`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec, _, _ := exprSpec(inAlert, "", tc.expr)
			spec = strings.Replace(spec, "annotations: {summary: S}", "annotations: {summary: '"+tc.summary+"'}", 1)
			got := runOne(testtool.LoadSpec(t, spec), valueRounded)
			if len(got) != tc.want {
				t.Errorf("want %d findings, got %v", tc.want, got)
			}
		})
	}
}
