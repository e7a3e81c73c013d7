package lint

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/specload"
)

// loadAndLint loads a spec folder and lints it, as the pipeline does.
func loadAndLint(t *testing.T, dir string) (diag.List, diag.Sources) {
	t.Helper()
	// The organisation beside the service folder, as the pipeline reads it.
	org, diags, src := specload.LoadOrganisation(filepath.Dir(dir))
	c, more, more2 := specload.Load(dir, specload.Options{Organisation: org})
	diags = append(diags, more...)
	for k, v := range more2 {
		src[k] = v
	}
	if c == nil {
		t.Fatalf("%s did not load:\n%s", dir, diags)
	}
	return append(diags, Run(c)...).Sort(), src
}

func TestSeedSpecsLintWithoutErrors(t *testing.T) {
	dirs, err := specload.Discover([]string{"../../specs"})
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) < 2 {
		t.Fatalf("want the two seed specs, found %v", dirs)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			diags, src := loadAndLint(t, dir)
			if diags.HasErrors() {
				var b bytes.Buffer
				_ = diag.WriteText(&b, diags, src)
				t.Errorf("the seed spec has errors:\n%s", b.String())
			}
		})
	}
}

// TestSeedsAsPublished lints copies of the seed specs whose alerts and
// queries are exactly what the pages publish: every mistake of the pages
// must be reported, at its place.
func TestSeedsAsPublished(t *testing.T) {
	var all diag.List
	src := diag.Sources{}
	for _, svc := range []string{"rstmdb", "stemedb"} {
		diags, s := loadAndLint(t, "testdata/seeds-as-published/"+svc)
		all = append(all, diags...)
		for k, v := range s {
			src[k] = v
		}
	}
	all = all.Sort()
	var b bytes.Buffer
	if err := diag.WriteText(&b, all, src); err != nil {
		t.Fatal(err)
	}
	b.WriteString(all.Summary() + "\n")
	golden.Check(t, "testdata/seeds-as-published.golden", b.Bytes())

	// Each page mistake, where it is written and the code that reports it.
	for _, m := range []struct{ mistake, at, code string }{
		{"a counter named without _total", "rstmdb/metrics.yaml:17:15", "counter-name"},
		{"increase() on the WAL size gauge", "rstmdb/alerts.yaml:30:15", "rate-on-gauge"},
		{"an alert dividing by a metric rstmdb does not export", "rstmdb/alerts.yaml:37:43", "unknown-metric"},
		{"the deprecated graph panel type", "rstmdb/dashboards.yaml:12:19", "bad-value"},
		{"a panel titled MB that divides by 1024", "rstmdb/dashboards.yaml:32:47", "title-mismatch"},
		{"alerts without a runbook", "rstmdb/alerts.yaml:8:16", "alert-no-runbook"},
		{"a p95 query commented as the average", "stemedb/queries.yaml:16:15", "title-mismatch"},
		{"alerts without a runbook", "stemedb/alerts.yaml:7:16", "alert-no-runbook"},
		{"a gauge named _total", "stemedb/metrics.yaml:66:15", "gauge-name"},
	} {
		found := false
		for _, d := range all {
			if d.Code == m.code && strings.HasSuffix(d.Pos.String(), m.at) {
				found = true
			}
		}
		if !found {
			t.Errorf("the page mistake %q is not reported as %s at %s", m.mistake, m.code, m.at)
		}
	}
}
