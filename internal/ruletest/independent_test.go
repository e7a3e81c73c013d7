package ruletest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
)

// apartSpec has a recording group that fails at every evaluation (two
// series of one match group), one that reads what the first alert's test
// feeds it, one that records the same series from nothing, one that
// records a constant, and three alerts with a test each, the third, in a
// group of its own, on the constant.
var apartSpec = `apiVersion: obsgen.dev/v1
service: {name: shop}
metric_groups:
  - name: shop
    metrics:
      - {name: shop_a_total, type: counter, help: A.}
      - {name: shop_b, type: gauge, unit: jobs, help: B.}
recording_groups:` + brokenGroup + `
  - name: reads-a
    rules:
      - record: shop:a:rate5m
        expr: rate(shop_a_total[5m])
` + alsoA + `
  - name: constant
    rules:
      - record: shop:objective
        expr: vector(0.99)
alert_groups:
  - name: shop
    rules:
      - alert: ShopAFast
        expr: rate(shop_a_total[5m]) > 1
        labels: {severity: warning}
        annotations: {summary: Fast.}
        tests:
          - name: fires
            series:
              - {series: shop_a_total, values: 0+120x10}
            alerts:
              - {at: 8m, firing: [{labels: {severity: warning}}]}
      - alert: ShopBHigh
        expr: shop_b > 1
        labels: {severity: warning}
        annotations: {summary: High.}
        tests:
          - name: fires
            series:
              - {series: shop_b, values: 2x10}
              - {series: 'shop:a:rate5m', values: 1x10}
            alerts:
              - {at: 8m, firing: [{labels: {severity: warning}}]}
  - name: objective
    rules:
      - alert: ShopObjectiveLow
        expr: shop:objective < 1
        labels: {severity: warning}
        annotations: {summary: Low.}
        tests:
          - name: fires
            series:
              - {series: shop_b, values: 2x10}
            alerts:
              - {at: 8m, firing: [{labels: {severity: warning}}]}
`

// alsoA is apartSpec's group that records what reads-a does.
const alsoA = `  - name: also-a
    rules:
      - record: shop:a:rate5m
        expr: vector(1)`

// brokenGroup is apartSpec's failing group.
const brokenGroup = `
  - name: broken
    rules:
      - record: shop:broken
        expr: vector(1) / on () group_left () (vector(1) or label_replace(vector(1), "a", "b", "", ""))`

// failingAlert is an alert group for the end of apartSpec whose alert
// fails at every evaluation: its two series become one by its labels.
const failingAlert = `  - name: failing-alert
    rules:
      - alert: ShopTwice
        expr: vector(1) or label_replace(vector(1), "a", "b", "", "")
        labels: {severity: warning, a: c}
        annotations: {summary: Twice.}
`

// TestLeavingApartGroupsOutChangesNoResult runs the tests of the seeds,
// of tests that fail, of catalogues of many alike SLOs and of apartSpec
// (with its failing group, without, and with a failing alert instead, the
// others' rules evaluated by rule) twice: leaving out of each test the groups apart from it, and loading
// every group as promtool does. Every result must be the same.
func TestLeavingApartGroupsOutChangesNoResult(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    *catalogue.Catalogue
	}{
		{"rstmdb", testtool.Seed(t, "rstmdb")},
		{"stemedb", testtool.Seed(t, "stemedb")},
		{"failing", testtool.Load(t, "testdata/failing")},
		{"synth", synthWithSLOs(t, 8)},
		{"synth with objectives apart", synthApart(t)},
		{"a failing group", testtool.LoadSpec(t, apartSpec)},
		{"no failing group", testtool.LoadSpec(t, strings.Replace(apartSpec, brokenGroup, "", 1))},
		{"a failing alert", testtool.LoadSpec(t, strings.NewReplacer(brokenGroup, "", alsoA+"\n", "").Replace(apartSpec)+failingAlert)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			apart, err := runTests(tc.c, true)
			if err != nil {
				t.Fatal(err)
			}
			all, err := runTests(tc.c, false)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := fmt.Sprintf("%+v", apart), fmt.Sprintf("%+v", all); got != want {
				t.Errorf("leaving groups out:\n%s\nloading every group:\n%s", got, want)
			}
		})
	}
}

// TestATestLeavesOutOnlyGroupsApartFromIt checks which groups of
// apartSpec each test loads: the failing group always (it fails with no
// input series too), the group reading shop_a_total only in the test that
// feeds it or feeds a series of its name, with the group that records the
// same series, the constant with the alert that reads it, and each alert's
// own group.
func TestATestLeavesOutOnlyGroupsApartFromIt(t *testing.T) {
	c := testtool.LoadSpec(t, apartSpec)
	files, err := prometheus.UnitTests(c)
	if err != nil {
		t.Fatal(err)
	}
	rf, err := ruleFiles(c)
	if err != nil {
		t.Fatal(err)
	}
	graphs := newGroupGraphs(newParsedLoader(rf), files)
	got := map[string]string{}
	for _, f := range files {
		for _, tg := range f.Tests {
			l, ok := graphs.loaderFor(f, tg).(someGroups)
			if !ok {
				t.Fatalf("%s loads every group", tg.Rule)
			}
			var names []string
			for name := range l.keep {
				names = append(names, name)
			}
			slices.Sort(names)
			got[tg.Rule] = strings.Join(names, " ")
		}
	}
	want := map[string]string{"ShopAFast": "also-a broken reads-a shop", "ShopBHigh": "also-a broken reads-a shop", "ShopObjectiveLow": "broken constant objective shop"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("groups loaded: %v, want %v", got, want)
	}
	res, err := Run(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if !strings.Contains(strings.Join(r.Failures, "\n"), "shop:broken") {
			t.Errorf("%s: %s: the failing group's failure is not reported: %q", r.Rule, r.Test, r.Failures)
		}
	}
}
