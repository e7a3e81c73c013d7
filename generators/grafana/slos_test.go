package grafana

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// sloRows reads the rows of a generated SLO dashboard as Grafana does:
// a collapsed row holds its panels, an open row's panels follow it.
type sloRows struct {
	Description string `json:"description"`
	Panels      []struct {
		Type      string            `json:"type"`
		Title     string            `json:"title"`
		Collapsed bool              `json:"collapsed"`
		Panels    []json.RawMessage `json:"panels"`
	} `json:"panels"`
}

func TestTheSLODashboardOpensTheFirstTenSLOsRowsAndCollapsesTheRest(t *testing.T) {
	for _, tc := range []struct {
		slos, open int
	}{
		{slos: 2, open: 2},
		{slos: 10, open: 10},
		{slos: 12, open: 10},
	} {
		t.Run(fmt.Sprint(tc.slos, " SLOs"), func(t *testing.T) {
			c := testtool.Seed(t, "rstmdb")
			base := c.SLOs[0]
			c.SLOs = nil
			for i := range tc.slos {
				s := base
				s.Name, s.Title = fmt.Sprintf("slo-%02d", i), fmt.Sprintf("SLO %02d", i)
				c.SLOs = append(c.SLOs, s)
			}
			var d sloRows
			files := testtool.Files(t, Generator{}, c, c.Service.Name+"/grafana/")
			if err := json.Unmarshal(files["dashboards/"+c.Service.Name+"-slos.json"], &d); err != nil {
				t.Fatal(err)
			}
			var open, collapsed, topLevel int
			for _, p := range d.Panels {
				switch {
				case p.Type == "row" && p.Collapsed:
					collapsed++
					if len(p.Panels) != 3 {
						t.Errorf("collapsed row %q holds %d panels, want its SLO's 3", p.Title, len(p.Panels))
					}
				case p.Type == "row":
					if collapsed > 0 {
						t.Errorf("row %q is open after a collapsed one", p.Title)
					}
					open++
				default:
					topLevel++
				}
			}
			if open != tc.open || collapsed != tc.slos-tc.open || topLevel != 3*tc.open {
				t.Errorf("%d open rows, %d collapsed, %d panels outside rows; want %d, %d, %d",
					open, collapsed, topLevel, tc.open, tc.slos-tc.open, 3*tc.open)
			}
			if says := strings.Contains(d.Description, "collapsed"); says != (collapsed > 0) {
				t.Errorf("the description %q, with %d rows collapsed", d.Description, collapsed)
			}
		})
	}
}
