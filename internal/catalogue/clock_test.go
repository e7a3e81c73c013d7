package catalogue

import "testing"

func TestAGaugeFollowsTheClockWhenItIsAPointInTime(t *testing.T) {
	for _, tc := range []struct {
		name, help string
		want       Clock
	}{
		{"process_start_time_seconds", "Start time of the process since unix epoch in seconds.", StartTime},
		{"node_boot_time_seconds", "Node boot time, in unixtime.", StartTime},
		{"node_time_seconds", "System time in seconds since epoch (1970).", Now},
		{"redis_rdb_last_save_timestamp_seconds", "", PastTime},
		{"probe_ssl_earliest_cert_expiry", "Returns last SSL chain expiry in unixtime", FutureTime},
		{"haproxy_backend_max_total_time_seconds", "Maximum observed total request+response time (request+queue+connect+response+processing)", NotClock},
		{"haproxy_server_response_time_seconds", "Avg. response time for last 1024 successful connections.", NotClock},
		{"app_config_time_seconds", "Unix time the configuration was loaded.", Now},
		{"push_time_seconds", "Last Unix time when changing this group in the Pushgateway succeeded.", PastTime},
		{"push_failure_time_seconds", "Last Unix time when changing this group in the Pushgateway failed.", FailureTime},
		{"backup_last_error_timestamp_seconds", "", FailureTime},
		{"backup_last_success_timestamp_seconds", "Unix time of the last backup that did not fail.", PastTime},
		{"rstmdb_uptime_seconds", "Seconds since start.", Uptime},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &Metric{Name: tc.name, Type: Gauge, Unit: "seconds", Help: tc.help}
			if got := m.Clock(); got != tc.want {
				t.Errorf("Clock() = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestACounterFollowsTheClockOnlyAsAnUptime(t *testing.T) {
	for _, tc := range []struct {
		name, help string
		want       Clock
	}{
		{"apache_uptime_seconds_total", "Current uptime in seconds", Uptime},
		{"varnish_main_uptime", "Child process uptime", Uptime},
		{"mgt_child_start", "Child process uptime.", Uptime},
		{"apache_accesses_total", "Current total apache accesses (*)", NotClock},
		{"process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", NotClock},
		{"app_last_backup_timestamp_seconds_total", "", NotClock},
		{"x_uptime_checks_failed_total", "Failed uptime checks.", NotClock},
		{"x_restarts_total", "Restarts of the worker (its uptime reset).", NotClock},
		{"server_up_time", "Uptime of the server in seconds.", Uptime},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &Metric{Name: tc.name, Type: Counter, Help: tc.help}
			if got := m.Clock(); got != tc.want {
				t.Errorf("Clock() = %d, want %d", got, tc.want)
			}
		})
	}
}
