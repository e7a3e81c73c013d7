package preview

import (
	"math"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
)

func load(t *testing.T, dir string) *catalogue.Catalogue {
	t.Helper()
	c, diags, _ := specload.Load(dir, specload.Options{})
	if diags.HasErrors() {
		t.Fatalf("%s does not load: %v", dir, diags)
	}
	return c
}

func TestAPanelQueryReadsTheHealthyHistory(t *testing.T) {
	e, err := New(load(t, "../../specs/rstmdb"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.Query(`sum by (op) (rate(rstmdb_requests_total{op=~"$op", job="rstmdb"}[$__rate_interval]))`)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 {
		t.Fatal("no series")
	}
	for _, s := range got {
		if len(s.Values) != len(Steps()) {
			t.Fatalf("%s has %d values, want %d", s.Labels, len(s.Values), len(Steps()))
		}
		for i, v := range s.Values {
			if math.IsNaN(v) || v <= 0 {
				t.Fatalf("%s at step %d = %g, want a positive rate", s.Labels, i, v)
			}
		}
	}
}

func TestAPanelOnRecordedSeriesRecordsThemFirst(t *testing.T) {
	e, err := New(load(t, "../../specs/rstmdb"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.Query(`slo:period_error_budget_remaining:ratio{slo_service="rstmdb"}`)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d series, want the budget left of both SLOs", len(got))
	}
	for _, s := range got {
		last := s.Values[len(s.Values)-1]
		if math.IsNaN(last) || last <= 0 || last > 1 {
			t.Errorf("%s ends at %g, want a healthy budget left in (0, 1]", s.Labels, last)
		}
	}
}

// twoObjectives are two SLOs of one error ratio, 99.9 % and 99 %.
const twoObjectives = `apiVersion: obsgen.dev/v1
service: {name: shop}
metric_groups:
  - name: shop
    metrics:
      - {name: shop_requests_total, type: counter, help: Requests., labels: [code]}
labels:
  - name: code
    values: [{value: ok}, {value: fail}]
slos:
  - name: strict
    title: Strict
    description: Strict.
    objective: 99.9
    sli:
      ratio: {bad: 'shop_requests_total{code="fail"}', total: shop_requests_total}
  - name: loose
    title: Loose
    description: Loose.
    objective: 99
    sli:
      ratio: {bad: 'shop_requests_total{code="fail"}', total: shop_requests_total}
`

func TestRulesOfOneExpressionAreEvaluatedOnceAndRecordedUnderTheirOwnLabels(t *testing.T) {
	e, err := New(testtool.LoadSpec(t, twoObjectives))
	if err != nil {
		t.Fatal(err)
	}
	ratios, err := e.Query(`slo:sli_error:ratio_rate1h{slo_service="shop"}`)
	if err != nil {
		t.Fatal(err)
	}
	if len(ratios) != 2 || ratios[0].Labels.Get("slo") == ratios[1].Labels.Get("slo") {
		t.Fatalf("got %v, want the error ratio of each SLO under its own labels", ratios)
	}
	for i, v := range ratios[0].Values {
		if math.IsNaN(v) || v != ratios[1].Values[i] {
			t.Fatalf("step %d: the two SLOs' error ratios are %g and %g, want the same number", i, v, ratios[1].Values[i])
		}
	}
	if len(e.byText) != 1 {
		t.Errorf("%d expressions shared, want the one error ratio both SLOs' rules record", len(e.byText))
	}
	left, err := e.Query(`slo:period_error_budget_remaining:ratio{slo_service="shop"}`)
	if err != nil {
		t.Fatal(err)
	}
	budget := map[string]float64{}
	for _, s := range left {
		budget[s.Labels.Get("slo")] = s.Values[len(s.Values)-1]
	}
	if len(budget) != 2 || !(budget["strict"] < budget["loose"]) {
		t.Errorf("budget left %v: want less of the strict SLO's than of the loose one's", budget)
	}
}
