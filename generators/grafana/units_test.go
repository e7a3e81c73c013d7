package grafana

import (
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
)

func sampleCatalogue(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	return testtool.Load(t, "testdata/specs/sample")
}

func TestPanelUnitsComeFromTheCatalogue(t *testing.T) {
	c := sampleCatalogue(t)
	tests := []struct {
		name, expr, want string
	}{
		{"a gauge in seconds is in seconds", "sample_job_duration_seconds_sum", "s"},
		{"a gauge counting things is a plain number", "sum(sample_queue_depth)", "short"},
		{"a rate of bytes is bytes per second", "rate(sample_read_bytes_total[$__rate_interval])", "Bps"},
		{"a rate of things is operations per second", "sum by (queue) (rate(sample_jobs_total[5m]))", "ops"},
		{"a ratio gauge is a percentage of one", "sample_disk_used_ratio", "percentunit"},
		{"a ratio times 100 is a percentage", "sample_disk_used_ratio * 100", "percent"},
		{"a quantile of a histogram has the histogram's unit", "histogram_quantile(0.99, sum by (le) (rate(sample_job_duration_seconds_bucket[5m])))", "s"},
		{"sum over count of a histogram is an average in its unit", "rate(sample_job_duration_seconds_sum[5m]) / rate(sample_job_duration_seconds_count[5m])", "s"},
		{"one rate over another of the same unit is a ratio", `sum(rate(sample_jobs_total{result="failed"}[5m])) / sum(rate(sample_jobs_total[5m]))`, "percentunit"},
		{"an increase keeps the counter's unit", "increase(sample_read_bytes_total[1h])", "bytes"},
		{"a count of series is a plain number", "count(sample_queue_depth)", "short"},
		{"a summary quantile series has the summary's unit", "sample_payload_bytes", "bytes"},
		{"a comparison filter keeps the unit of what it filters", "sample_disk_used_ratio > 0.5", "percentunit"},
		{"bytes divided by 1024 twice are MiB", "sample_payload_bytes / 1024 / 1024", "mbytes"},
		{"seconds divided by 60 are minutes", "sample_job_duration_seconds_sum / 60", "m"},
		{"division by another constant changes the scale: no unit", "sample_payload_bytes / 7", ""},
		{"a metric the catalogue does not know has no unit", "up", ""},
		{"a rate of a rate is not a unit obsgen knows", "rate(rate(sample_jobs_total[5m])[10m:])", ""},
		{"adding two units that differ has no unit", "sample_queue_depth + sample_disk_used_ratio", ""},
		{"a Unix time in seconds has no Grafana unit: s would read it as a duration of decades", "sample_last_backup_timestamp_seconds", ""},
		{"the age of a Unix time is in seconds", "time() - sample_last_backup_timestamp_seconds", "s"},
		{"the time left until a Unix time is in seconds", "max(sample_cert_expiry_timestamp_seconds) - time()", "s"},
		{"a Unix time in milliseconds is a date", "sample_cert_expiry_timestamp_seconds * 1000", "dateTimeAsIso"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := catalogue.Panel{Queries: []catalogue.PanelQuery{{Expr: catalogue.NewExpr(tt.expr, catalogue.Pos{})}}}
			if got := panelUnit(c, p, parseQueries(p)); got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.expr, got, tt.want)
			}
		})
	}
}

func TestASpecUnitWinsAndQueriesThatDisagreeGetNone(t *testing.T) {
	c := sampleCatalogue(t)
	p := catalogue.Panel{Unit: "reqps", Queries: []catalogue.PanelQuery{{Expr: catalogue.NewExpr("sample_queue_depth", catalogue.Pos{})}}}
	if got := panelUnit(c, p, parseQueries(p)); got != "reqps" {
		t.Errorf("spec unit: got %q", got)
	}
	p = catalogue.Panel{Queries: []catalogue.PanelQuery{
		{Expr: catalogue.NewExpr("sample_queue_depth", catalogue.Pos{})},
		{Expr: catalogue.NewExpr("sample_disk_used_ratio", catalogue.Pos{})},
	}}
	if got := panelUnit(c, p, parseQueries(p)); got != "" {
		t.Errorf("disagreeing queries: got %q, want none", got)
	}
	p = catalogue.Panel{Queries: []catalogue.PanelQuery{{Expr: catalogue.NewExpr("sum(", catalogue.Pos{})}}}
	if got := panelUnit(c, p, parseQueries(p)); got != "" {
		t.Errorf("a query that does not parse: got %q, want none", got)
	}
}
