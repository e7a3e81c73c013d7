package simulate

import (
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestHealthyValuesAreWhatAHealthyExporterServes(t *testing.T) {
	up := 3600.0
	now := float64(Start.Unix()) + up
	for _, tc := range []struct {
		name string
		m    catalogue.Metric
		want float64
	}{
		{"a probe's success, 0 or 1 by its help only, is 1",
			catalogue.Metric{Name: "probe_success", Type: catalogue.Gauge, Help: "Displays whether or not the probe was a success"}, 1},
		{"a flag of trouble by its help is 0",
			catalogue.Metric{Name: "probe_failed_due_to_regex", Type: catalogue.Gauge, Help: "Indicates if probe failed due to regex"}, 0},
		{"an info metric is 1",
			catalogue.Metric{Name: "redis_instance_info", Type: catalogue.Gauge, Help: "Information about the Redis instance"}, 1},
		{"a configured maximum is well above a count in use",
			catalogue.Metric{Name: "pg_settings_max_connections", Type: catalogue.Gauge, Help: "Sets the maximum number of concurrent connections."}, 100},
		{"MySQL's configured maximum is a limit too",
			catalogue.Metric{Name: "mysql_global_variables_max_connections", Type: catalogue.Gauge, Help: "Generic gauge metric from SHOW GLOBAL VARIABLES."}, 100},
		{"a maximum observed is not a limit",
			catalogue.Metric{Name: "pg_stat_activity_max_tx_duration", Type: catalogue.Gauge, Unit: "seconds", Help: "max duration in seconds any active transaction has been running"}, 3},
		{"an HTTP status code is 200",
			catalogue.Metric{Name: "probe_http_status_code", Type: catalogue.Gauge, Help: "Response HTTP status code"}, 200},
		{"the last backup was a minute ago",
			catalogue.Metric{Name: "redis_rdb_last_save_timestamp_seconds", Type: catalogue.Gauge, Unit: "seconds"}, now - 60},
		{"a push that never failed is 0, as the Pushgateway serves it",
			catalogue.Metric{Name: "push_failure_time_seconds", Type: catalogue.Gauge, Unit: "seconds", Help: "Last Unix time when changing this group in the Pushgateway failed."}, 0},
		{"a certificate expires in 90 days",
			catalogue.Metric{Name: "probe_ssl_earliest_cert_expiry", Type: catalogue.Gauge, Help: "Returns last SSL chain expiry in unixtime"}, now + 90*24*3600},
		{"a process started when the simulation did",
			catalogue.Metric{Name: "process_start_time_seconds", Type: catalogue.Gauge, Unit: "seconds"}, float64(Start.Unix())},
		{"HAProxy's longest request is a duration, not a Unix time",
			catalogue.Metric{Name: "haproxy_backend_max_total_time_seconds", Type: catalogue.Gauge, Unit: "seconds", Help: "Maximum observed total request+response time"}, 3},
		{"an uptime counts the seconds since",
			catalogue.Metric{Name: "redis_uptime_in_seconds", Type: catalogue.Gauge, Unit: "seconds"}, up},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &catalogue.Catalogue{MetricGroups: []catalogue.MetricGroup{{Name: "g", Metrics: []catalogue.Metric{tc.m}}}}
			p, err := newPlan(c, nil)
			if err != nil {
				t.Fatal(err)
			}
			m := c.Metric(tc.m.Name)
			got := p.unlabelled(m, normalPart, up, 0).GetGauge().GetValue()
			if got != tc.want {
				t.Errorf("%s = %v, want %v", tc.m.Name, got, tc.want)
			}
		})
	}
}

// TestAStateSetServesOneForItsHealthyState: haproxy_server_status is one
// series per state; a healthy server is UP, not DOWN.
func TestAStateSetServesOneForItsHealthyState(t *testing.T) {
	m := catalogue.Metric{Name: "haproxy_server_status", Type: catalogue.Gauge, Help: "Current status of the service.", Labels: []string{"state"}}
	c := &catalogue.Catalogue{
		Labels:       []catalogue.Label{{Name: "state", Values: []catalogue.LabelValue{{Value: "DOWN"}, {Value: "MAINT"}, {Value: "UP"}}}},
		MetricGroups: []catalogue.MetricGroup{{Name: "g", Metrics: []catalogue.Metric{m}}},
	}
	body, err := Exposition(c, Options{Time: fixed})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range parse(t, body)["haproxy_server_status"].Metric {
		state, want := s.GetLabel()[0].GetValue(), 0.0
		if state == "UP" {
			want = 1
		}
		if got := s.GetGauge().GetValue(); got != want {
			t.Errorf("state %s = %v, want %v", state, got, want)
		}
	}
}

func TestHealthyCountersOfTroubleGrowAtTheTroubleShare(t *testing.T) {
	const ordinary, trouble = steadyRate, steadyRate * troubleShare
	for _, tc := range []struct {
		name string
		m    catalogue.Metric
		want float64
	}{
		{"MySQL's queries grow at the ordinary rate",
			catalogue.Metric{Name: "mysql_global_status_queries", Type: catalogue.Counter}, ordinary},
		{"MySQL's connections grow at the ordinary rate",
			catalogue.Metric{Name: "mysql_global_status_connections", Type: catalogue.Counter}, ordinary},
		{"the bytes MySQL receives grow at the ordinary rate",
			catalogue.Metric{Name: "mysql_global_status_bytes_received", Type: catalogue.Counter, Unit: "bytes"}, ordinary},
		{"temporary tables in memory grow at the ordinary rate",
			catalogue.Metric{Name: "mysql_global_status_created_tmp_tables", Type: catalogue.Counter}, ordinary},
		{"time spent waiting on IO is not a count of waits",
			catalogue.Metric{Name: "node_pressure_io_waiting_seconds_total", Type: catalogue.Counter, Unit: "seconds"}, ordinary},
		{"a warm cache misses a few lookups in a hundred",
			catalogue.Metric{Name: "redis_keyspace_misses_total", Type: catalogue.Counter}, steadyRate * missShare},
		{"Varnish's cache misses are a few in a hundred",
			catalogue.Metric{Name: "varnish_main_cache_miss", Type: catalogue.Counter}, steadyRate * missShare},
		{"missed rule evaluations are rare, flat",
			catalogue.Metric{Name: "prometheus_rule_group_iterations_missed_total", Type: catalogue.Counter}, 0},
		{"an error counter grows at the trouble share",
			catalogue.Metric{Name: "mysql_global_status_connection_errors_total", Type: catalogue.Counter}, trouble},
		{"slow queries are one query in a thousand",
			catalogue.Metric{Name: "mysql_global_status_slow_queries", Type: catalogue.Counter}, trouble},
		{"etcd's slow applies are trouble",
			catalogue.Metric{Name: "etcd_server_slow_apply_total", Type: catalogue.Counter}, trouble},
		{"aborted connection attempts are trouble",
			catalogue.Metric{Name: "mysql_global_status_aborted_connects", Type: catalogue.Counter}, trouble},
		{"aborted clients are trouble",
			catalogue.Metric{Name: "mysql_global_status_aborted_clients", Type: catalogue.Counter}, trouble},
		{"waits for the InnoDB log are trouble",
			catalogue.Metric{Name: "mysql_global_status_innodb_log_waits", Type: catalogue.Counter}, trouble},
		{"waits for a table lock are trouble",
			catalogue.Metric{Name: "mysql_global_status_table_locks_waited", Type: catalogue.Counter}, trouble},
		{"temporary tables spilled to disk are trouble",
			catalogue.Metric{Name: "mysql_global_status_created_tmp_disk_tables", Type: catalogue.Counter}, trouble},
		{"deadlocks are trouble",
			catalogue.Metric{Name: "pg_stat_database_deadlocks", Type: catalogue.Counter}, trouble},
		{"denied connections are trouble",
			catalogue.Metric{Name: "haproxy_frontend_denied_connections_total", Type: catalogue.Counter}, trouble},
		{"lost connections are trouble",
			catalogue.Metric{Name: "mysql_info_schema_user_statistics_lost_connections_total", Type: catalogue.Counter}, trouble},
		{"leader changes are rare, flat",
			catalogue.Metric{Name: "etcd_server_leader_changes_seen_total", Type: catalogue.Counter}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := defaultRate(&tc.m); got != tc.want {
				t.Errorf("%s grows at %v/s, want %v/s", tc.m.Name, got, tc.want)
			}
		})
	}
}

func TestAGaugeNamedByAWordOfTroubleCountedIsASetting(t *testing.T) {
	for _, m := range []catalogue.Metric{
		{Name: "mysql_global_variables_slow_launch_time", Type: catalogue.Gauge},
		{Name: "mysql_global_variables_tmp_disk_table_size", Type: catalogue.Gauge, Unit: "bytes"},
		{Name: "nginx_connections_waiting", Type: catalogue.Gauge},
	} {
		if got := defaultLevel(&m); got == 0 {
			t.Errorf("%s = 0, want the level of a setting or an ordinary state", m.Name)
		}
	}
}
