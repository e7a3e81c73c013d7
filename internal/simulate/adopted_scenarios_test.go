package simulate

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/prometheus/promql/parser"
)

// adopted are the catalogues of Debian's exporters and servers under rules
// adopted as written (testdata/realworld).
var adopted = []string{"redis", "blackbox", "postgres", "prometheus", "alertmanager", "etcd", "haproxy", "memcached", "squid", "postfix"}

// TestEachScenarioOfTheRulesTeamsAdoptFiresItsAlert drives every alert of
// the rules teams adopt, in the PromQL engine over the scenario's scrapes:
// each drivable scenario fires its own variants, and what else it fires is
// a golden file, read alert by alert: only alerts on the same condition
// (two rule sets' copies of "connections above 80 %", a certificate that
// has expired also expires within 14 days), never a server-error scenario
// firing the client-error alerts. An alert it cannot drive says why.
func TestEachScenarioOfTheRulesTeamsAdoptFiresItsAlert(t *testing.T) {
	if raceDetector {
		// One goroutine per catalogue, each its own engine: nothing for the
		// race detector to find, and ten times the time.
		t.Skip("run without -race (make test runs it so)")
	}
	for _, name := range adopted {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c := testtool.Load(t, "../../testdata/realworld/"+name)
			every := scrapeEvery(c)
			var report strings.Builder
			fmt.Fprintf(&report, "# %s, scraped every %v\n", name, every)
			for _, alert := range c.AlertNames() {
				if _, err := Exposition(c, Options{Time: fixed, Scenario: alert}); err != nil {
					fmt.Fprintf(&report, "%s: %v\n", alert, err)
					continue
				}
				got := firingAlertsEvery(t, c, alert, every)
				for _, r := range c.AlertVariants(alert) {
					if !slices.Contains(got, c.VariantName(r)) {
						t.Errorf("scenario %s does not fire %s: %v", alert, c.VariantName(r), got)
					}
				}
				fmt.Fprintf(&report, "%s fires %s\n", alert, strings.Join(got, ", "))
			}
			golden.Check(t, "testdata/scenarios-"+name+".txt", []byte(report.String()))
		})
	}
}

// scrapeEvery is how often the engine test scrapes c: once a minute, or
// often enough that the shortest window of its alerts holds four scrapes
// (awesome-prometheus-alerts' rate(x[1m]) is written for a 15-second
// scrape), never more often than every 15 seconds.
func scrapeEvery(c *catalogue.Catalogue) time.Duration {
	every := time.Minute
	for _, r := range c.Alerts() {
		parsed, err := promql.Parse(r.Expr.Text, false)
		if err != nil {
			continue
		}
		parser.Inspect(parsed.Expr, func(n parser.Node, _ []parser.Node) error {
			if ms, ok := n.(*parser.MatrixSelector); ok {
				every = min(every, max(ms.Range/4, 15*time.Second))
			}
			return nil
		})
	}
	return every
}
