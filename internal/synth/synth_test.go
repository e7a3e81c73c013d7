package synth

import (
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/pipeline"
)

var _ = golden.Updating

func TestSyntheticCataloguesHaveTheAdvertisedShape(t *testing.T) {
	for _, n := range []int{20, 200} {
		c := Catalogue("synth", n)
		if got := len(c.Metrics()); got != n {
			t.Errorf("n=%d: %d metrics", n, got)
		}
		if got := len(c.Alerts()); got != n/2 {
			t.Errorf("n=%d: %d alerts, want %d", n, got, n/2)
		}
		if got := len(c.Dashboards); got != n/20 {
			t.Errorf("n=%d: %d dashboards, want %d", n, got, n/20)
		}
		for _, d := range c.Dashboards {
			panels := 0
			for _, r := range d.Rows {
				panels += len(r.Panels)
			}
			if panels != GroupSize {
				t.Errorf("dashboard %s has %d panels, want %d", d.UID, panels, GroupSize)
			}
		}
	}
}

func TestSyntheticCatalogueLoadsAndLintsWithoutErrorsOrWarnings(t *testing.T) {
	dir := t.TempDir()
	if err := WriteSpec(dir, Catalogue("synth", 200)); err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Load(pipeline.Options{Specs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Diags.Count(1); n > 0 { // warnings and errors
		t.Fatalf("%d warnings or errors:\n%v", n, res.Diags[:min(10, len(res.Diags))])
	}
	if err := res.Generate(); err != nil {
		t.Fatal(err)
	}
	if len(res.Files) == 0 {
		t.Fatal("nothing generated")
	}
	_ = catalogue.APIVersion
}

func TestShapedCataloguesHaveTheAskedCountsAndLintClean(t *testing.T) {
	shape := KubernetesMixin
	shape.SLOs = 10
	c := Shaped("synth", shape)
	panels := 0
	for _, d := range c.Dashboards {
		for _, r := range d.Rows {
			panels += len(r.Panels)
		}
	}
	if len(c.Metrics()) != 600 || len(c.Alerts()) != 70 || len(c.Dashboards) != 20 || panels != 250 || len(c.SLOs) != 10 {
		t.Fatalf("%d metrics, %d alerts, %d dashboards, %d panels, %d SLOs; want 600, 70, 20, 250, 10",
			len(c.Metrics()), len(c.Alerts()), len(c.Dashboards), panels, len(c.SLOs))
	}
	dir := t.TempDir()
	if err := WriteSpec(dir, c); err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Load(pipeline.Options{Specs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Diags.Count(1); n > 0 {
		t.Fatalf("%d warnings or errors:\n%v", n, res.Diags[:min(10, len(res.Diags))])
	}
}
