package verify_test

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/simulate"
	"github.com/obsgen/obsgen/internal/verify"
)

// simulated returns a seed service's catalogue and its simulated exposition.
func simulated(t *testing.T, service string) (*catalogue.Catalogue, string) {
	t.Helper()
	c, _ := loadSpec(t, filepath.Join("..", "..", "specs", service))
	data, err := simulate.Exposition(c, simulate.Options{Time: simulate.Start.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	return c, string(data)
}

func TestSimulatedSeedServicesVerifyAtFullCoverage(t *testing.T) {
	for _, service := range []string{"rstmdb", "stemedb"} {
		t.Run(service, func(t *testing.T) {
			c, text := simulated(t, service)
			r := check(t, c, service+".prom", text, verify.Options{})
			if len(r.Diags) != 0 || !r.Coverage.Complete() || r.Coverage.Documented != len(c.Metrics()) {
				t.Errorf("obsgen simulate output does not verify cleanly:\n%v\n%s", r.Diags, r.Coverage)
			}
		})
	}
}

func TestTheSimulatorServedOverHTTPVerifiesAtFullCoverage(t *testing.T) {
	for _, service := range []string{"rstmdb", "stemedb"} {
		t.Run(service, func(t *testing.T) {
			c, _ := loadSpec(t, filepath.Join("..", "..", "specs", service))
			srv := httptest.NewServer(simulate.Handler(c, simulate.Options{Time: simulate.Start.Add(time.Hour)}))
			defer srv.Close()
			path := simulate.MetricsPaths(c)[0]
			e, err := exposition.Fetch(context.Background(), srv.URL+path, exposition.FetchOptions{Timeout: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			if r := verify.Verify(c, e, verify.Options{}); len(r.Diags) != 0 || !r.Coverage.Complete() {
				t.Errorf("%s%s: %v\n%s", srv.URL, path, r.Diags, r.Coverage)
			}
		})
	}
}

func TestMutatingTheSimulatedExpositionGivesOneFindingEach(t *testing.T) {
	for _, service := range []string{"rstmdb", "stemedb"} {
		t.Run(service, func(t *testing.T) {
			c, text := simulated(t, service)
			e, err := exposition.Parse("sim", []byte(text), exposition.Text)
			if err != nil {
				t.Fatal(err)
			}
			gauge, counter := pick(c, e)
			if gauge == nil || counter == nil {
				t.Fatalf("%s has no plain gauge or labelled counter to mutate", service)
			}
			label := counter.Labels[0]
			cases := []struct {
				name, code string
				sev        diag.Severity
				edit       func(string) string
			}{
				{"remove " + gauge.Name, "absent-metric", diag.Error, func(s string) string { return removeFamily(s, gauge.Name) }},
				{"add a family", "undocumented-metric", diag.Warning, func(s string) string { return addFamily(s, service+"_surprise_total") }},
				{"retype " + gauge.Name, "type-mismatch", diag.Error, func(s string) string { return retype(s, gauge.Name, "counter") }},
				{"rename " + counter.Name + "'s " + label, "label-renamed", diag.Error, func(s string) string {
					return renameLabel(s, counter.Name, label, label+"_renamed")
				}},
			}
			for _, tc := range cases {
				t.Run(tc.name, func(t *testing.T) {
					r := check(t, c, "sim", tc.edit(text), verify.Options{})
					if len(r.Diags) != 1 || r.Diags[0].Code != tc.code || r.Diags[0].Severity != tc.sev {
						t.Errorf("want exactly one %s %s, got:\n%v", tc.sev, tc.code, r.Diags)
					}
				})
			}
		})
	}
}

// pick chooses a gauge without labels whose name does not end in _total,
// and a counter with labels, both exposed.
func pick(c *catalogue.Catalogue, e *exposition.Exposition) (gauge, counter *catalogue.Metric) {
	for _, m := range c.Metrics() {
		if e.Family(m.Name) == nil {
			continue
		}
		switch {
		case gauge == nil && m.Type == catalogue.Gauge && len(m.Labels) == 0 && !strings.HasSuffix(m.Name, "_total"):
			gauge = m
		case counter == nil && m.Type == catalogue.Counter && len(m.Labels) > 0:
			counter = m
		}
	}
	return gauge, counter
}

func TestSimulatedFamiliesServedAsExportersServeThemVerifyAtFullCoverage(t *testing.T) {
	// A counter without _total, an untyped family and a native histogram
	// (served with _sum, _count and the +Inf bucket), under their names.
	c, _ := loadSpec(t, filepath.Join("..", "simulate", "testdata", "exported"))
	data, err := simulate.Exposition(c, simulate.Options{Time: simulate.Start.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	r := check(t, c, "exported.prom", string(data), verify.Options{})
	if len(r.Diags) != 0 || !r.Coverage.Complete() || r.Coverage.Documented != len(c.Metrics()) {
		t.Errorf("obsgen simulate output does not verify cleanly:\n%v\n%s\n%s", r.Diags, r.Coverage, data)
	}
}
