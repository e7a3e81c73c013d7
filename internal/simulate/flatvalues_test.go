package simulate

import (
	"math"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/synth"
	"github.com/obsgen/obsgen/internal/testtool"
)

// TestFlatValuesAreWhatTheExpositionHolds compares, for every metric of
// the fixtures, the seeds and a synthetic catalogue (every metric type),
// in each part, healthy and under each alert's scenario (gauges that
// move), what a history stores with what a scrape of the exposition
// stores.
func TestFlatValuesAreWhatTheExpositionHolds(t *testing.T) {
	kinds := &catalogue.Catalogue{
		Service: catalogue.Service{Name: "kinds"},
		MetricGroups: []catalogue.MetricGroup{{Metrics: []catalogue.Metric{
			{Name: "native_seconds", Type: catalogue.Histogram, Native: true},
			{Name: "both_seconds", Type: catalogue.Histogram, Native: true, Classic: true},
			{Name: "loose", Type: catalogue.Untyped},
			{Name: "process_uptime_seconds", Type: catalogue.Gauge, Unit: "seconds"},
		}}},
	}
	kinds.Reindex()
	catalogues := map[string]*catalogue.Catalogue{"synth": synth.Catalogue("synth", 100), "kinds": kinds, "hostile": hostile()}
	for name, dir := range fixtures {
		catalogues[name] = testtool.Load(t, dir)
	}
	for _, svc := range []string{"rstmdb", "stemedb"} {
		catalogues[svc] = testtool.Load(t, "../../specs/"+svc)
	}
	for name, c := range catalogues {
		scenarios := [][]string{nil}
		for _, a := range c.AlertNames() {
			scenarios = append(scenarios, []string{a})
		}
		for _, sc := range scenarios {
			p, err := newPlan(c, sc)
			if err != nil {
				continue // an alert the simulator cannot drive
			}
			for _, m := range c.Metrics() {
				for _, pt := range []part{normalPart, troubledPart} {
					fv := newFlatValues(p, m, pt)
					for _, at := range [][2]float64{{0, 0}, {3600, 0}, {4200, 600}, {86400 * 3.5, 7200}} {
						want := flatten(p.unlabelled(m, pt, at[0], at[1]))
						got := fv.at(nil, at[0], at[1])
						if len(got) != len(want) {
							t.Fatalf("%s %v: %s at %v: %d values, want %d", name, sc, m.Name, at, len(got), len(want))
						}
						for i, w := range want {
							if math.Float64bits(got[i]) != math.Float64bits(w.value) {
								t.Errorf("%s %v: %s%s %v at %v = %g, want %g", name, sc, m.Name, w.suffix, w.extra, at, got[i], w.value)
							}
						}
					}
				}
			}
		}
	}
}
