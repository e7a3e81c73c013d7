package simulate

import (
	"regexp"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// defaultRate is a plausible steady rate per second: of a counter, or of a
// histogram's or summary's observations. Counters of rare events stay
// flat; error-like counters count one event in a thousand (troubleShare),
// as the troubled series of a counter do: a service's failed samples over
// its samples is a tenth of a percent, whether or not the simulator can
// read the alert that divides them.
func defaultRate(m *catalogue.Metric) float64 {
	if rare(m.Name) {
		return 0
	}
	if troubled(m.Name) || troubleCounted(m.Name) {
		return steadyRate * troubleShare
	}
	if cacheMisses(m.Name) {
		return steadyRate * missShare
	}
	return steadyRate
}

// cacheMisses reports whether a counter counts a cache's misses
// (varnish_main_cache_miss, redis_keyspace_misses_total): a warm cache
// misses a few lookups in a hundred, where at the ordinary rate, beside
// its hits, its hit rate was 50 % and fired the varnish-mixin's
// VarnishCacheLowCacheHitRate in healthy simulation.
func cacheMisses(name string) bool {
	for _, w := range strings.Split(name, "_") {
		if w == "miss" || w == "misses" {
			return true
		}
	}
	return false
}

// missShare is the share of a healthy cache's lookups that miss.
const missShare = 0.05

// steadyRate is the rate per second of a healthy counter.
const steadyRate = 5

// snapshotCount is how many observations a snapshot histogram or summary
// holds in healthy simulation: a few messages in a queue, steady.
const snapshotCount = 3

// rare reports whether a counter's name says it counts events a healthy
// service goes hours without (etcd_server_leader_changes_seen_total,
// kube_pod_container_status_restarts_total, node_network_carrier_changes_total,
// prometheus_rule_group_iterations_missed_total):
// served flat, since any rate would fire the alerts that count a few of
// them in a window, and the simulator cannot always read those alerts
// (etcd's increase((max without (instance) (x) or 0*absent(x))[15m:1m]) >= 4).
func rare(name string) bool {
	for _, w := range []string{"_changes", "leader_change", "election", "restart", "failover", "crash", "panic", "oom_kill", "reboot", "_missed"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// troubled reports whether a metric name counts things going wrong.
func troubled(name string) bool {
	for _, w := range []string{"error", "fail", "reject", "drop", "timeout", "suspect"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// troubleCounted reports whether a counter's name counts events of trouble
// by a word that in a gauge's name as often names a setting or an
// ordinary state (mysql_global_variables_slow_launch_time, tmp_disk_table_size,
// nginx_connections_waiting: idle keep-alive connections): slow queries
// or requests, aborted connections, waits (for the log, for a table
// lock), deadlocks, denied requests, lost connections, temporary tables
// spilled to disk. Time spent waiting (node_pressure_io_waiting_seconds_total)
// is not a count of waits.
func troubleCounted(name string) bool {
	for _, w := range strings.Split(name, "_") {
		for _, prefix := range []string{"slow", "abort", "deadlock"} {
			if strings.HasPrefix(w, prefix) {
				return true
			}
		}
		switch w {
		case "waits", "waited", "denied", "lost":
			return true
		}
	}
	return strings.Contains(name, "tmp_disk")
}

// defaultLevel is a plausible steady value of a gauge, by unit; gauges of
// trouble (suspect, failed, pending things) are zero.
func defaultLevel(m *catalogue.Metric) float64 {
	if troubled(m.Name) {
		return 0
	}
	switch {
	case strings.HasSuffix(m.Name, "status_code"):
		return 200 // probe_http_status_code: OK
	case limitLike(m):
		// A limit is well above what a healthy service uses, so that
		// usage > limit * 0.8, which the scenarios cannot drive, stays
		// quiet.
		if m.Unit == "bytes" {
			return 1 << 30
		}
		return 100
	}
	switch m.Unit {
	case "bytes":
		return 64 << 20
	case "seconds":
		return 3
	case "ratio":
		return 0.25
	case "percent":
		return 25
	}
	return 3
}

// limitLike reports whether a gauge is a limit or a configured maximum
// (pg_settings_max_connections, redis_config_maxclients,
// mysql_global_variables_max_connections, process_max_fds,
// node_filefd_maximum, memcached_max_connections: "Maximum number of
// clients allowed."), not a maximum observed
// (pg_stat_activity_max_tx_duration).
func limitLike(m *catalogue.Metric) bool {
	name := m.Name
	for _, w := range []string{"limit", "maximum", "capacity", "maxclients", "maxmemory", "max_fds"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	if limitHelp.MatchString(m.Help) {
		return true
	}
	return (strings.Contains(name, "settings") || strings.Contains(name, "config") || strings.Contains(name, "variables")) && strings.Contains(name, "max")
}

// limitHelp matches the help of a configured maximum.
var limitHelp = regexp.MustCompile(`(?i)^(the )?max(imum)? (number|amount) of\b.*\b(allowed|available|permitted)\b`)

// defaultObservation is a typical observed value of a histogram or summary.
func defaultObservation(m *catalogue.Metric) float64 {
	switch m.Unit {
	case "seconds":
		return 0.05
	case "bytes":
		return 1024
	}
	return 10
}

// troubleShare is the share of its events a healthy service sends to the
// troubled series of a metric (status="error"): one in a thousand.
const troubleShare = 0.001

// binaryHelp matches help texts of gauges that are 0 or 1.
var binaryHelp = regexp.MustCompile(`(?i)(^1 (if|when)\b|\b1 = yes\b|\b0 or 1\b|\b1 or 0\b|\(0/1\)|\bread-only status\b|^whether\b|^(displays|indicates|returns|shows) (whether|if)\b|\bwhether or not\b)`)

// binarySuffixes end the names of gauges that are 0 or 1.
var binarySuffixes = []string{"_up", "_ready", "_healthy", "_enabled", "_available", "_readonly", "_sync_status", "_scrape_error", "_is_leader"}

// binary reports whether gauge m is 0 or 1: a flag (up, ready, read-only,
// an error seen), or one state of a state set (x_state{state="failed"}).
func binary(m *catalogue.Metric) bool {
	if m.Type != catalogue.Gauge && m.Type != catalogue.Untyped {
		return false
	}
	if m.Unit == "bool" || m.Unit == "boolean" || binaryHelp.MatchString(m.Help) {
		return true
	}
	for _, s := range binarySuffixes {
		if strings.HasSuffix(m.Name, s) {
			return true
		}
	}
	if strings.HasSuffix(m.Name, "_info") {
		return true // an info metric: 1, its labels the information
	}
	// One series per state, 1 for the current one: node_systemd_unit_state,
	// haproxy_server_status{state="UP"}.
	return (strings.HasSuffix(m.Name, "_state") || strings.HasSuffix(m.Name, "_status")) &&
		!strings.Contains(m.Name, "_by_") && m.Unit == "" && m.HasLabel("state")
}

// defaultFlag is the healthy value of a 0/1 gauge: 1 (up, ready), or 0
// for a flag of trouble (an error seen, read-only) and for troubled
// series (the failed state).
func defaultFlag(m *catalogue.Metric, pt part) float64 {
	if pt != normalPart || troubled(m.Name) || strings.Contains(m.Name, "readonly") {
		return 0
	}
	return 1
}
