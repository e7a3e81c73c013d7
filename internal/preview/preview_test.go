package preview

import (
	"math"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/specload"
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
