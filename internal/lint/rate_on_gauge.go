package lint

import (
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
)

// rateOnGauge finds counter functions applied to gauges.
var rateOnGauge = &Check{
	Code:     "rate-on-gauge",
	Severity: diag.Error,
	Docs: "rate(), irate() or increase() is applied to a gauge; these functions read every drop as a counter reset and " +
		"add the new value back, so the result overstates change (use delta() or deriv() for a level, or declare a gauge that counts a counter; " +
		"a warning on a Unix time, which only moves forward but for a restart); also on the series of a snapshot histogram or summary, levels the exporter rebuilds at every scrape.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind == KindSLI && catalogue.IsSelector(e.Src.Text) {
				continue // obsgen takes the rate: slo-ratio-input says what is wrong
			}
			for _, c := range promql.Calls(e.Root()) {
				fn := c.Func.Name
				var level string
				switch fn {
				case "increase":
					level = "delta() for the change of a level over the window"
				case "rate", "irate":
					level = "deriv() for the per-second change of a level"
				default:
					continue
				}
				s, ok := x.rangeArgSeries(c)
				if !ok || !s.gauge() {
					continue
				}
				// The catalogue may be wrong rather than the query: an
				// exporter that serves a count as a gauge or untyped.
				advice := "use " + level
				if s.metric != nil && s.suffix == "" && s.metric.Type == catalogue.Gauge && !levelLike(s.metric) {
					advice = "if " + s.name + " counts (only ever goes up, back to 0 on restart), declare it type: counter with exposed_as: gauge under its exported name" +
						s.origin() + "; if it is a level, " + advice
				}
				if s.metric != nil && s.metric.Snapshot {
					// rate(postfix_showq_message_age_seconds_bucket[15m]):
					// a queue that stays stuck is a steady snapshot, whose
					// rate is 0 and whose quantile is NaN.
					r.at(e.Pos(c), len(fn), "%s() on %s: the exporter builds it anew at every scrape from what exists then, so it is steady while nothing changes "+
						"(a stuck queue rates 0, and histogram_quantile() of it is NaN) and every fall reads as a counter reset; read it as it is%s",
						fn, s.describe(), snapshotExample(s))
					continue
				}
				if s.metric != nil && s.suffix == "" && s.metric.Clock().IsUnixTime() {
					// rate(prometheus_remote_storage_queue_highest_sent_timestamp_seconds[5m]):
					// a Unix time only moves forward, but for a restart.
					r.sev(diag.Warning, e.Pos(c), len(fn), "%s() on %s, a Unix time: it only moves forward, so %s() reads it as deriv() does, "+
						"but for a drop (a restart, a clock set back), which it takes for a counter reset and adds back; deriv() says the same without that",
						fn, s.describe(), fn)
					continue
				}
				r.at(e.Pos(c), len(fn), "%s() on %s: it reads every drop of the gauge as a counter reset and overstates the change; %s",
					fn, s.describe(), advice)
			}
		}
	},
}

// levelSuffixes end the names of gauges that measure a level (a size, a
// temperature, a share), never a count of events.
var levelSuffixes = []string{"_bytes", "_ratio", "_percent", "_celsius", "_volts", "_amperes", "_watts", "_joules",
	"_seconds", "_length", "_size", "_limit", "_info", "_timestamp"}

// transferWords are the words of names of bytes moved so far, a count
// however the exporter types it (prometheus.erl serves RabbitMQ's
// erlang_vm_dist_send_bytes as a gauge).
var transferWords = []string{"send", "sent", "recv", "received", "read", "written", "transmitted", "transferred"}

// levelLike reports whether a gauge's name or unit says it is a level, so
// that declaring it a counter is no advice worth giving.
func levelLike(m *catalogue.Metric) bool {
	for _, w := range strings.Split(m.Name, "_") {
		if slices.Contains(transferWords, w) {
			return false
		}
	}
	switch m.Unit {
	case "bytes", "ratio", "percent", "seconds", "celsius":
		return true
	}
	for _, suffix := range levelSuffixes {
		if strings.HasSuffix(m.Name, suffix) {
			return true
		}
	}
	return false
}

// snapshotExample shows how to read a snapshot histogram's buckets:
// ", as histogram_quantile(0.9, sum by (le) (x_bucket))"; "" for its other
// series.
func snapshotExample(s series) string {
	if s.metric.Type != catalogue.Histogram || s.suffix != "_bucket" {
		return ""
	}
	return ", as histogram_quantile(0.9, sum by (le) (" + s.name + "))"
}
