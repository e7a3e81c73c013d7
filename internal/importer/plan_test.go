package importer

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/exposition"
	"go.yaml.in/yaml/v3"
)

func TestEnumeratedLabelsLeaveHostValuesFree(t *testing.T) {
	values := map[string]map[string][]string{
		"mountpoint": {"node_filesystem_avail_bytes": {"/", "/boot"}},
		"mode":       {"node_cpu_seconds_total": {"idle", "user"}},
	}
	got := map[string]Label{}
	ls := labels(values, map[string]bool{"mountpoint": true, "mode": true}, nil, nil, true)
	for _, l := range ls {
		got[l.Name] = l
	}
	if m := got["mountpoint"]; len(m.Values) != 0 || !strings.Contains(m.Note, "paths") {
		t.Errorf("mountpoint %+v: want it free, its values being paths", m)
	}
	if m := got["mode"]; len(m.Values) != 2 {
		t.Errorf("mode %+v: want an enumeration of idle and user", m)
	}
}

// TestALabelsExampleIsTheBusiestSeriesValue: etcd serves every gRPC code
// for every method; the first in order, Aborted, was the example, and the
// simulator served all traffic as aborted.
func TestALabelsExampleIsTheBusiestSeriesValue(t *testing.T) {
	values := map[string]map[string][]string{
		"grpc_code": {"grpc_server_handled_total": {"Aborted", "OK", "Unavailable"}},
		"peer":      {"x_peers": {"b", "a"}},
	}
	events := map[string]map[string]float64{
		"grpc_code": {"Aborted": 0, "OK": 1200, "Unavailable": 3},
		"peer":      {"a": 0, "b": 0},
	}
	got := map[string]Label{}
	ls := labels(values, map[string]bool{"grpc_code": true, "peer": true}, events, map[string]map[string]float64{"peer": {"a": 0, "b": 1}}, false)
	for _, l := range ls {
		got[l.Name] = l
	}
	if got["grpc_code"].Example != "OK" {
		t.Errorf("grpc_code example %q, want OK, the busiest", got["grpc_code"].Example)
	}
	if got["peer"].Example != "b" {
		t.Errorf("peer example %q, want b, the gauge highest when no series counted anything", got["peer"].Example)
	}
}

func TestEnumeratedLabelsLeaveNamesOfAccountsHostsAndDatabasesFree(t *testing.T) {
	cases := []struct {
		name, label string
		// kind is the kind of thing the note says it names, "" for a
		// label that is enumerated.
		kind string
	}{
		{"mysqld_exporter's mysql_user names accounts", "mysql_user", "account"},
		{"postgres_exporter's usename names accounts", "usename", "account"},
		{"a username names accounts", "username", "account"},
		{"mysqld_exporter's client_host names clients", "client_host", "client"},
		{"postgres_exporter's client_addr names clients", "client_addr", "client"},
		{"a host names hosts", "host", "host"},
		{"redis_exporter's db names databases", "db", "database"},
		{"postgres_exporter's datname names databases", "datname", "database"},
		{"a schema names schemas", "schema", "schema"},
		{"a table names tables", "table", "table"},
		{"node_exporter's device names devices", "device", "device"},
		{"a network interface names devices", "interface", "device"},
		{"a state is a closed set", "state", ""},
		{"a command is a closed set", "command", ""},
		{"a code is a closed set", "code", ""},
		{"node_exporter's ip is v4 or v6, a closed set", "ip", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			values := map[string]map[string][]string{tc.label: {"x_things": {"a", "b"}}}
			ls := labels(values, map[string]bool{tc.label: true}, nil, nil, true)
			if len(ls) != 1 {
				t.Fatalf("labels %+v", ls)
			}
			l := ls[0]
			if tc.kind == "" {
				if len(l.Values) != 2 || l.Note != "" {
					t.Errorf("%+v: want an enumeration of a and b", l)
				}
				return
			}
			if len(l.Values) != 0 || !strings.Contains(l.Note, "says it names "+tc.kind+"s") {
				t.Errorf("%+v: want it free, its note saying it names %ss", l, tc.kind)
			}
		})
	}
}

func TestGroupsSplitALargeGroupByTheThirdWordAndNeverEndInInfo(t *testing.T) {
	// names returns n metric names, prefix followed by a word numbered
	// from 1 and rest.
	names := func(prefix string, n int, rest string) []string {
		var out []string
		for i := 1; i <= n; i++ {
			out = append(out, prefix+"w"+strconv.Itoa(i)+rest)
		}
		return out
	}
	cases := []struct {
		name  string
		names []string
		// want is the size of each group.
		want map[string]int
	}{
		{"a large group whose names split by the third word into a few sizeable subgroups is split by it",
			slices.Concat(names("mysql_global_status_", 60, ""), names("mysql_global_variables_", 50, "")),
			map[string]int{"mysql_global_status": 60, "mysql_global_variables": 50}},
		{"names of a split group outside its sizeable subgroups stay in the two-word group",
			slices.Concat(names("mysql_global_status_", 60, ""), names("mysql_global_variables_", 50, ""), names("mysql_global_", 3, "_x")),
			map[string]int{"mysql_global_status": 60, "mysql_global_variables": 50, "mysql_global": 3}},
		{"a large group whose third words scatter stays one",
			names("node_memory_", 110, "_bytes"),
			map[string]int{"node_memory": 110}},
		{"a large group whose sizeable subgroups hold less than three quarters of it stays one",
			slices.Concat(names("x_big_a_", 40, ""), names("x_big_b_", 30, ""), names("x_big_", 40, "_y")),
			map[string]int{"x_big": 110}},
		{"a group of 100 stays one however its third words split it",
			slices.Concat(names("node_netstat_Tcp_", 50, ""), names("node_netstat_Udp_", 50, "")),
			map[string]int{"node_netstat": 100}},
		{"a prefix of longer names goes on past the word info",
			slices.Concat(names("mysql_info_schema_", 3, "_total"), []string{"mysql_up", "mysql_version_info"}),
			map[string]int{"mysql_info_schema": 3, "mysql": 2}},
		{"a prefix followed only by the last word stops before the word info",
			[]string{"app_info_requests", "app_info_errors", "app_build_info", "app_build_time"},
			map[string]int{"app": 2, "app_build": 2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var metrics []Metric
			for _, n := range tc.names {
				metrics = append(metrics, Metric{Metric: catalogue.Metric{Name: n}})
			}
			got := map[string]int{}
			for _, g := range group(metrics) {
				got[g.Name] = len(g.Metrics)
			}
			if !maps.Equal(got, tc.want) {
				t.Errorf("groups %v, want %v", got, tc.want)
			}
		})
	}
}

func TestALabelledCounterOfErrorsWhoseEverySeriesCountedIsOptional(t *testing.T) {
	cases := []struct {
		name, text string
		optional   bool
	}{
		{"mysqld_exporter's scrape errors by collector, served once one failed, is optional",
			"# TYPE mysql_exporter_scrape_errors_total counter\nmysql_exporter_scrape_errors_total{collector=\"collect.slave_status\"} 1\n", true},
		{"a labelled counter of failures is optional too",
			"# TYPE app_requests_failed_total counter\napp_requests_failed_total{code=\"500\"} 2\napp_requests_failed_total{code=\"503\"} 1\n", true},
		{"a counter of errors with a series at 0 is not: the exporter makes its series before any error",
			"# TYPE mysql_global_status_connection_errors_total counter\nmysql_global_status_connection_errors_total{error=\"accept\"} 0\nmysql_global_status_connection_errors_total{error=\"select\"} 3\n", false},
		{"a counter of errors without labels is not: it is served at 0 from the start",
			"# TYPE alertmanager_nflog_query_errors_total counter\nalertmanager_nflog_query_errors_total 46\n", false},
		{"a labelled counter of something else is not",
			"# TYPE mysql_exporter_scrapes_total counter\nmysql_exporter_scrapes_total{collector=\"x\"} 4\n", false},
		{"a word merely holding err is not a counter of errors",
			"# TYPE node_interrupts_total counter\nnode_interrupts_total{cpu=\"0\"} 9\n", false},
		{"a labelled gauge of errors is not",
			"# TYPE app_last_errors gauge\napp_last_errors{op=\"get\"} 1\n", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, err := exposition.Parse("test", []byte(tc.text), exposition.Text)
			if err != nil {
				t.Fatal(err)
			}
			m, why := metric(e.Families[0])
			if why != "" {
				t.Fatal(why)
			}
			if got := m.Optional != nil; got != tc.optional {
				t.Errorf("optional %v (%+v), want %v", got, m.Optional, tc.optional)
			}
			if m.Optional != nil && !strings.HasPrefix(m.Optional.Note, "appears only after its first error") {
				t.Errorf("optional note %q does not say when it appears", m.Optional.Note)
			}
		})
	}
}

func TestAUnitIsTakenFromTheNamesSuffix(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"apache_duration_ms_total", "milliseconds"},
		{"apache_cpu_time_ms_total", "milliseconds"},
		{"http_request_duration_milliseconds", "milliseconds"},
		{"node_cpu_seconds_total", "seconds"},
		{"apache_sent_kilobytes_total", ""},
		{"squid_client_http_hit_kbytes_out_bytes_total", ""},
		{"app_items", ""},
		{"app_rooms", ""},
	} {
		if got := unit(tc.name, ""); got != tc.want {
			t.Errorf("%s: unit %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAGaugeHistogramIsImportedAsASnapshot: OpenMetrics's gauge histogram
// holds what exists at each scrape; the import declared no metric for it.
func TestAGaugeHistogramIsImportedAsASnapshot(t *testing.T) {
	e, err := exposition.Parse("test", []byte("# TYPE queue_age_seconds gaugehistogram\nqueue_age_seconds_bucket{le=\"10\"} 1\nqueue_age_seconds_bucket{le=\"+Inf\"} 2\nqueue_age_seconds_gcount 2\nqueue_age_seconds_gsum 30\n# EOF\n"), exposition.OpenMetrics)
	if err != nil {
		t.Fatal(err)
	}
	m, why := metric(e.Families[0])
	if why != "" {
		t.Fatal(why)
	}
	if m.Type != catalogue.Histogram || !m.Snapshot || !slices.Equal(m.Buckets, []float64{10}) || len(m.Labels) != 0 {
		t.Errorf("got %+v, want a snapshot histogram with bucket 10 and no labels", m.Metric)
	}
	if got := string(mustEncode(t, metricNode(m))); !strings.Contains(got, "snapshot: true") {
		t.Errorf("the import writes no snapshot: true:\n%s", got)
	}
}

// mustEncode writes a YAML node as text.
func mustEncode(t *testing.T, n *yaml.Node) []byte {
	t.Helper()
	out, err := yaml.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestAUnitOfBytesIsReadFromANamesLastWordOrItsHelp: prometheus_varnish_exporter
// serves varnish_sma_g_space ("Bytes available") and
// varnish_main_s_resp_bodybytes without a _bytes suffix, and their panels
// had no unit; node_exporter's node_udp_queues says "in bytes"; an octet,
// as IF-MIB's ifHCInOctets through snmp_exporter counts them, is a byte.
func TestAUnitOfBytesIsReadFromANamesLastWordOrItsHelp(t *testing.T) {
	for _, tc := range []struct {
		name, help string
		want       bool
	}{
		{"varnish_sma_g_space", "Bytes available", true},
		{"varnish_main_s_resp_bodybytes", "Response body bytes", true},
		{"node_udp_queues", "Number of allocated memory in the kernel for UDP datagrams in bytes.", true},
		{"varnish_main_n_object", "object structs made", false},
		{"varnish_main_sessions", "Number of sessions", false},
		{"ifHCInOctets", "The total number of octets received on the interface - 1.3.6.1.2.1.31.1.1.1.6", true},
		{"node_netstat_IpExt_InOctets", "Statistic IpExtInOctets.", true},
		{"ifInUcastPkts", "The number of packets", false},
	} {
		if got := bytesBy(tc.name, tc.help); got != tc.want {
			t.Errorf("%s (%q): bytes %v, want %v", tc.name, tc.help, got, tc.want)
		}
	}
}
