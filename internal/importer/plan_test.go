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
	for _, l := range labels(values, map[string]bool{"mountpoint": true, "mode": true}, true) {
		got[l.Name] = l
	}
	if m := got["mountpoint"]; len(m.Values) != 0 || !strings.Contains(m.Note, "paths") {
		t.Errorf("mountpoint %+v: want it free, its values being paths", m)
	}
	if m := got["mode"]; len(m.Values) != 2 {
		t.Errorf("mode %+v: want an enumeration of idle and user", m)
	}
}
