package importer

import (
	"strings"
	"testing"
)

func TestEnumeratedLabelsLeaveHostValuesFree(t *testing.T) {
	values := map[string]map[string][]string{
		"mountpoint": {"node_filesystem_avail_bytes": {"/", "/boot"}},
		"mode":       {"node_cpu_seconds_total": {"idle", "user"}},
	}
	got := map[string]Label{}
	for _, l := range labels(values, map[string]bool{"mountpoint": true, "mode": true}, nil, nil, true) {
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
	for _, l := range labels(values, map[string]bool{"grpc_code": true, "peer": true}, events, map[string]map[string]float64{"peer": {"a": 0, "b": 1}}, false) {
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
