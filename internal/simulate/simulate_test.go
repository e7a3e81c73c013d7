package simulate

import (
	"bytes"
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/testtool"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// fixed is the moment every deterministic exposition describes.
var fixed = time.Date(2026, time.March, 1, 12, 0, 0, 0, time.UTC)

// specs are the catalogues the tests simulate: the test spec, the
// two-variant alert fixture and both seeds.
var specs = map[string]string{
	"shop":      "testdata/spec",
	"warehouse": "../../internal/catalogue/testdata/variants",
	"rstmdb":    "../../specs/rstmdb",
	"stemedb":   "../../specs/stemedb",
}

// parse decodes an exposition strictly with Prometheus's text parser.
func parse(t *testing.T, body []byte) map[string]*dto.MetricFamily {
	t.Helper()
	tp := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := tp.TextToMetricFamilies(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("the exposition does not parse: %v\n%s", err, body)
	}
	return fams
}

func TestHealthyExpositionsMatchTheGoldenFiles(t *testing.T) {
	got := map[string][]byte{}
	for name, dir := range specs {
		body, err := Exposition(testtool.Load(t, dir), Options{Time: fixed})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got[name+".txt"] = body
	}
	c := testtool.Load(t, specs["shop"])
	for _, scenario := range []string{"ShopErrors", "ShopSlow", "ShopBacklogGrowing"} {
		body, err := Exposition(c, Options{Time: fixed, Scenario: scenario})
		if err != nil {
			t.Fatalf("%s: %v", scenario, err)
		}
		got["shop-"+scenario+".txt"] = body
	}
	golden.CheckDir(t, filepath.Join("testdata", "golden"), got)
}

func TestAnExpositionIsTheSameForTheSameTime(t *testing.T) {
	for name, dir := range specs {
		c := testtool.Load(t, dir)
		a, errA := Exposition(c, Options{Time: fixed})
		b, errB := Exposition(c, Options{Time: fixed})
		if errA != nil || errB != nil || !bytes.Equal(a, b) {
			t.Errorf("%s: two expositions at the same time differ (%v, %v)", name, errA, errB)
		}
	}
}

func TestEveryCatalogueMetricIsExposedWithItsTypeAndLabelValues(t *testing.T) {
	for name, dir := range specs {
		t.Run(name, func(t *testing.T) {
			c := testtool.Load(t, dir)
			body, err := Exposition(c, Options{Time: fixed})
			if err != nil {
				t.Fatal(err)
			}
			fams := parse(t, body)
			if len(fams) != len(c.MetricNames()) {
				t.Errorf("%d families exposed, the catalogue has %d metrics", len(fams), len(c.MetricNames()))
			}
			for _, m := range c.Metrics() {
				mf := fams[m.Name]
				if mf == nil {
					t.Errorf("%s is not exposed", m.Name)
					continue
				}
				if want := strings.ToUpper(m.Type); mf.GetType().String() != want {
					t.Errorf("%s is exposed as %s, want %s", m.Name, mf.GetType(), want)
				}
				if mf.GetHelp() != m.Help {
					t.Errorf("%s: HELP %q, want %q", m.Name, mf.GetHelp(), m.Help)
				}
				for _, ln := range m.Labels {
					l := c.Label(ln)
					seen := map[string]bool{}
					for _, s := range mf.Metric {
						for _, lp := range s.Label {
							if lp.GetName() == ln {
								seen[lp.GetValue()] = true
							}
						}
					}
					if len(seen) == 0 {
						t.Errorf("%s: no series carries %s", m.Name, ln)
					}
					for _, v := range l.ValueNames() {
						if !seen[v] {
							t.Errorf("%s: no series has %s=%q, an enumerated value", m.Name, ln, v)
						}
					}
					if len(l.Values) == 0 && l.Example != "" && !seen[l.Example] {
						t.Errorf("%s: no series has %s=%q, the label's example", m.Name, ln, l.Example)
					}
				}
			}
		})
	}
}

func TestHistogramsHaveCumulativeBucketsAndSummariesTheirQuantiles(t *testing.T) {
	c := testtool.Load(t, specs["shop"])
	body, err := Exposition(c, Options{Time: fixed})
	if err != nil {
		t.Fatal(err)
	}
	fams := parse(t, body)
	for _, s := range fams["shop_request_duration_seconds"].Metric {
		h := s.GetHistogram()
		var bounds []float64
		prev := uint64(0)
		for _, b := range h.Bucket {
			bounds = append(bounds, b.GetUpperBound())
			if b.GetCumulativeCount() < prev {
				t.Errorf("bucket le=%g holds %d, less than the bucket below (%d)", b.GetUpperBound(), b.GetCumulativeCount(), prev)
			}
			prev = b.GetCumulativeCount()
		}
		if len(bounds) != 5 || bounds[0] != 0.1 || bounds[3] != 5 {
			t.Errorf("buckets %v, want the catalogue's 0.1 0.5 1 5 and +Inf", bounds)
		}
		if prev != h.GetSampleCount() || h.GetSampleCount() == 0 {
			t.Errorf("+Inf bucket %d, count %d", prev, h.GetSampleCount())
		}
	}
	for _, s := range fams["shop_rpc_seconds"].Metric {
		var qs []float64
		for _, q := range s.GetSummary().Quantile {
			qs = append(qs, q.GetQuantile())
		}
		if len(qs) != 2 || qs[0] != 0.5 || qs[1] != 0.99 {
			t.Errorf("quantiles %v, want the catalogue's 0.5 and 0.99", qs)
		}
	}
	// Declared to serve none (quantiles: []): _sum and _count only.
	redis := parse(t, mustExposition(t, testtool.Load(t, "../../testdata/realworld/redis")))
	for _, s := range redis["redis_exporter_scrape_duration_seconds"].Metric {
		if q := s.GetSummary().Quantile; len(q) > 0 || s.GetSummary().GetSampleCount() == 0 {
			t.Errorf("a summary serving no quantiles is served with %d quantiles and a count of %d", len(q), s.GetSummary().GetSampleCount())
		}
	}
	seeded := parse(t, mustExposition(t, testtool.Load(t, specs["rstmdb"])))
	if n := len(seeded["rstmdb_requests_duration_seconds"].Metric[0].GetHistogram().Bucket); n != 12 {
		t.Errorf("a histogram without buckets has %d buckets, want the client library's 11 and +Inf", n)
	}
}

func mustExposition(t *testing.T, c *catalogue.Catalogue) []byte {
	t.Helper()
	body, err := Exposition(c, Options{Time: fixed})
	if err != nil {
		t.Fatal(err)
	}
	return body
}

func TestCountersGrowWithTimeAndGaugesStayLevel(t *testing.T) {
	c := testtool.Load(t, specs["rstmdb"])
	before := parse(t, mustExposition(t, c))
	later, err := Exposition(c, Options{Time: fixed.Add(time.Minute)})
	if err != nil {
		t.Fatal(err)
	}
	after := parse(t, later)
	for _, m := range c.Metrics() {
		a, b := value(before[m.Name]), value(after[m.Name])
		switch {
		case m.Type == catalogue.Counter && b < a:
			t.Errorf("counter %s went down from %g to %g", m.Name, a, b)
		case m.Type == catalogue.Gauge && !followsClock(m) && a != b:
			t.Errorf("gauge %s moved from %g to %g in a healthy minute", m.Name, a, b)
		}
	}
	if a, b := value(before["rstmdb_requests_total"]), value(after["rstmdb_requests_total"]); b-a != 300 {
		t.Errorf("rstmdb_requests_total grew by %g in a minute, want 300 (5/s)", b-a)
	}
	if a, b := value(before["rstmdb_uptime_seconds"]), value(after["rstmdb_uptime_seconds"]); b-a != 60 {
		t.Errorf("uptime grew by %g in a minute, want 60", b-a)
	}
}

// value is the first series' counter or gauge value.
func value(mf *dto.MetricFamily) float64 {
	if mf == nil || len(mf.Metric) == 0 {
		return -1
	}
	s := mf.Metric[0]
	if s.Counter != nil {
		return s.GetCounter().GetValue()
	}
	return s.GetGauge().GetValue()
}

func TestAScenarioOfAFailedScrapeHasNoExposition(t *testing.T) {
	for _, tc := range []struct{ spec, alert string }{{"rstmdb", "RstmdbDown"}, {"shop", "ShopDown"}} {
		_, err := Exposition(testtool.Load(t, specs[tc.spec]), Options{Time: fixed, Scenario: tc.alert})
		if !errors.Is(err, ErrDown) {
			t.Errorf("%s: error %v, want ErrDown", tc.alert, err)
		}
	}
}

func TestAnUnknownScenarioIsAnError(t *testing.T) {
	_, err := Exposition(testtool.Load(t, specs["rstmdb"]), Options{Time: fixed, Scenario: "NoSuchAlert"})
	if err == nil || !strings.Contains(err.Error(), "is not an alert of rstmdb") {
		t.Errorf("error %v, want one naming the unknown alert", err)
	}
}

func TestFamiliesAreServedUnderTheirExportedNamesAndTypes(t *testing.T) {
	body, err := Exposition(testtool.Load(t, "testdata/exported"), Options{Time: fixed})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "exported.txt"), body)
	fams := parse(t, body)
	cases := []struct {
		name, family string
		typ          dto.MetricType
	}{
		{"a counter without _total keeps its name", "exported_connections_rejected", dto.MetricType_COUNTER},
		{"an untyped family stays untyped", "exported_vmstat_pgfault", dto.MetricType_UNTYPED},
		{"a counter served untyped (exposed_as) is served untyped", "exported_vmstat_pgmajfault", dto.MetricType_UNTYPED},
		{"a native histogram is a histogram family", "exported_request_duration_seconds", dto.MetricType_HISTOGRAM},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mf := fams[tc.family]
			if mf == nil {
				t.Fatalf("%s is not served:\n%s", tc.family, body)
			}
			if mf.GetType() != tc.typ {
				t.Errorf("%s is served as %s, want %s", tc.family, mf.GetType(), tc.typ)
			}
		})
	}
	for _, want := range []string{"\nexported_connections_rejected ", "# TYPE exported_vmstat_pgfault untyped\n"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("the exposition lacks %q:\n%s", want, body)
		}
	}
	h := fams["exported_request_duration_seconds"].GetMetric()[0].GetHistogram()
	if b := h.GetBucket(); len(b) != 1 || !math.IsInf(b[0].GetUpperBound(), 1) || b[0].GetCumulativeCount() != h.GetSampleCount() || h.GetSampleCount() == 0 {
		t.Errorf("the native histogram is served with buckets %v and count %d; want the +Inf bucket alone, holding the count", b, h.GetSampleCount())
	}
}
