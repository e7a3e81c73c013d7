package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestAnnotationWindow(t *testing.T) {
	for _, tc := range []struct {
		name, expr, forDur, description string
		want                            int
	}{
		{"a window the expression does not read, as etcd's failed proposals say", `rate(shop_errors_total[15m]) > 5`, "15m",
			`{{ $value }} proposal failures within the last 30 minutes`, 1},
		{"the window it reads, in words", `rate(shop_errors_total[2m]) > 5`, "5m", `errors in the last two minutes`, 0},
		{"the window it reads, as a duration", `increase(shop_errors_total[10m]) > 5`, "5m", `over the last 10m`, 0},
		{"its for:, which the text may speak of", `rate(shop_errors_total[1m]) > 5`, "5m", `failing for the last 5 minutes`, 0},
		{"a level, whose text may speak of its for:", `shop_queue_length > 5`, "5m", `long over the last 10 minutes`, 0},
		{"one of several windows", `rate(shop_errors_total[5m]) / rate(shop_requests_total[1h]) > 0.1`, "5m", `the past 1 hour`, 0},
		{"an hour said of a 5m rate", `rate(shop_errors_total[5m]) > 5`, "5m", `errors in the past hour`, 0},
		{"two hours said of a 5m rate", `rate(shop_errors_total[5m]) > 5`, "5m", `errors in the past two hours`, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec, _, _ := exprSpec(inAlert, "", tc.expr)
			spec = strings.Replace(spec, "for: 5m", "for: "+tc.forDur, 1)
			spec = strings.Replace(spec, "annotations: {summary: S}", "annotations: {summary: S, description: '"+tc.description+"'}", 1)
			got := runOne(testtool.LoadSpec(t, spec), annotationWindow)
			if len(got) != tc.want {
				t.Errorf("want %d findings, got %v", tc.want, got)
			}
		})
	}
}
