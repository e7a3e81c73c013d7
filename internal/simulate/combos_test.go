package simulate

import (
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/synth"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/prometheus/model/labels"
)

// TestCombosAreTheSortedProductOfEachLabelsValues compares combos with
// the product made a map per set and sorted, on the fixtures, the seeds,
// a synthetic catalogue and the hostile one (a label of ten values on
// each of eight labels: the later ones are cut short).
func TestCombosAreTheSortedProductOfEachLabelsValues(t *testing.T) {
	catalogues := map[string]*catalogue.Catalogue{"synth": synth.Catalogue("synth", 100), "hostile": hostile()}
	for name, dir := range fixtures {
		catalogues[name] = testtool.Load(t, dir)
	}
	for _, svc := range []string{"rstmdb", "stemedb"} {
		catalogues[svc] = testtool.Load(t, "../../specs/"+svc)
	}
	repeated := catalogue.Metric{Name: "twice", Type: catalogue.Gauge, Labels: []string{"l1", "l0", "l1"}}
	for name, c := range catalogues {
		p := &plan{c: c, values: labelValues(c)}
		metrics := c.Metrics()
		if name == "hostile" {
			metrics = append(metrics, &repeated)
		}
		for _, m := range metrics {
			got, want := p.combos(m), p.combosOfRepeatedLabels(m)
			if len(got) != len(want) {
				t.Fatalf("%s: %s has %d label sets, want %d", name, m.Name, len(got), len(want))
			}
			for i := range got {
				if labels.Compare(got[i], want[i]) != 0 {
					t.Fatalf("%s: %s's set %d is %s, want %s", name, m.Name, i, got[i], want[i])
				}
			}
		}
	}
}
