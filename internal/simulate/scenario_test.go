package simulate

import (
	"bytes"
	"errors"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/promql/promqltest"
)

// history is how many minutes of scrapes the engine test loads: more than
// the longest window of any alert (one hour).
const history = 75

// firingAlerts loads history one-minute scrapes of the scenario's
// expositions into a PromQL test storage (job: the catalogue's first scrape
// job) and returns the alerts whose expression has a result at the last
// scrape, recording rules evaluated first.
func firingAlerts(t *testing.T, c *catalogue.Catalogue, scenario string) []string {
	t.Helper()
	return firingAlertsEvery(t, c, scenario, time.Minute)
}

// firingAlertsEvery is firingAlerts with scrapes every interval, for rules
// whose windows hold fewer than two one-minute scrapes (rate(x[1m]), as
// awesome-prometheus-alerts writes them for a 15-second scrape).
func firingAlertsEvery(t *testing.T, c *catalogue.Catalogue, scenario string, interval time.Duration) []string {
	t.Helper()
	series := map[string][]string{}
	job := c.Service.Name
	if jobs := c.JobNames(); len(jobs) > 0 {
		job = jobs[0]
	}
	scrapes := int(history * time.Minute / interval)
	for i := 0; i < scrapes; i++ {
		body, err := Exposition(c, Options{Time: fixed.Add(time.Duration(i) * interval), Since: fixed, Scenario: scenario})
		if err != nil {
			t.Fatalf("scrape %d: %v", i, err)
		}
		tp := expfmt.NewTextParser(model.UTF8Validation)
		fams, err := tp.TextToMetricFamilies(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var list []*dto.MetricFamily
		for _, mf := range fams {
			list = append(list, mf)
		}
		vec, err := expfmt.ExtractSamples(&expfmt.DecodeOptions{Timestamp: model.Time(0)}, list...)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range vec {
			s.Metric["job"] = model.LabelValue(job)
			key := s.Metric.String()
			series[key] = append(series[key], strconv.FormatFloat(rebase(float64(s.Value)), 'g', -1, 64))
		}
	}
	var load strings.Builder
	load.WriteString("load " + model.Duration(interval).String() + "\n")
	keys := make([]string, 0, len(series))
	for k := range series {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		load.WriteString("  " + k + " " + strings.Join(series[k], " ") + "\n")
	}
	ll, err := promqltest.NewLazyLoader(load.String(), promqltest.LazyLoaderOpts{})
	if err != nil {
		t.Fatal(err)
	}
	defer ll.Close()
	end := time.Unix(0, 0).Add(time.Duration(scrapes-1) * interval)
	var loadErr error
	ll.WithSamplesTill(end, func(err error) { loadErr = err })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	query := func(expr string) promql.Vector {
		q, err := ll.QueryEngine().NewInstantQuery(ll.Context(), ll.Queryable(), nil, expr, end)
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		defer q.Close()
		res := q.Exec(ll.Context())
		if res.Err != nil {
			t.Fatalf("%s: %v", expr, res.Err)
		}
		v, _ := res.Vector()
		return v
	}
	var out []string
	for _, r := range c.Alerts() {
		expr := r.Expr.Text
		// Recorded series are not stored here: inline their expressions
		// (an SLO's, as its alerts select them), a range of one as a
		// subquery at the scrape interval.
		for _, rec := range c.Records() {
			if rec.SLO != nil {
				expr = strings.ReplaceAll(expr, rec.Record+rec.SLO.Filter(c), "("+rec.Expr.Text+")")
				continue
			}
			ranged := regexp.MustCompile(regexp.QuoteMeta(rec.Record) + `\[([^]:]+)\]`)
			expr = ranged.ReplaceAllStringFunc(expr, func(m string) string {
				window := ranged.FindStringSubmatch(m)[1]
				return "(" + rec.Expr.Text + ")[" + window + ":" + model.Duration(interval).String() + "]"
			})
			expr = strings.ReplaceAll(expr, rec.Record, "("+rec.Expr.Text+")")
		}
		if len(query(expr)) > 0 {
			out = append(out, c.VariantName(r))
		}
	}
	return out
}

func TestEveryScenarioFiresItsAlertAndNoOtherInThePromQLEngine(t *testing.T) {
	for name, dir := range specs {
		c := testtool.Load(t, dir)
		scenarios := append([]string{""}, c.AlertNames()...)
		for _, scenario := range scenarios {
			t.Run(name+"/"+scenario, func(t *testing.T) {
				if scenario != "" && c.RunsGlobally(c.Alert(scenario)) {
					if _, err := Exposition(c, Options{Time: fixed, Scenario: scenario}); err == nil || !strings.Contains(err.Error(), "global ruler") {
						t.Errorf("a global alert's scenario: %v, want the reason it cannot be driven", err)
					}
					return
				}
				if _, err := Exposition(c, Options{Time: fixed, Scenario: scenario}); errors.Is(err, ErrDown) {
					t.Skip("fires on a failed scrape: the end-to-end test covers it")
				}
				var want []string
				for _, r := range c.AlertVariants(scenario) {
					want = append(want, c.VariantName(r))
				}
				// A scenario that drives errors or latency burns an SLO's
				// budget on them too: its alert may join in, as in the
				// end-to-end test.
				var fired []string
				for _, name := range firingAlerts(t, c, scenario) {
					if r := c.Alert(strings.SplitN(name, "{", 2)[0]); r != nil && r.SLO != nil && scenario != "" && c.Alert(scenario).SLO == nil {
						continue
					}
					fired = append(fired, name)
				}
				got := strings.Join(fired, ",")
				if got != strings.Join(want, ",") {
					t.Errorf("alerts with a result: [%s], want [%s]", got, strings.Join(want, ","))
				}
			})
		}
	}
}

func TestAScenarioDrivesTheVariantsItSelects(t *testing.T) {
	c := testtool.Load(t, specs["warehouse"])
	const warning, critical = `WarehouseDiskFull{severity="warning"}`, `WarehouseDiskFull{severity="critical"}`
	cases := []struct {
		name, scenario string
		want           []string
	}{
		{"a healthy service fires neither", "", nil},
		{"the alert name drives every variant", "WarehouseDiskFull", []string{warning, critical}},
		{"the warning variant alone stays under the critical threshold", warning, []string{warning}},
		{"the critical variant fires the warning one too, past whose threshold it lies", critical, []string{warning, critical}},
		{"a selector may name the variants it leaves out", `WarehouseDiskFull{severity!="critical"}`, []string{warning}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firingAlerts(t, c, tc.scenario)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("alerts with a result: %v, want %v", got, tc.want)
			}
		})
	}
	if _, err := Exposition(c, Options{Time: fixed, Scenario: `WarehouseDiskFull{severity="info"}`}); err == nil || !strings.Contains(err.Error(), "matches no variant") {
		t.Errorf("a selector matching no variant: error %v, want one listing the variants", err)
	}
}

func TestScenariosOnFamiliesServedAsExportersServeThem(t *testing.T) {
	c := testtool.Load(t, "testdata/exported")
	// The counter without _total and the untyped family that counts are
	// scraped as text, so the PromQL engine shows their alerts fire.
	for _, scenario := range []string{"ConnectionsRejected", "PageFaultStorm"} {
		t.Run(scenario, func(t *testing.T) {
			if got := firingAlerts(t, c, scenario); len(got) != 1 || got[0] != scenario {
				t.Errorf("alerts with a result: %v, want [%s]", got, scenario)
			}
		})
	}
	// A native histogram's buckets cannot travel in the text format: the
	// analysis alone says its alerts are driven.
	for _, scenario := range []string{"SlowRequests", "SlowOnAverage", "TooManyRequests"} {
		t.Run(scenario, func(t *testing.T) {
			for _, sc := range []string{"", scenario} {
				p, err := newPlan(c, Options{Scenario: sc}.scenarios())
				if err != nil {
					t.Fatal(err)
				}
				cd, err := p.analyse(c.Alert(scenario))
				if err != nil {
					t.Fatalf("the analysis cannot drive it: %v", err)
				}
				if holds := cd.holds(p, p.sig[cd.signal()]); holds != (sc != "") {
					t.Errorf("scenario %q: %s holds: %v", sc, scenario, holds)
				}
			}
		})
	}
}

// TestSeveralScenariosHoldAtOnce drives a cascade: StemeDB's node down
// and the sync lag and Merkle backlog that follow, in one exposition.
func TestSeveralScenariosHoldAtOnce(t *testing.T) {
	c := testtool.Load(t, specs["stemedb"])
	p, err := newPlan(c, Options{Scenario: "ClusterNodeDown", Also: []string{"SyncLagHigh", "MerkleDiffBacklog"}}.scenarios())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Alerts() {
		if r.SLO != nil {
			continue // burn-rate alerts read recorded ratios (sloSignals)
		}
		if c.RunsGlobally(r) {
			continue // the global ruler's, over every cluster
		}
		cd, err := p.analyse(r)
		if err != nil {
			t.Fatal(err)
		}
		if !cd.holds(p, p.sig[cd.signal()]) {
			t.Errorf("%s does not hold", r.Alert)
		}
	}
	if _, err := Exposition(c, Options{Time: fixed, Scenario: "ClusterNodeDown", Also: []string{"NoSuchAlert"}}); err == nil {
		t.Error("an unknown alert among the others was accepted")
	}
}

// rebase moves a value that is a Unix time within three years of fixed (a
// backup's time, a certificate's expiry, a start at Start) onto the
// engine's clock, which reads 0 where the expositions read fixed:
// time() - last_save compares the two.
func rebase(v float64) float64 {
	if d := v - float64(fixed.Unix()); math.Abs(d) < 3*366*24*3600 {
		return d
	}
	return v
}

// TestAnAlertReadingTwoNamesOfAMetricWithOrIsDriven: where the catalogue
// declares both names, the or keeps the left side's series (the labels
// agree); where it declares one, the or reads that one. Healthy, no alert
// fires, not even the one the simulator cannot drive (label_replace):
// failures are served at one event in a thousand, under its 1 %. Each
// other scenario fires its alert.
func TestAnAlertReadingTwoNamesOfAMetricWithOrIsDriven(t *testing.T) {
	c := testtool.Load(t, "testdata/renamed")
	if got := firingAlerts(t, c, ""); len(got) > 0 {
		t.Errorf("a healthy sender fires %v", got)
	}
	for _, alert := range []string{"SenderFailures", "SenderDropping"} { // not SenderFailuresByStore
		t.Run(alert, func(t *testing.T) {
			if got := firingAlerts(t, c, alert); strings.Join(got, ",") != alert {
				t.Errorf("alerts with a result: %v, want [%s]", got, alert)
			}
		})
	}
}

// TestTheMySQLMixinsLagAlertsFireUnderTheirScenarios: the mysqld-mixin's
// lag alerts read recorded series, the replica's lag and the heartbeat's
// (the difference of two Unix times), each through predict_linear too.
// Each scenario fires its alert and no other; a healthy server fires none.
func TestTheMySQLMixinsLagAlertsFireUnderTheirScenarios(t *testing.T) {
	c := testtool.Load(t, "testdata/mysql")
	for _, tc := range []struct{ name, scenario string }{
		{"a healthy server fires nothing", ""},
		{"a replica falling behind fires the replication lag", "MySQLReplicationLag"},
		{"a heartbeat stored long ago fires the heartbeat lag", "MySQLHeartbeatLag"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := firingAlerts(t, c, tc.scenario); strings.Join(got, ",") != tc.scenario {
				t.Errorf("alerts with a result: %v, want [%s]", got, tc.scenario)
			}
		})
	}
}
