package grafana

import (
	"fmt"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func formatBoxes(boxes []box, below int) string {
	var parts []string
	for _, b := range boxes {
		parts = append(parts, fmt.Sprintf("%d,%d %dx%d", b.x, b.y, b.w, b.h))
	}
	return strings.Join(parts, " | ") + fmt.Sprintf(" ; next %d", below)
}

func TestPanelsAreLaidOutInEvenLines(t *testing.T) {
	ts := func(n int) []catalogue.Panel {
		out := make([]catalogue.Panel, n)
		for i := range out {
			out[i].Type = "timeseries"
		}
		return out
	}
	tests := []struct {
		name   string
		panels []catalogue.Panel
		want   string
	}{
		{"one panel takes the whole width", ts(1), "0,1 24x8 ; next 9"},
		{"three panels are a third each", ts(3), "0,1 8x8 | 8,1 8x8 | 16,1 8x8 ; next 9"},
		{"five panels make a line of three and a line of two", ts(5), "0,1 8x8 | 8,1 8x8 | 16,1 8x8 | 0,9 12x8 | 12,9 12x8 ; next 17"},
		{"stats are shorter than graphs", []catalogue.Panel{{Type: "stat"}, {Type: "stat"}}, "0,1 12x5 | 12,1 12x5 ; next 6"},
		{"a stat beside a graph takes the graph's height", []catalogue.Panel{{Type: "stat"}, {Type: "timeseries"}}, "0,1 12x8 | 12,1 12x8 ; next 9"},
		{"explicit widths wrap when the line is full", []catalogue.Panel{{Type: "timeseries", Width: 16}, {Type: "timeseries", Width: 16}}, "0,1 16x8 | 0,9 16x8 ; next 17"},
		{"an explicit height is kept and the line is as tall as its tallest", []catalogue.Panel{{Type: "timeseries", Width: 12, Height: 12}, {Type: "stat", Width: 12, Height: 3}}, "0,1 12x12 | 12,1 12x3 ; next 13"},
		{"a width beyond the grid is cut to the grid", []catalogue.Panel{{Type: "timeseries", Width: 99}}, "0,1 24x8 ; next 9"},
		{"no panels take no space", nil, " ; next 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			boxes, below := layoutPanels(tt.panels, 1)
			if got := formatBoxes(boxes, below); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
