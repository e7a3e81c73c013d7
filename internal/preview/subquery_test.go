package preview

import (
	"math"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// TestASubqueryWithoutAStepIsDrawn: the varnish-mixin's dashboard writes
// increase(x[$__interval:] offset -$__interval), a subquery without a
// step, which Prometheus steps by its evaluation interval; the engine
// dereferenced a nil function and generate panicked.
func TestASubqueryWithoutAStepIsDrawn(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: varnish}
metric_groups:
  - name: varnish
    metrics:
      - {name: varnish_main_client_req, type: counter, help: Good client requests received.}
`)
	e, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, expr := range []string{
		"increase(varnish_main_client_req[5m:] offset -5m)",
		"max_over_time(rate(varnish_main_client_req[5m])[30m:])",
	} {
		got, err := e.Query(expr)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || math.IsNaN(got[0].Values[len(got[0].Values)/2]) {
			t.Errorf("%s: %v, want one series", expr, got)
		}
	}
}
