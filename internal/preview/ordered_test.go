package preview

import (
	"fmt"
	"math"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// sixOps is a counter of six operations, whose healthy rates are equal.
const sixOps = `apiVersion: obsgen.dev/v1
service: {name: shop}
labels:
  - name: op
    description: The operation.
    values: [{value: a}, {value: b}, {value: c}, {value: d}, {value: e}, {value: f}]
metric_groups:
  - name: served
    metrics:
      - {name: shop_requests_total, type: counter, help: Requests., labels: [op]}
      - {name: shop_errors_total, type: counter, help: Errors., labels: [op]}
`

// A topk inside a subquery is evaluated at other times than the query's
// steps and is left alone (ordered): it may still pick otherwise from run
// to run.
func TestATopkOfEqualValuesPicksTheSameSeriesEveryTime(t *testing.T) {
	c := testtool.LoadSpec(t, sixOps)
	for _, expr := range []string{
		`topk(2, rate(shop_requests_total[5m]) * 2)`,
		`bottomk by (job) (3, abs(sum by (op, job) (rate(shop_requests_total[5m]))))`,
		`topk(2, sum by (op) (rate(shop_errors_total[5m])) / sum by (op) (rate(shop_requests_total[5m])))`,
		`topk(2, rate(shop_requests_total[5m]) + 1) * 3`,
		`bottomk(2, topk(4, rate(shop_requests_total[5m]) * 2) + 1)`,
	} {
		t.Run(expr, func(t *testing.T) {
			seen := map[string]int{}
			for range 30 {
				e, err := NewSharing(c, nil)
				if err != nil {
					t.Fatal(err)
				}
				got, err := e.Query(expr)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) == 0 {
					t.Fatal("no series")
				}
				var s string
				for _, x := range got {
					s += fmt.Sprintf("%s %v\n", x.Labels, x.Values)
				}
				seen[s]++
			}
			if len(seen) != 1 {
				t.Errorf("%d different results in 30 evaluations:\n%v", len(seen), seen)
			}
		})
	}
}

func TestATopkOfAllSeriesIsItsOperandGapsAndAll(t *testing.T) {
	c := testtool.LoadSpec(t, sixOps)
	e, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	// Every other step, from the operand's own condition on time.
	operand := `rate(shop_requests_total[5m]) * 2 and on () (vector(time()) % 600 < 300)`
	want, err := e.Query(operand)
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.Query(`topk(6, ` + operand + `)`)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("topk of all six series:\n%v\nthe operand:\n%v", got, want)
	}
	gaps := 0
	for _, v := range want[0].Values {
		if math.IsNaN(v) {
			gaps++
		}
	}
	if gaps == 0 || gaps == len(want[0].Values) {
		t.Fatalf("the operand has %d gaps in %d steps, want some", gaps, len(want[0].Values))
	}
}
