package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestBitsForBytes(t *testing.T) {
	const spec = "apiVersion: obsgen.dev/v1\nservice: {name: p}\nmetric_groups:\n  - name: g\n    metrics:\n" +
		"      - {name: p_read_bytes_total, type: counter, unit: bytes, help: Bytes read.}\n" +
		"      - {name: p_resident_bytes, type: gauge, unit: bytes, help: Resident memory.}\n" +
		"      - {name: p_packets_total, type: counter, help: Packets.}\n" +
		"dashboards:\n  - uid: d\n    title: D\n    rows:\n      - title: R\n        panels:\n"
	panel := func(unit, expr, queryUnit string) string {
		q := "{expr: '" + expr + "'"
		if queryUnit != "" {
			q += ", unit: " + queryUnit
		}
		return spec + "          - {title: P, type: timeseries, unit: " + unit + ", queries: [" + q + "}]}\n"
	}
	for _, tc := range []struct {
		name, spec, want string
	}{
		{"a byte rate in bits per second reads 8 times too low", panel("bps", "rate(p_read_bytes_total[5m])", ""), "is in bps (bits), but its query measures bytes: every value reads 8 times too low; multiply by 8 (… * 8) for bits, or show it in Bps"},
		{"bytes in bits", panel("decbits", "p_resident_bytes / 1024", ""), "is in decbits (bits), but its query measures bytes"},
		{"a byte rate times 8 is in bits", panel("bps", "rate(p_read_bytes_total[5m]) * 8", ""), ""},
		{"a byte rate in bytes per second is right", panel("Bps", "rate(p_read_bytes_total[5m])", ""), ""},
		{"the query's own unit decides", panel("bps", "rate(p_read_bytes_total[5m])", "binBps"), ""},
		{"a count in bits is not the catalogue's to judge", panel("bps", "rate(p_packets_total[5m])", ""), ""},
		{"a unit of time is another matter", panel("s", "rate(p_read_bytes_total[5m])", ""), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := runOne(testtool.LoadSpec(t, tc.spec), bitsForBytes)
			switch {
			case tc.want == "" && len(got) != 0:
				t.Errorf("want none, got %v", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0].Message, tc.want)):
				t.Errorf("want %q, got %v", tc.want, got)
			}
		})
	}
}
