package simulate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/testtool"
)

// fixtures are the catalogues of top-level testdata/ the simulator must
// drive: a new team's filled-in scaffold and the node-mixin's rules over
// node_exporter's metrics, adopted verbatim.
var fixtures = map[string]string{
	"payments": "../../testdata/first-hour/payments",
	"node":     "../../testdata/realworld/node",
}

// TestEveryDrivableAlertFiresAloneAndAHealthyServiceFiresNone runs, in the
// PromQL engine over 75 one-minute scrapes, the healthy exposition (no
// alert has a result) and every alert's scenario (exactly its variants
// have one). An alert the simulator cannot drive must say why, in its
// scenario's error; the reasons are a golden file.
func TestEveryDrivableAlertFiresAloneAndAHealthyServiceFiresNone(t *testing.T) {
	for name, dir := range fixtures {
		c := testtool.Load(t, dir)
		var undrivable strings.Builder
		t.Run(name+"/healthy", func(t *testing.T) {
			if got := firingAlerts(t, c, ""); len(got) > 0 {
				t.Errorf("a healthy %s fires %v", name, got)
			}
		})
		for _, alert := range c.AlertNames() {
			var why []string
			for _, r := range c.AlertVariants(alert) {
				if err := Drivable(c, r); err != nil {
					why = append(why, fmt.Sprintf("%s: %v", c.VariantName(r), err))
				}
			}
			t.Run(name+"/"+alert, func(t *testing.T) {
				_, err := Exposition(c, Options{Time: fixed, Scenario: alert})
				switch {
				case len(why) > 0:
					fmt.Fprintln(&undrivable, strings.Join(why, "\n"))
					if err == nil || !strings.Contains(err.Error(), "cannot drive "+alert) {
						t.Errorf("an alert it cannot drive: error %v, want one naming %s and why", err, alert)
					}
					return
				case err != nil && strings.Contains(err.Error(), "cannot be scraped"):
					return // up == 0: the handler answers 503; the end-to-end test covers it
				case err != nil:
					t.Fatal(err)
				}
				var want []string
				for _, r := range c.AlertVariants(alert) {
					want = append(want, c.VariantName(r))
				}
				if got := firingAlerts(t, c, alert); strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("alerts with a result: %v, want %v", got, want)
				}
			})
		}
		golden.Check(t, "testdata/undrivable-"+name+".txt", []byte(undrivable.String()))
	}
}

// TestAHealthyServiceFiresNoneOfTheRulesTeamsAdopt serves the healthy
// exposition of catalogues of Debian's exporters and servers under rules
// adopted as written (the postgres, prometheus, alertmanager and etcd
// mixins, awesome-prometheus-alerts' Redis, blackbox and HAProxy rules)
// for 75 minutes of scrapes (every minute, or often enough for their
// shortest windows): no alert may have a result. Some read what the
// simulator cannot drive (etcd's leader changes through a subquery), so
// the rates it serves by default must be a healthy service's too. They
// compare two gauges (connections against max_connections), a timestamp
// with time() (a backup's age, a certificate's expiry) and 0/1 gauges
// named in their help only ("Displays whether or not the probe was a
// success"), which a healthy service must serve plausibly. Their scenarios
// are TestEachScenarioOfTheRulesTeamsAdoptFiresItsAlert's.
func TestAHealthyServiceFiresNoneOfTheRulesTeamsAdopt(t *testing.T) {
	for _, name := range adopted {
		t.Run(name, func(t *testing.T) {
			c := testtool.Load(t, "../../testdata/realworld/"+name)
			if got := firingAlertsEvery(t, c, "", scrapeEvery(c)); len(got) > 0 {
				t.Errorf("a healthy %s fires %v", name, got)
			}
		})
	}
}

// TestAScenarioOnAUnixTimeMovesItFromNow drives the rules teams adopt on
// timestamps: a backup older than a day (time() - last_save > 86400), a
// certificate expiring within 14 days (expiry - time()), one expired
// (round((last_over_time(expiry[10m]) - time()) / 86400, 0.1) < 0). Each
// fires in the engine over the scenario's scrapes.
func TestAScenarioOnAUnixTimeMovesItFromNow(t *testing.T) {
	for _, tc := range []struct{ service, alert string }{
		{"redis", "RedisMissingBackup"},
		{"blackbox", "SslCertExpiresIn14Days"},
		{"blackbox", "BlackboxSslCertificateExpired"},
	} {
		t.Run(tc.alert, func(t *testing.T) {
			c := testtool.Load(t, "../../testdata/realworld/"+tc.service)
			if got := firingAlerts(t, c, tc.alert); !slices.Contains(got, tc.alert) {
				t.Errorf("scenario %s: alerts with a result %v", tc.alert, got)
			}
		})
	}
}

// TestAnUndrivableAlertOnUpNamesTheScenarioThatTakesTheTargetDown: the
// alertmanager-mixin's AlertmanagerClusterDown counts targets whose up
// averages under 0.5, which the simulator cannot solve; the scenario of
// AlertmanagerDown (up == 0) fires it, and the error says so.
func TestAnUndrivableAlertOnUpNamesTheScenarioThatTakesTheTargetDown(t *testing.T) {
	c := testtool.Load(t, "../../testdata/realworld/alertmanager")
	_, err := Exposition(c, Options{Time: fixed, Scenario: "AlertmanagerClusterDown"})
	if err == nil || !strings.Contains(err.Error(), "--scenario AlertmanagerDown (the target down) makes 0") {
		t.Errorf("error %v, want one naming AlertmanagerDown", err)
	}
}

// TestAHealthyCacheHitsMoreThanItMisses: the varnish-mixin's low hit rate
// alert divides hits by hits and misses through clamp_min, which the
// simulator cannot drive; with misses at the ordinary rate a healthy
// Varnish hit half its lookups, and the alert fired in a real Prometheus
// scraping simulate --listen.
func TestAHealthyCacheHitsMoreThanItMisses(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: varnish}
metric_groups:
  - name: varnish
    metrics:
      - {name: varnish_main_cache_hit, type: counter, help: Cache hits.}
      - {name: varnish_main_cache_miss, type: counter, help: Cache misses.}
alert_groups:
  - name: varnish
    rules:
      - alert: VarnishCacheLowCacheHitRate
        expr: |
          rate(varnish_main_cache_hit[10m]) / clamp_min((rate(varnish_main_cache_hit[10m]) + rate(varnish_main_cache_miss[10m])), 1) * 100 < 80
          and (rate(varnish_main_cache_hit[10m]) + rate(varnish_main_cache_miss[10m])) > 0
        for: 15m
        labels: {severity: warning}
        annotations: {summary: S}
`)
	if got := firingAlertsEvery(t, c, "", scrapeEvery(c)); len(got) > 0 {
		t.Errorf("a healthy Varnish fires %v", got)
	}
}
