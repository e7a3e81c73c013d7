package docs

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/preview"
	"github.com/obsgen/obsgen/internal/synth"
	"github.com/obsgen/obsgen/internal/testtool"
)

// TestPreviewsAreTheSameWhateverTheHistoryForgets draws the previews of
// the seeds and of a synthetic catalogue twice: from a history that keeps
// everything, and from one that forgets every family after each dashboard
// (more than the release counts ever do), so that every family a later
// dashboard reads is worked out again. The pictures must not differ.
func TestPreviewsAreTheSameWhateverTheHistoryForgets(t *testing.T) {
	cats := []*catalogue.Catalogue{testtool.Seed(t, "rstmdb"), testtool.Seed(t, "stemedb"), synth.Catalogue("synth", 200)}
	for _, c := range cats {
		files, err := grafana.Generator{}.Generate(c)
		if err != nil {
			t.Fatal(err)
		}
		var dashboards []dashboardJSON
		for _, f := range files {
			if strings.Contains(f.Path, "/grafana/dashboards/") {
				var dj dashboardJSON
				if err := json.Unmarshal(f.Data, &dj); err != nil {
					t.Fatal(err)
				}
				dashboards = append(dashboards, dj)
			}
		}
		keeping, err := preview.New(c)
		if err != nil {
			t.Fatal(err)
		}
		forgetting, err := preview.New(c)
		if err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, m := range c.Metrics() {
			all = append(all, m.Name)
		}
		forgot := 0
		for _, dj := range dashboards {
			want, err := dashboardSVG(keeping, dj)
			if err != nil {
				t.Fatal(err)
			}
			got, err := dashboardSVG(forgetting, dj)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: the preview of %s differs when the history forgot what earlier previews read", c.Service.Name, dj.Title)
			}
			forgetting.Forget(all...)
			forgot++
		}
		if len(dashboards) > 1 && forgot < 2 {
			t.Errorf("%s: nothing was drawn after a forget", c.Service.Name)
		}
	}
}

func TestTheReleaseFreesAFamilyAfterTheLastDashboardReadingIt(t *testing.T) {
	c := testtool.Seed(t, "rstmdb")
	var dashboards []dashboardJSON
	for _, text := range []string{
		`{"panels": [{"targets": [{"expr": "sum(rate(rstmdb_requests_total[$__rate_interval]))"}]}]}`,
		`{"panels": [{"type": "row", "panels": [{"targets": [
			{"expr": "histogram_quantile(0.9, sum by (le) (rate(rstmdb_requests_duration_seconds_bucket[5m])))"},
			{"expr": "rstmdb_requests_total / on() group_left up"}]}]}]}`,
		`{"panels": [{"targets": [{"expr": "up"}, {"expr": "not promql ("}]}]}`,
	} {
		var dj dashboardJSON
		if err := json.Unmarshal([]byte(text), &dj); err != nil {
			t.Fatal(err)
		}
		dashboards = append(dashboards, dj)
	}
	r := newFamilyRelease(c, dashboards)
	for _, step := range []struct {
		drawn int
		freed []string
	}{
		{0, nil}, // rstmdb_requests_total is still read by the second
		{2, nil}, // up is Prometheus's, not a family of the catalogue
		{1, []string{"rstmdb_requests_duration_seconds", "rstmdb_requests_total"}},
	} {
		got := r.done(step.drawn)
		slices.Sort(got)
		if !slices.Equal(got, step.freed) {
			t.Errorf("after dashboard %d: freed %v, want %v", step.drawn, got, step.freed)
		}
	}
}
