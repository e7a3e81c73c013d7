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
