package promql

import (
	"testing"

	"github.com/prometheus/prometheus/promql/parser"
)

// families is a small catalogue for the analyses' tests.
var families = map[string]Series{
	"job_seconds":  {Family: "job_seconds", Type: "histogram", Unit: "seconds", Labels: []string{"queue"}},
	"jobs_total":   {Family: "jobs_total", Type: "counter", Labels: []string{"queue", "result"}},
	"read_bytes":   {Family: "read_bytes", Type: "counter", Unit: "bytes"},
	"disk_ratio":   {Family: "disk_ratio", Type: "gauge", Unit: "ratio", Labels: []string{"device"}},
	"cpu_percent":  {Family: "cpu_percent", Type: "gauge", Unit: "percent"},
	"queue_depth":  {Family: "queue_depth", Type: "gauge", Labels: []string{"queue"}},
	"payload":      {Family: "payload", Type: "summary", Unit: "bytes", Labels: []string{"op"}},
	"job:rate5m":   {Recorded: true, Unit: "requests"},
	"backup_time":  {Family: "backup_time", Type: "gauge", Unit: "seconds", UnixTime: true},
	"gc_ms":        {Family: "gc_ms", Type: "gauge", Unit: "milliseconds"},
	"job:unitless": {Recorded: true},
}

// resolveTest resolves names in families, with a histogram's and a
// summary's _bucket, _sum and _count series.
func resolveTest(name string) Series {
	if s, ok := families[name]; ok {
		return s
	}
	for _, suffix := range []string{"_bucket", "_sum", "_count"} {
		if len(name) > len(suffix) && name[len(name)-len(suffix):] == suffix {
			s, ok := families[name[:len(name)-len(suffix)]]
			if ok && s.Metric() && (s.Type == "histogram" || s.Type == "summary" && suffix != "_bucket") {
				s.Suffix = suffix
				return s
			}
		}
	}
	return Series{}
}

// mustParse parses a PromQL expression or fails the test.
func mustParse(t *testing.T, text string) parser.Expr {
	t.Helper()
	p, err := Parse(text, true)
	if err != nil {
		t.Fatalf("%s: %v", text, err)
	}
	return p.Expr
}
