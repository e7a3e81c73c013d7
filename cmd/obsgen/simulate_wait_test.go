package main

import (
	"testing"
	"time"
)

func TestHowSoonAScenarioFiresIsSaidOfWhatTheAlertWaitsFor(t *testing.T) {
	for _, tc := range []struct {
		name         string
		window, hold time.Duration
		want         string
	}{
		{"a range and a for:", 5 * time.Minute, 10 * time.Minute,
			"obsgen: A fires within about 15m: its windows (up to 5m) fill with the scenario's samples, then its for: (10m) passes"},
		{"a for: alone says nothing of windows (a recheck read \"windows (up to 0s)\")", 0, 10 * time.Minute,
			"obsgen: A fires within about 10m, once its for: passes (it reads no range)"},
		{"a range alone", 5 * time.Minute, 0, "obsgen: A fires within about 5m, once its windows fill with the scenario's samples"},
		{"neither: nothing to wait for", 0, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := firesWithin("A", tc.window, tc.hold); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
