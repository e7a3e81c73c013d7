package chart

import (
	"math"
	"testing"
	"time"
)

func TestFormatWritesValuesAsPanelsShowThem(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		unit string
		want string
	}{
		{0.25, "s", "250 ms"},
		{1.99, "s", "1.99 s"},
		{3600, "s", "60 min"},
		{1073741824, "bytes", "1 GiB"},
		{1536, "bytes", "1.5 KiB"},
		{0.995, "percentunit", "99.5 %"},
		{20, "reqps", "20 req/s"},
		{12345, "short", "12.3 k"},
		{0.001, "", "0.001"},
		{-0.0001, "short", "-0.0001"},
		{5, "widgets", "5 widgets"},
		{math.NaN(), "s", "no data"},
		{2.4e6, "bps", "2.4 Mb/s"},
		{16190, "Bps", "16.2 kB/s"},
		{2048, "binBps", "2 KiB/s"},
		{512, "kbytes", "512 KiB"},
		{1.5, "mbytes", "1.5 MiB"},
		{1500, "ns", "1.5 µs"},
		{0, "µs", "0 µs"},
		{90, "m", "90 min"},
		{2.5e9, "hertz", "2.5 GHz"},
		{1735693200000, "dateTimeAsIso", "2025-01-01 01:00:00"},
		{1735693200000, "dateTimeFromNow", "2025-01-01 01:00:00"},
	} {
		if got := Format(tc.v, tc.unit); got != tc.want {
			t.Errorf("Format(%g, %q) = %q, want %q", tc.v, tc.unit, got, tc.want)
		}
	}
}

// TestAUnixTimeShownFromNowCountsFromWhenThePanelIsRead: the Apache
// trial's "Started" stat, (time() - uptime) * 1000 in dateTimeFromNow,
// read "1.74 T dateTimeFr…" in its preview.
func TestAUnixTimeShownFromNowCountsFromWhenThePanelIsRead(t *testing.T) {
	now := time.Date(2025, 1, 1, 2, 10, 0, 0, time.UTC)
	started := float64(time.Date(2025, 1, 1, 0, 10, 0, 0, time.UTC).UnixMilli())
	if got := FormatAt(started, "dateTimeFromNow", now); got != "2 h ago" {
		t.Errorf("got %q, want 2 h ago", got)
	}
	if got := FormatAt(started+3*3600e3, "dateTimeFromNow", now); got != "in 60 min" {
		t.Errorf("got %q, want in 60 min", got)
	}
}
