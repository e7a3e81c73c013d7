package ruletest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/synth"
	"github.com/obsgen/obsgen/internal/testtool"
)

// TestTracesOfOneShapeAreTheTracesOfEachRule traces every alert of the
// seeds and of a catalogue of many alike SLOs twice: all at once with one
// Tracer, whose replays of one shape share a trace, and each with a
// Tracer of its own, which shares nothing. Both must be the same, names
// and all, with the alert's signals and with extra expressions.
func TestTracesOfOneShapeAreTheTracesOfEachRule(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    *catalogue.Catalogue
		// alike says some alerts have one shape.
		alike bool
	}{
		{"rstmdb", testtool.Seed(t, "rstmdb"), false},
		{"stemedb", testtool.Seed(t, "stemedb"), false},
		{"synth", synthWithSLOs(t, 8), true},
		{"synth with objectives apart", synthApart(t), true},
		{"alike alerts, other inputs", testtool.LoadSpec(t, alikeAlerts), true},
		{"alike quantiles, other buckets", testtool.LoadSpec(t, alikeQuantiles), false},
		{"an empty matcher against a value", testtool.LoadSpec(t, emptyMatchers), false},
	} {
		c := tc.c
		t.Run(tc.name, func(t *testing.T) {
			var alerts []*catalogue.Rule
			for _, groups := range [][]catalogue.RuleGroup{c.AlertGroups, c.SLOGroups} {
				for gi := range groups {
					for ri := range groups[gi].Rules {
						if r := &groups[gi].Rules[ri]; r.Alert != "" {
							alerts = append(alerts, r)
						}
					}
				}
			}
			shared, err := NewTracer(c)
			if err != nil {
				t.Fatal(err)
			}
			alone := make([]string, len(alerts))
			extras := make([][]string, len(alerts))
			traced := 0
			for i, r := range alerts {
				if !shared.Has(r) {
					continue
				}
				traced++
				sigs, _, err := signals(r, nil)
				if err != nil {
					t.Fatal(err)
				}
				for _, sig := range sigs {
					extras[i] = append(extras[i], sig.Expr)
				}
				alone[i] = fmt.Sprintf("%+v", *traceWith(t, c, r, extras[i]))
			}
			together := make([]string, len(alerts))
			var wg sync.WaitGroup
			for i, r := range alerts {
				wg.Go(func() {
					tr, err := shared.Trace(r, extras[i]...)
					if err != nil {
						t.Error(err)
						return
					}
					if tr != nil {
						together[i] = fmt.Sprintf("%+v", *tr)
					}
				})
			}
			wg.Wait()
			for i, r := range alerts {
				if together[i] != alone[i] {
					t.Errorf("%s: traced with the others:\n%s\nalone:\n%s", c.VariantName(r), together[i], alone[i])
				}
			}
			shapes := 0
			shared.shapes.m.Range(func(any, any) bool { shapes++; return true })
			t.Logf("%d alerts traced, %d shapes", traced, shapes)
			if tc.alike && shapes >= traced {
				t.Errorf("%d alike SLOs' alerts traced as %d shapes: none shared", traced, shapes)
			}
		})
	}
}

// alikeAlerts are three alerts alike but for the series they read, the
// first two with other input series in their tests, the first and the
// third with the same.
var alikeAlerts = `apiVersion: obsgen.dev/v1
service: {name: shop}
metric_groups:
  - name: counted
    metrics:
      - {name: shop_a_total, type: counter, help: A.}
      - {name: shop_b_total, type: counter, help: B.}
      - {name: shop_c_total, type: counter, help: C.}
alert_groups:
  - name: shop
    rules:
` + fmt.Sprintf(alikeAlert, "A", "a", 120) + fmt.Sprintf(alikeAlert, "B", "b", 240) + fmt.Sprintf(alikeAlert, "C", "c", 120)

// alikeAlert is one of alikeAlerts, for fmt.Sprintf's arguments: its
// name, its series (twice) and the step of its input series.
const alikeAlert = `
      - alert: Shop%[1]sFast
        expr: rate(shop_%[2]s_total[5m]) > 1
        for: 2m
        labels: {severity: warning}
        annotations: {summary: Fast., description: Fast.}
        tests:
          - name: fires
            series:
              - {series: shop_%[2]s_total, values: 0+%[3]dx20}
            alerts:
              - {at: 15m, firing: [{labels: {severity: warning}}]}
`

// emptyMatchers are two alerts alike but for a matcher, zone="" in the
// first (series without a zone) and zone="a" in the second (none of its
// series), with input series alike: renamed by rank, both would read
// zone="#0", yet only the first fires.
var emptyMatchers = `apiVersion: obsgen.dev/v1
service: {name: shop}
labels:
  - {name: zone, description: The zone.}
metric_groups:
  - name: counted
    metrics:
      - {name: shop_a_total, type: counter, help: A., labels: [zone]}
      - {name: shop_b_total, type: counter, help: B., labels: [zone]}
alert_groups:
  - name: shop
    rules:
` + fmt.Sprintf(emptyMatcher, "A", "a", "", "x") + fmt.Sprintf(emptyMatcher, "B", "b", "a", "b")

// emptyMatcher is one of emptyMatchers, for fmt.Sprintf's arguments: its
// name, its series (three times), the zone it selects and the zone of
// its second input series.
const emptyMatcher = `
      - alert: Shop%[1]sFast
        expr: rate(shop_%[2]s_total{zone="%[3]s"}[5m]) > 1
        for: 2m
        labels: {severity: warning}
        annotations: {summary: Fast., description: Fast.}
        tests:
          - name: fires
            series:
              - {series: shop_%[2]s_total, values: 0+120x20}
              - {series: 'shop_%[2]s_total{zone="%[4]s"}', values: 0+120x20}
            alerts:
              - {at: 15m, firing: [{labels: {severity: warning}}]}
`

// alikeQuantiles are two alerts on the 90th percentile of two histograms
// alike but for their buckets (of one order: +Inf, 0.1, 0.5 and +Inf, 0.2,
// 1), with the same input series: histogram_quantile reads the bounds.
var alikeQuantiles = `apiVersion: obsgen.dev/v1
service: {name: shop}
metric_groups:
  - name: timed
    metrics:
      - {name: shop_a_seconds, type: histogram, unit: seconds, help: A., buckets: [0.1, 0.5]}
      - {name: shop_b_seconds, type: histogram, unit: seconds, help: B., buckets: [0.2, 1]}
alert_groups:
  - name: shop
    rules:
` + fmt.Sprintf(alikeQuantile, "A", "a", "0.1", "0.5") + fmt.Sprintf(alikeQuantile, "B", "b", "0.2", "1")

// alikeQuantile is one of alikeQuantiles, for fmt.Sprintf's arguments: its
// name, its histogram (three times) and its two finite bounds.
const alikeQuantile = `
      - alert: Shop%[1]sSlow
        expr: histogram_quantile(0.9, rate(shop_%[2]s_seconds_bucket[5m])) > 0.15
        labels: {severity: warning}
        annotations: {summary: Slow., description: Slow.}
        tests:
          - name: fires
            series:
              - {series: 'shop_%[2]s_seconds_bucket{le="%[3]s"}', values: 0+10x20}
              - {series: 'shop_%[2]s_seconds_bucket{le="%[4]s"}', values: 0+50x20}
              - {series: 'shop_%[2]s_seconds_bucket{le="+Inf"}', values: 0+100x20}
            alerts:
              - {at: 15m, firing: [{labels: {severity: warning}}]}
`

// synthApart is a synthetic catalogue of 8 SLOs, ratio and latency in
// turn, two of the ratios with an objective of 99.5 % rather than 99.9 %:
// alike rules, other burn rates, so other input series in their tests.
func synthApart(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "synth")
	if err := synth.WriteSpec(dir, synth.Shaped("synth", synth.Shape{Metrics: 40, SLOs: 8})); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "slos.yaml")
	spec, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(string(spec), "objective: 99.9\n")
	if len(parts) != 5 {
		t.Fatalf("%d ratio SLOs of 99.9 %%, want 4", len(parts)-1)
	}
	apart := parts[0] + "objective: 99.9\n" + parts[1] + "objective: 99.5\n" + parts[2] + "objective: 99.9\n" + parts[3] + "objective: 99.5\n" + parts[4]
	if err := os.WriteFile(path, []byte(apart), 0o644); err != nil {
		t.Fatal(err)
	}
	return testtool.Load(t, dir)
}

// traceWith traces r with the extra expressions, with a Tracer of its own.
func traceWith(t *testing.T, c *catalogue.Catalogue, r *catalogue.Rule, extra []string) *Trace {
	t.Helper()
	tracer, err := NewTracer(c)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := tracer.Trace(r, extra...)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}
