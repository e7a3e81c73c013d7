package promql

import (
	"fmt"
	"testing"
)

// describe prints a quantity for comparison: "seconds", "bytes/s",
// "buckets of seconds", "count", "unknown".
func describe(q Quantity) string {
	switch {
	case !q.Known:
		return "unknown"
	case q.Constant:
		return fmt.Sprintf("constant %g", q.Value)
	}
	u := q.Unit
	if u == "" {
		u = "count"
	}
	if q.Buckets {
		u = "buckets of " + u
	}
	if q.UnixTime {
		u = "Unix time in " + u
	}
	if q.PerSecond {
		u += "/s"
	}
	return u
}

func TestMeasureWorksOutWhatAnExpressionMeasuresFromTheCatalogueUnits(t *testing.T) {
	for _, tc := range []struct{ name, expr, want string }{
		{"a series has its family's unit", "read_bytes", "bytes"},
		{"a histogram's _sum has the histogram's unit", "job_seconds_sum", "seconds"},
		{"a histogram's _count is a count", "job_seconds_count", "count"},
		{"a histogram's _bucket series are buckets in its unit", "job_seconds_bucket", "buckets of seconds"},
		{"a summary's quantile series have its unit", `payload{quantile="0.99"}`, "bytes"},
		{"a recorded series has its rule's unit", "job:rate5m", "requests"},
		{"a recorded series without a unit is unknown", "job:unitless", "unknown"},
		{"a series the catalogue does not know is unknown", "up", "unknown"},
		{"a rate is per second", "rate(read_bytes[5m])", "bytes/s"},
		{"a rate of a rate is unknown", "rate(rate(jobs_total[5m])[10m:])", "unknown"},
		{"an increase keeps the unit", "increase(read_bytes[1h])", "bytes"},
		{"sum, max and friends keep the unit", "sum by (queue) (max(queue_depth))", "count"},
		{"a count of series is a count", "count(disk_ratio)", "count"},
		{"a quantile of buckets has the histogram's unit", "histogram_quantile(0.9, sum by (le) (rate(job_seconds_bucket[5m])))", "seconds"},
		{"a quantile of something else is unknown", "histogram_quantile(0.9, rate(jobs_total[5m]))", "unknown"},
		{"sum over count is an average in the unit", "rate(job_seconds_sum[5m]) / rate(job_seconds_count[5m])", "seconds"},
		{"like quantities divided are a ratio", `sum(rate(jobs_total{result="failed"}[5m])) / sum(rate(jobs_total[5m]))`, "ratio"},
		{"a ratio times 100 is a percent", "100 * disk_ratio", "percent"},
		{"a ratio per second times 100 is unknown", "rate(disk_ratio[5m]) * 100", "unknown"},
		{"bytes divided by 1024 are KiB", "payload / 1024", "kibibytes"},
		{"bytes divided by 1000 are kB", "payload / 1000", "kilobytes"},
		{"a rate of bytes divided by 1024 is KiB a second", "rate(read_bytes[5m]) / 1024 / 1024", "mebibytes/s"},
		{"seconds divided by 60 are minutes, as apache_exporter's uptime alert reads them", "job_seconds_sum / 60", "minutes"},
		{"minutes divided by 60 are hours", "job_seconds_sum / 60 / 60", "hours"},
		{"seconds times 1000 are milliseconds", "job_seconds_sum * 1000", "milliseconds"},
		{"any other division by a constant changes the scale to one unknown", "payload / 3", "unknown"},
		{"a constant divided by a quantity is unknown", "60 / job_seconds_sum", "unknown"},
		{"unlike quantities added are unknown", "queue_depth + disk_ratio", "unknown"},
		{"a comparison keeps what it filters", "disk_ratio > 0.5", "ratio"},
		{"a comparison with a constant first keeps the other side", "0.5 < disk_ratio", "ratio"},
		{"a bool comparison is a count", "disk_ratio > bool 0.5", "count"},
		{"and keeps its left side", "disk_ratio and queue_depth", "ratio"},
		{"a number is a constant", "(42)", "constant 42"},
		{"count_over_time counts samples", "count_over_time(read_bytes[5m])", "count"},
		{"quantile_over_time keeps its second argument's unit", "quantile_over_time(0.9, read_bytes[5m])", "bytes"},
		{"a function obsgen does not know is unknown", "ln(read_bytes)", "unknown"},
		{"Grafana's variables are measured as substituted", "rate(read_bytes[$__rate_interval])", "bytes/s"},
		{"a Unix time gauge is a point in time", "max(backup_time)", "Unix time in seconds"},
		{"time() is the Unix time now", "time()", "Unix time in seconds"},
		{"now less a Unix time is an age", "time() - backup_time", "seconds"},
		{"a Unix time less now is the time left", "max(backup_time) - time()", "seconds"},
		{"two Unix times added mean nothing", "backup_time + time()", "unknown"},
		{"a Unix time less a number is unknown", "backup_time - 3600", "unknown"},
		{"a Unix time in seconds times 1000 is one in milliseconds", "backup_time * 1000", "Unix time in milliseconds"},
		{"the rate of a Unix time is seconds per second", "rate(backup_time[5m])", "seconds/s"},
		{"a Unix time divided is unknown", "backup_time / 86400", "unknown"},
		{"milliseconds are a unit", "max(gc_ms)", "milliseconds"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := describe(Measure(mustParse(t, tc.expr), resolveTest)); got != tc.want {
				t.Errorf("%s: %s, want %s", tc.expr, got, tc.want)
			}
		})
	}
}

func TestPercentageTellsAValueAlreadyInPercent(t *testing.T) {
	for _, tc := range []struct {
		name, expr string
		want       bool
	}{
		{"a percent series is a percentage", "cpu_percent", true},
		{"a percent series under max is still one", "max(cpu_percent)", true},
		{"a ratio is not", "disk_ratio", false},
		{"a ratio times 100 is", "disk_ratio * 100", true},
		{"anything times 100 is written as a percentage", "queue_depth / 10 * 100", true},
		{"100 times a value in parentheses is", "100 * (queue_depth / 10)", true},
		{"a count of percent series is not", "count(cpu_percent)", false},
		{"a rate of a percent series is not", "rate(cpu_percent[5m])", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Percentage(mustParse(t, tc.expr), resolveTest); got != tc.want {
				t.Errorf("%s: %v, want %v", tc.expr, got, tc.want)
			}
		})
	}
}
