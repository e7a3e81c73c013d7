package preview

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/synth"
)

// TestAQueryOfOneSLOSeesWhatItSawWithEveryRuleRecorded queries each SLO's
// recorded series and alerts of a catalogue of several SLOs, which record
// the same names, from an evaluator that records only the rules that may
// write what a query selects, and from one that has recorded every rule
// first, and wants the same series and values.
func TestAQueryOfOneSLOSeesWhatItSawWithEveryRuleRecorded(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "synth")
	if err := synth.WriteSpec(dir, synth.Shaped("synth", synth.Shape{Metrics: 20, SLOs: 6})); err != nil {
		t.Fatal(err)
	}
	c := load(t, dir)
	// The queries read the even SLOs' series only.
	var queries []string
	for i := 0; i < len(c.SLOs); i += 2 {
		for _, w := range catalogue.SLIWindows() {
			queries = append(queries, catalogue.SLIErrorRecord(w)+c.SLOs[i].Filter(c))
		}
	}
	for _, r := range c.Alerts() {
		if r.SLO != nil && r.SLO == &c.SLOs[0] {
			queries = append(queries, r.Expr.Text)
		}
	}
	some, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	every, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Records() {
		if err := every.record(r, 0); err != nil {
			t.Fatal(err)
		}
	}
	recorded := 0
	for _, q := range queries {
		got, err := some.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		want, err := every.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s:\n got %v\nwant %v", q, got, want)
		}
		recorded += len(got)
	}
	if recorded == 0 {
		t.Fatal("no query returned a series")
	}
	for r := range some.recorded {
		if r.SLO != nil && r.SLO == &c.SLOs[1] {
			t.Errorf("a query of other SLOs recorded %s of SLO %s", r.Record, r.SLO.Name)
		}
	}
}
