package preview

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/synth"
	"github.com/obsgen/obsgen/internal/testtool"
)

func TestQueriesOfOneShapeGiveWhatEachGivesAlone(t *testing.T) {
	for _, tc := range []struct {
		name string
		cs   []*catalogue.Catalogue
		// alike says some queries have one shape.
		alike bool
	}{
		{"the seeds", []*catalogue.Catalogue{testtool.Seed(t, "rstmdb"), testtool.Seed(t, "stemedb")}, false},
		{"synthetic services with SLOs", []*catalogue.Catalogue{synthService(t, "one"), synthService(t, "two"), synthService(t, "three")}, true},
		{"alike services, other values, buckets and rates", []*catalogue.Catalogue{
			testtool.LoadSpec(t, alikeService("alpha", "read, write", "[0.1, 0.5]", "")),
			testtool.LoadSpec(t, alikeService("beta", "get, put, delete", "[0.2, 1]", "a")),
			testtool.LoadSpec(t, alikeService("gamma", "in, out", "[0.1, 0.5]", "b")),
			testtool.LoadSpec(t, alikeService("delta", "up, down", "[0.2, 1]", "b")),
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			shapes := NewShapes()
			type query struct {
				c    int
				expr string
			}
			var queries []query
			shared := make([]*Evaluator, len(tc.cs))
			alone := make([]*Evaluator, len(tc.cs))
			for i, c := range tc.cs {
				var err error
				if shared[i], err = NewSharing(c, shapes); err != nil {
					t.Fatal(err)
				}
				if alone[i], err = NewSharing(c, nil); err != nil {
					t.Fatal(err)
				}
				for _, d := range grafana.Dashboards(c) {
					for _, r := range d.Rows {
						for _, p := range r.Panels {
							for _, q := range p.Queries {
								queries = append(queries, query{i, q.Expr.Text})
							}
						}
					}
				}
			}
			want := make([]string, len(queries))
			for i, q := range queries {
				want[i] = result(alone[q.c].Query(q.expr))
			}
			got := make([]string, len(queries))
			var wg sync.WaitGroup
			for i, q := range queries {
				wg.Go(func() { got[i] = result(shared[q.c].Query(q.expr)) })
			}
			wg.Wait()
			for i, q := range queries {
				if got[i] != want[i] {
					t.Errorf("%s: %s: shared by shape:\n%s\nalone:\n%s", tc.cs[q.c].Service.Name, q.expr, got[i], want[i])
				}
			}
			n := 0
			shapes.m.Range(func(any, any) bool { n++; return true })
			t.Logf("%d queries, %d shapes", len(queries), n)
			if tc.alike && n >= len(queries) {
				t.Errorf("%d queries of alike services evaluated as %d shapes: none shared", len(queries), n)
			}
		})
	}
}

// result writes a query's result for comparison, NaN and all.
func result(series []Series, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	for _, s := range series {
		fmt.Fprintf(&b, "%s %v\n", s.Labels, s.Values)
	}
	return b.String()
}

// synthService is a synthetic service of 40 metrics and 4 SLOs, its
// panels alike those of any other synthetic service.
func synthService(t *testing.T, name string) *catalogue.Catalogue {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := synth.WriteSpec(dir, synth.Shaped(name, synth.Shape{Metrics: 40, SLOs: 4})); err != nil {
		t.Fatal(err)
	}
	return testtool.Load(t, dir)
}

// alikeService is a service whose panels are alike another's but for its
// name, the values of its op label, its histogram's buckets and the zone
// one panel selects ("" for series without one, such as every request's). Its counters of requests
// and errors have the same labels but other rates (errors are slow).
func alikeService(name, ops, buckets, zone string) string {
	var values []string
	for _, op := range strings.Split(ops, ", ") {
		values = append(values, "{value: "+op+"}")
	}
	return fmt.Sprintf(`apiVersion: obsgen.dev/v1
service: {name: %[1]s}
labels:
  - name: op
    description: The operation.
    values: %[2]s
  - {name: zone, description: The zone.}
metric_groups:
  - name: served
    metrics:
      - {name: %[1]s_requests_total, type: counter, help: Requests., labels: [op]}
      - {name: %[1]s_errors_total, type: counter, help: Errors., labels: [op]}
      - {name: %[1]s_zoned_total, type: counter, help: Zoned., labels: [zone]}
      - {name: %[1]s_queued, type: gauge, help: Queued., labels: [op]}
      - {name: %[1]s_duration_seconds, type: histogram, unit: seconds, help: Durations., labels: [op], buckets: %[3]s}
dashboards:
  - uid: %[1]s
    title: %[1]s
    variables: [op]
    rows:
      - title: Served
        panels:
          - title: Requests
            type: timeseries
            queries:
              - {expr: 'sum by (op) (rate(%[1]s_requests_total{op=~"$op"}[5m]))', legend: '{{op}}'}
          - title: Errors
            type: timeseries
            queries:
              - {expr: 'sum by (op) (rate(%[1]s_errors_total{op=~"$op"}[5m]))', legend: '{{op}}'}
          - title: Error ratio
            type: timeseries
            queries:
              - {expr: 'sum(rate(%[1]s_errors_total[5m])) / sum(rate(%[1]s_requests_total[5m]))'}
          - title: Zoned
            type: timeseries
            queries:
              - {expr: 'rate(%[1]s_zoned_total{zone="%[4]s"}[5m])'}
              - {expr: 'sum(rate(%[1]s_requests_total{zone="%[4]s"}[5m]))'}
          - title: Queued
            type: timeseries
            queries:
              - {expr: '%[1]s_queued'}
          - title: Slow
            type: timeseries
            queries:
              - {expr: 'histogram_quantile(0.9, sum by (le) (rate(%[1]s_duration_seconds_bucket[5m])))'}
`, name, "["+strings.Join(values, ", ")+"]", buckets, zone)
}
