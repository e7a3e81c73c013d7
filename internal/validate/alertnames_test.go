package validate_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
)

func TestAlertNamesPrometheusAcceptsAreKeptAndPagesThatClashAreSaid(t *testing.T) {
	for _, tc := range []struct {
		name, alerts string
		want         []string
	}{
		{"a metric-style name is fine", "[ShopDown]", nil},
		{"awesome-prometheus-alerts' names, which Prometheus takes, are a warning naming the page",
			"[\"MysqlTooManyConnections(>80%)\"]",
			[]string{`warning alert-name: alert name "MysqlTooManyConnections(>80%)" is not a metric-style name ([a-zA-Z_:][a-zA-Z0-9_:]*): Prometheus and Alertmanager take it as written, but matchers and silences need it quoted; its runbook page is alerts/MysqlTooManyConnections-80.md`}},
		{"two names that differ in case only write one page on macOS",
			"[MysqlInnodbLogWaits, MySQLInnoDBLogWaits]",
			[]string{`warning alert-page-clash: alerts "MysqlInnodbLogWaits" and "MySQLInnoDBLogWaits" write the same runbook page (alerts/MySQLInnoDBLogWaits.md) where file names ignore case (macOS, Windows) or once their names are made paths: rename one`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rules strings.Builder
			for _, n := range strings.Split(strings.Trim(tc.alerts, "[]"), ", ") {
				rules.WriteString("      - {alert: " + n + ", expr: 'vector(1)', for: 5m, labels: {severity: page}, annotations: {summary: S}}\n")
			}
			spec := "apiVersion: obsgen.dev/v1\nservice: {name: shop}\nalert_groups:\n  - name: shop\n    rules:\n" + rules.String()
			_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
			var got []string
			for _, d := range diags.AtLeast(diag.Warning) {
				got = append(got, d.Severity.String()+" "+d.Code+": "+d.Message)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
