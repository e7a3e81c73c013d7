package docs_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/internal/specload"
)

// TestEverySeedAlertAndDashboardHasItsPicture checks the seeds' pictures:
// every alert variant (each is tested) has the SVG of its test on its
// runbook page, every dashboard a preview page showing its SVG, and every
// SLO its burn-rate picture.
func TestEverySeedAlertAndDashboardHasItsPicture(t *testing.T) {
	files := map[string]string{}
	for _, f := range generatedFrom(t, "../../specs") {
		files[f.Path] = string(f.Data)
	}
	svg := func(path string) {
		t.Helper()
		if !strings.HasPrefix(files[path], "<?xml") || !strings.Contains(files[path], "<svg") {
			t.Errorf("%s is not an SVG", path)
		}
	}
	for _, svc := range []string{"rstmdb", "stemedb"} {
		c, diags, _ := specload.Load("../../specs/"+svc, specload.Options{})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		dir := svc + "/docs/"
		for _, name := range c.AlertNames() {
			page := files[dir+"alerts/"+name+".md"]
			variants := c.AlertVariants(name)
			for i := range variants {
				pic := name + ".svg"
				if len(variants) > 1 {
					pic = name + "-" + string(rune('1'+i)) + ".svg"
				}
				svg(dir + "alerts/" + pic)
				if !strings.Contains(page, "]("+pic+")") {
					t.Errorf("%s does not show %s", name, pic)
				}
			}
		}
		for _, d := range grafana.Dashboards(c) {
			svg(dir + "dashboards/" + d.UID + ".svg")
			if !strings.Contains(files[dir+"dashboards/"+d.UID+".md"], "]("+d.UID+".svg)") {
				t.Errorf("the preview page of %s does not show its picture", d.UID)
			}
		}
		for _, s := range c.SLOs {
			svg(dir + "slos/" + s.Name + ".svg")
		}
	}
}
