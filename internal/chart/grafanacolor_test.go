package chart

import (
	"image/color"
	"testing"
)

func TestAGrafanaColourNameIsDrawnAsThatColour(t *testing.T) {
	fallback := rgb(0x123456)
	for name, want := range map[string]color.Color{
		"green": grafanaColors["green"], "dark-red": grafanaColors["red"], "semi-dark-orange": grafanaColors["orange"],
		"#00ff00": rgb(0x00FF00), "": fallback, "chartreuse-ish": fallback, "#12": fallback,
	} {
		if got := grafanaColor(name, fallback); got != want {
			t.Errorf("%q: %v, want %v", name, got, want)
		}
	}
}
