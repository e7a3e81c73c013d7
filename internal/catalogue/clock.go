package catalogue

import (
	"regexp"
	"strings"

	"github.com/obsgen/obsgen/internal/promql"
)

// Clock is how a gauge follows the clock rather than a level of its own,
// as its name and unit say: an uptime, or a Unix time.
type Clock int

const (
	// NotClock is a level of its own.
	NotClock Clock = iota
	// Uptime counts the seconds since the process started.
	Uptime
	// StartTime is the Unix time the process started (start_time,
	// boot_time).
	StartTime
	// PastTime is the Unix time something last happened (last_...,
	// mtime, ..._timestamp_seconds, or a help that says last: a backup, a
	// reload, a push).
	PastTime
	// FutureTime is a Unix time to come (a certificate's expiry).
	FutureTime
	// Now is a clock (node_time_seconds).
	Now
	// FailureTime is the Unix time something last failed, by its name or
	// help (push_failure_time_seconds: "Last Unix time when changing this
	// group in the Pushgateway failed."): 0 while it never has.
	FailureTime
)

// Clock says how gauge m follows the clock, by its name, unit and help;
// a counter follows it only as an uptime.
func (m *Metric) Clock() Clock {
	if m.Type == Counter && countsUptime(m) {
		return Uptime
	}
	if m.Type != Gauge && m.Type != Untyped {
		return NotClock
	}
	n := m.Name
	if strings.Contains(n, "uptime") && m.Unit == "seconds" {
		return Uptime
	}
	if !strings.Contains(n, "timestamp") && !strings.HasSuffix(n, "_time_seconds") &&
		!strings.Contains(n, "expiry") && !strings.Contains(n, "not_after") {
		return NotClock
	}
	if !strings.Contains(n, "timestamp") && strings.HasSuffix(n, "_time_seconds") && !pointInTime(m) {
		// haproxy_backend_max_total_time_seconds: the longest request,
		// a duration.
		return NotClock
	}
	switch {
	case strings.Contains(n, "start_time") || strings.Contains(n, "boot_time"):
		return StartTime
	case strings.Contains(n, "expir") || strings.Contains(n, "not_after"):
		return FutureTime
	case failureName.MatchString(n) || (failureHelp.MatchString(m.Help) && !strings.Contains(n, "success")):
		// A success's help may speak of failures ("the last backup
		// that did not fail"): its name says which it is.
		return FailureTime
	case strings.Contains(n, "last") || strings.Contains(n, "mtime") || strings.Contains(n, "timestamp") || lastHelp.MatchString(m.Help):
		// push_time_seconds: "Last Unix time when changing this group in
		// the Pushgateway succeeded."
		return PastTime
	}
	return Now
}

// countsUptime reports whether counter m counts the time since its
// process started, by its name ending in uptime (apache_uptime_seconds_total,
// varnish_main_uptime) or its help saying so first ("Current uptime in
// seconds", "Child process uptime"): its raw value is the uptime, which a
// restart alert compares (< 300) and a stat shows, and its rate is 1. A
// counter of failed uptime checks, or of restarts that reset an uptime,
// counts events.
func countsUptime(m *Metric) bool {
	base := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(m.Name), "_total"), "_seconds")
	return base == "uptime" || strings.HasSuffix(base, "_uptime") || uptimeHelp.MatchString(m.Help)
}

// uptimeHelp matches a help that says first that a value is an uptime.
var uptimeHelp = regexp.MustCompile(`(?i)^\s*(the\s+)?((current|child|process|server|service)\s+)*uptime\b`)

// pointInTime reports whether a gauge named ..._time_seconds is a point in
// time, by its name (a start, a boot, a last event, a modification, an
// expiry, node_time_seconds: the host's clock) or its help (since the
// epoch, Unix time): many such gauges are durations
// (haproxy_backend_max_response_time_seconds).
func pointInTime(m *Metric) bool {
	for _, w := range []string{"start", "boot", "last", "mtime", "modif", "creat", "expir", "not_after"} {
		if strings.Contains(m.Name, w) {
			return true
		}
	}
	return m.Name == "node_time_seconds" || epochHelp.MatchString(m.Help)
}

// epochHelp matches help texts that say a value is a Unix time.
var epochHelp = regexp.MustCompile(`(?i)\b(epoch|unix time|unix timestamp|since 1970)\b`)

// lastHelp matches help texts that say a Unix time is that of the last
// time something happened.
var lastHelp = regexp.MustCompile(`(?i)\blast\b`)

// failureName and failureHelp match the names and help texts of Unix
// times that say a failure or an error happened then.
var (
	failureName = regexp.MustCompile(`(^|_)(fail|failed|failure|error)(_|$)`)
	failureHelp = regexp.MustCompile(`(?i)\b(fail|fails|failed|failure|error)\b`)
)

// IsUnixTime reports whether c is a Unix time in seconds (a start, a last
// event or failure, an expiry, a clock): a point in time, not a duration, though its
// unit is seconds.
func (c Clock) IsUnixTime() bool { return c != NotClock && c != Uptime }

// PromQLSeries describes the series of m that a name with suffix (_bucket,
// _sum, _count or "") selects, for promql's analyses: a Unix time when
// its unit says seconds (prometheus_tsdb_lowest_timestamp, whose unit its
// help leaves to the library, is in milliseconds).
func (m *Metric) PromQLSeries(suffix string) promql.Series {
	return promql.Series{Family: m.Name, Type: m.Type, Suffix: suffix, Unit: m.Unit, Labels: m.Labels,
		UnixTime: suffix == "" && m.Unit == "seconds" && m.Clock().IsUnixTime()}
}
